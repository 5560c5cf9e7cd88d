package dev.dealbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events straight to the servlet stream, flushing each event: named events for {@code /api/ask/stream},
 * unnamed {@code data:} events (ending with {@code data: [DONE]}) for the OpenAI-compatible stream.
 */
public final class Sse {
    private final OutputStream out;
    private final ObjectMapper json;
    private boolean open = true;

    public Sse(Context ctx, ObjectMapper json) throws IOException {
        ctx.status(200).contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        this.out = ctx.res().getOutputStream(); // ctx.outputStream() would buffer until the handler returns
        this.json = json;
    }

    /** Sends one event ({@code event} null: unnamed) whose data is {@code payload} as JSON; false once the client has gone. */
    public synchronized boolean send(String event, Object payload) {
        if (!open) return false;
        try {
            return data((event == null ? "" : "event: " + event + "\n") + "data: ", json.writeValueAsString(payload));
        } catch (IOException e) {
            open = false;
            return false;
        }
    }

    /** Sends one unnamed event with {@code raw} as its data ("[DONE]"); false once the client has gone. */
    public synchronized boolean data(String raw) {
        return open && data("data: ", raw);
    }

    private boolean data(String head, String data) {
        try {
            out.write((head + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | UncheckedIOException e) {
            open = false; // client disconnected; the answer is still recorded by the caller
            return false;
        }
    }
}
