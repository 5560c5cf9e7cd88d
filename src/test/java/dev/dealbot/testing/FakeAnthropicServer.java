package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}, docs.anthropic.com/en/api/messages and .../messages-streaming):
 * the key in {@code x-api-key}, an {@code anthropic-version} header, {@code max_tokens} required, the system prompt
 * top-level beside user/assistant {@code messages}. With {@code stream: true} the answer is SSE with named events:
 * {@code message_start}, {@code content_block_start}, {@code ping}, {@code content_block_delta} ({@code text_delta})
 * per piece, {@code content_block_stop}, {@code message_delta} (stop_reason, usage) and {@code message_stop}; an
 * {@code error} event can arrive mid-stream. Errors are {@code {"type":"error","error":{"type","message"}}}, with
 * 529 {@code overloaded_error} and 429 {@code rate_limit_error} plus {@code retry-after}. Script it as described in
 * {@link LoopbackLlmServer}.
 */
public final class FakeAnthropicServer extends LoopbackLlmServer {
    private FakeAnthropicServer() {
        super("/v1");
    }

    public static FakeAnthropicServer start() {
        return new FakeAnthropicServer();
    }

    @Override
    protected boolean isEndpoint(String method, String path) {
        return method.equals("POST") && path.equals("/v1/messages");
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
        if (!body.path("system").isMissingNode()) out.add(new RecordedRequest.Message("system", text(body.path("system"))));
        body.path("messages").forEach(m -> out.add(new RecordedRequest.Message(m.path("role").asText(), text(m.path("content")))));
        return out;
    }

    /** A string, or the text of a list of content blocks. */
    private static String text(JsonNode content) {
        if (content.isTextual()) return content.asText();
        StringBuilder sb = new StringBuilder();
        content.forEach(block -> {
            if (block.path("type").asText().equals("text")) sb.append(block.path("text").asText());
        });
        return sb.toString();
    }

    @Override
    protected Refusal refusal(RecordedRequest request) {
        if (request.header("x-api-key") == null) return new Refusal(401, "x-api-key header is required");
        if (request.header("anthropic-version") == null) return new Refusal(400, "anthropic-version: header is required");
        JsonNode body = request.json();
        if (request.model() == null) return new Refusal(400, "model: Field required");
        if (!body.path("max_tokens").canConvertToInt() || body.path("max_tokens").asInt() < 1)
            return new Refusal(400, "max_tokens: Field required");
        List<String> roles = new ArrayList<>();
        body.path("messages").forEach(m -> roles.add(m.path("role").asText()));
        if (roles.isEmpty() || !roles.get(0).equals("user"))
            return new Refusal(400, "messages: first message must use the \"user\" role");
        for (int i = 0; i < roles.size(); i++)
            if (!roles.get(i).equals(i % 2 == 0 ? "user" : "assistant"))
                return new Refusal(400, "messages: roles must alternate between \"user\" and \"assistant\"");
        return null;
    }

    @Override
    protected String completion(RecordedRequest request, String text) {
        ObjectNode root = JSON.createObjectNode().put("id", "msg_01FakeLoopback").put("type", "message")
                .put("role", "assistant").put("model", request.model());
        root.putArray("content").addObject().put("type", "text").put("text", text);
        root.put("stop_reason", "end_turn").putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", 412).put("output_tokens", 31);
        return json(root);
    }

    @Override
    protected String streamContentType() {
        return "text/event-stream; charset=utf-8";
    }

    @Override
    protected List<String> streamStart(RecordedRequest request) {
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = start.putObject("message").put("id", "msg_01FakeLoopback").put("type", "message")
                .put("role", "assistant").put("model", request.model());
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", 412).put("output_tokens", 1);
        return List.of(event("message_start", json(start)),
                event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"),
                event("ping", "{\"type\": \"ping\"}"));
    }

    @Override
    protected String streamPiece(RecordedRequest request, String text) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                + json(Map.of("type", "text_delta", "text", text)) + "}");
    }

    @Override
    protected List<String> streamEnd(RecordedRequest request) {
        return List.of(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"),
                event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                        + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":31}}"),
                event("message_stop", "{\"type\":\"message_stop\"}"));
    }

    @Override
    protected String streamErrorFrame() {
        return event("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
    }

    @Override
    protected String errorBody(int status, String message) {
        String type = switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
        String text = message != null ? message : switch (status) {
            case 429 -> "Number of request tokens has exceeded your per-minute rate limit";
            case 529 -> "Overloaded";
            default -> "Internal server error";
        };
        ObjectNode root = JSON.createObjectNode().put("type", "error");
        root.putObject("error").put("type", type).put("message", text);
        return json(root.put("request_id", "req_01FakeLoopback"));
    }

    @Override
    protected Map<String, String> errorHeaders(int status) {
        return status == 429 ? Map.of("retry-after", "1") : Map.of();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
