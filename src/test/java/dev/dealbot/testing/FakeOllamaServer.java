package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Ollama's chat API ({@code POST /api/chat}, docs.ollama.com/api/chat): {@code stream} defaults to true and a
 * stream is newline-delimited JSON ({@code application/x-ndjson}), one {@code {"message":{...},"done":false}}
 * object per piece and a last one with {@code "done":true}, {@code done_reason} and the counts; errors, including
 * one in the middle of a stream, are {@code {"error":"..."}}. No key. Script it as described in
 * {@link LoopbackLlmServer}.
 */
public final class FakeOllamaServer extends LoopbackLlmServer {
    private static final String CREATED_AT = "2026-04-27T10:15:30.123456789Z";

    private FakeOllamaServer() {
        super("");
    }

    public static FakeOllamaServer start() {
        return new FakeOllamaServer();
    }

    @Override
    protected boolean isEndpoint(String method, String path) {
        return method.equals("POST") && path.equals("/api/chat");
    }

    @Override
    protected String model(String path, JsonNode body) {
        return body.path("model").asText(null);
    }

    @Override
    protected boolean streaming(String path, String query, JsonNode body) {
        return body.path("stream").asBoolean(true); // Ollama streams unless told not to
    }

    @Override
    protected List<RecordedRequest.Message> messages(JsonNode body) {
        List<RecordedRequest.Message> out = new ArrayList<>();
        body.path("messages").forEach(m -> out.add(new RecordedRequest.Message(m.path("role").asText(), m.path("content").asText())));
        return out;
    }

    @Override
    protected Refusal refusal(RecordedRequest request) {
        return request.model() == null ? new Refusal(400, "model is required") : null;
    }

    @Override
    protected String completion(RecordedRequest request, String text) {
        return json(done(request, text));
    }

    @Override
    protected String streamContentType() {
        return "application/x-ndjson";
    }

    @Override
    protected List<String> streamStart(RecordedRequest request) {
        return List.of();
    }

    @Override
    protected String streamPiece(RecordedRequest request, String text) {
        ObjectNode line = JSON.createObjectNode().put("model", request.model()).put("created_at", CREATED_AT);
        line.putObject("message").put("role", "assistant").put("content", text);
        return json(line.put("done", false)) + "\n";
    }

    @Override
    protected List<String> streamEnd(RecordedRequest request) {
        return List.of(json(done(request, "")) + "\n");
    }

    @Override
    protected String streamErrorFrame() {
        return "{\"error\":\"an error was encountered while running the model: unexpected EOF\"}\n";
    }

    @Override
    protected String errorBody(int status, String message) {
        String text = message != null ? message : switch (status) {
            case 429 -> "too many requests, please try again later";
            case 503 -> "server busy, please try again.  maximum pending requests exceeded";
            default -> "llama runner process has terminated: exit status 2";
        };
        return json(JSON.createObjectNode().put("error", text));
    }

    private static ObjectNode done(RecordedRequest request, String text) {
        ObjectNode root = JSON.createObjectNode().put("model", request.model()).put("created_at", CREATED_AT);
        root.putObject("message").put("role", "assistant").put("content", text);
        return root.put("done_reason", "stop").put("done", true).put("total_duration", 812_345_000L)
                .put("load_duration", 2_154_458L).put("prompt_eval_count", 412).put("prompt_eval_duration", 383_809_000L)
                .put("eval_count", 31).put("eval_duration", 420_000_000L);
    }
}
