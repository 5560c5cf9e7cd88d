package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAI chat-completions wire format ({@code POST /v1/chat/completions}), as OpenAI and compatible servers
 * (vLLM, llama.cpp, LM Studio) speak it: {@code stream: true} gets {@code data:} SSE chunks with {@code delta}s,
 * a {@code finish_reason} chunk and {@code data: [DONE]}. No key is required (local servers need none); the test
 * checks the {@code Authorization} header. Script it as described in {@link LoopbackLlmServer}.
 */
public final class FakeOpenAiServer extends LoopbackLlmServer {
    private FakeOpenAiServer() {
        super("/v1");
    }

    public static FakeOpenAiServer start() {
        return new FakeOpenAiServer();
    }

    @Override
    protected boolean isEndpoint(String method, String path) {
        return method.equals("POST") && path.equals("/v1/chat/completions");
    }

    @Override
    protected String model(String path, JsonNode body) {
        return body.path("model").asText(null);
    }

    @Override
    protected boolean streaming(String path, String query, JsonNode body) {
        return body.path("stream").asBoolean(false);
    }

    @Override
    protected List<RecordedRequest.Message> messages(JsonNode body) {
        List<RecordedRequest.Message> out = new ArrayList<>();
        body.path("messages").forEach(m -> out.add(new RecordedRequest.Message(m.path("role").asText(), m.path("content").asText())));
        return out;
    }

    @Override
    protected Refusal refusal(RecordedRequest request) {
        if (request.model() == null) return new Refusal(400, "you must provide a model parameter");
        if (request.messages().isEmpty()) return new Refusal(400, "'messages' must contain at least one message");
        return null;
    }

    @Override
    protected String completion(RecordedRequest request, String text) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("model", request.model());
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        return json(root);
    }

    @Override
    protected String streamContentType() {
        return "text/event-stream";
    }

    @Override
    protected List<String> streamStart(RecordedRequest request) {
        return List.of();
    }

    @Override
    protected String streamPiece(RecordedRequest request, String text) {
        return event("{\"choices\":[{\"index\":0,\"delta\":" + json(Map.of("content", text)) + "}]}");
    }

    @Override
    protected List<String> streamEnd(RecordedRequest request) {
        return List.of(event("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"), event("[DONE]"));
    }

    @Override
    protected String errorBody(int status, String message) {
        String type = status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error";
        String text = message != null ? message : status == 429 ? "Rate limit reached for requests"
                : status >= 500 ? "The server had an error while processing your request." : "scripted failure";
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", text).put("type", type).putNull("param")
                .put("code", status == 429 ? "rate_limit_exceeded" : null);
        return json(error);
    }

    @Override
    protected Map<String, String> errorHeaders(int status) {
        return status == 429 ? Map.of("retry-after", "1") : Map.of();
    }

    private static String event(String data) {
        return "data: " + data + "\n\n";
    }
}
