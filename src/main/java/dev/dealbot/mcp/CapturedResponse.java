package dev.dealbot.mcp;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds what the SDK transport answers (status, body, or an error it "sends") instead of sending it, so the route can
 * check it first: the transport serialises its own errors as whole exceptions, stack trace included, and those must
 * never reach a client. A stateless MCP reply is one small JSON object, so holding it costs nothing.
 */
final class CapturedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final PrintWriter writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    private int status = SC_OK;
    private String error;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    /** The message of a {@code sendError}, or null. */
    String error() {
        return error;
    }

    byte[] body() {
        writer.flush();
        return body.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        error = msg == null ? "" : msg;
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public void setContentType(String type) {
        // the route sets the content type of what it sends
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // always UTF-8
    }

    @Override
    public PrintWriter getWriter() {
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("held in memory");
            }
        };
    }

    @Override
    public void flushBuffer() {
        writer.flush();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
