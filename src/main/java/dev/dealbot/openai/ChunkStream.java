package dev.dealbot.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** OpenAI's Server-Sent Events: {@code data: <json>} per chunk, flushed one by one, then {@code data: [DONE]}. */
final class ChunkStream {
    private final OutputStream out;
    private final ObjectMapper json;
    private boolean open = true;

    ChunkStream(Context ctx, ObjectMapper json) throws IOException {
        ctx.status(200).contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        this.out = ctx.res().getOutputStream(); // ctx.outputStream() would buffer until the handler returns
        this.json = json;
    }

    /** Sends one chunk; false once the client has gone (the answer is still counted by the caller). */
    boolean send(Object chunk) {
        if (!open) return false;
        try {
            return write("data: " + json.writeValueAsString(chunk) + "\n\n");
        } catch (IOException e) {
            open = false;
            return false;
        }
    }

    void done() {
        if (open) write("data: [DONE]\n\n");
    }

    private boolean write(String event) {
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            open = false;
            return false;
        }
    }
}
