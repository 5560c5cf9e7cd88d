package dev.dealbot.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 over a raw socket, byte for byte: for requests java.net.http would refuse to send or would fix up. */
final class RawHttp {
    record Raw(int status, Map<String, String> headers, String body) {}

    private RawHttp() {}

    /** Sends {@code request} (ISO-8859-1) and reads the response until the server closes or 5 s pass. */
    static Raw send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    /**
     * Sends {@code bytes}; with {@code halfClose} the client then shuts its output (as a client that gives up mid-body
     * does) and reads what the server answers.
     */
    static Raw send(int port, byte[] bytes, boolean halfClose) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(bytes);
            out.flush();
            if (halfClose) s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            try {
                for (int n; (n = in.read(b)) != -1; ) buf.write(b, 0, n);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep what arrived
            }
            return parse(buf.toString(StandardCharsets.UTF_8));
        }
    }

    static Raw parse(String all) {
        int split = all.indexOf("\r\n\r\n");
        String head = split < 0 ? all : all.substring(0, split);
        String body = split < 0 ? "" : all.substring(split + 4);
        String[] lines = head.split("\r\n");
        int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c > 0) headers.put(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = dechunk(body);
        return new Raw(status, headers, body);
    }

    static String dechunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int eol = s.indexOf("\r\n", i);
            if (eol < 0) break;
            int size = Integer.parseInt(s.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) break;
            out.append(s, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
