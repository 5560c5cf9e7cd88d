package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gemini API (ai.google.dev/api/generate-content): {@code POST /v1beta/models/{model}:generateContent} and
 * {@code :streamGenerateContent?alt=sse}, the key in {@code x-goog-api-key} or the {@code key} query parameter,
 * {@code systemInstruction} beside {@code contents} whose roles are {@code user} and {@code model}. A stream is SSE of
 * {@code data:} chunks (CRLF-framed, as Google sends them), each a whole GenerateContentResponse with one piece of
 * text, the last with {@code finishReason: STOP}; it ends when the body ends. Errors are
 * {@code {"error":{"code","message","status"}}} (429 {@code RESOURCE_EXHAUSTED}, 503 {@code UNAVAILABLE}, ...). This
 * fake streams only as SSE; without {@code alt=sse} it refuses instead of sending a JSON array. Script it as described
 * in {@link LoopbackLlmServer}.
 */
public final class FakeGeminiServer extends LoopbackLlmServer {
    private static final Pattern ENDPOINT = Pattern.compile("/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)");

    private FakeGeminiServer() {
        super("/v1beta");
    }

    public static FakeGeminiServer start() {
        return new FakeGeminiServer();
    }

    @Override
    protected boolean isEndpoint(String method, String path) {
        return method.equals("POST") && ENDPOINT.matcher(path).matches();
    }

    @Override
    protected String model(String path, JsonNode body) {
        Matcher m = ENDPOINT.matcher(path);
        return m.matches() ? m.group(1) : null;
    }

    @Override
    protected boolean streaming(String path, String query, JsonNode body) {
        return path.endsWith(":streamGenerateContent");
    }

    @Override
    protected List<RecordedRequest.Message> messages(JsonNode body) {
        List<RecordedRequest.Message> out = new ArrayList<>();
        JsonNode system = body.has("systemInstruction") ? body.get("systemInstruction") : body.path("system_instruction");
        if (!system.isMissingNode()) out.add(new RecordedRequest.Message("system", text(system)));
        body.path("contents").forEach(c -> out.add(new RecordedRequest.Message(
                c.path("role").asText("user").equals("model") ? "assistant" : c.path("role").asText("user"), text(c))));
        return out;
    }

    private static String text(JsonNode content) {
        StringBuilder sb = new StringBuilder();
        content.path("parts").forEach(p -> sb.append(p.path("text").asText()));
        return sb.toString();
    }

    @Override
    protected Refusal refusal(RecordedRequest request) {
        if (request.header("x-goog-api-key") == null && !query(request).contains("key="))
            return new Refusal(403, "Method doesn't allow unregistered callers (callers without established identity)."
                    + " Please use API Key or other form of API consumer identity to call this API.");
        if (request.streaming() && !query(request).matches("(.*&)?alt=sse(&.*)?"))
            return new Refusal(400, "this fake streams only as SSE: add ?alt=sse");
        if (request.json().path("contents").isEmpty())
            return new Refusal(400, "* GenerateContentRequest.contents: contents is not specified");
        for (String role : request.messageRoles())
            if (!List.of("system", "user", "assistant").contains(role))
                return new Refusal(400, "Please use a valid role: user, model.");
        return null;
    }

    private static String query(RecordedRequest request) {
        return request.query() == null ? "" : request.query();
    }

    @Override
    protected String completion(RecordedRequest request, String text) {
        return json(response(request, text, true));
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
        return event(response(request, text, false));
    }

    @Override
    protected List<String> streamEnd(RecordedRequest request) {
        return List.of(event(response(request, "", true)));
    }

    @Override
    protected String errorBody(int status, String message) {
        String code = switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> "INTERNAL";
        };
        String text = message != null ? message : switch (status) {
            case 429 -> "Resource has been exhausted (e.g. check quota).";
            case 503 -> "The model is overloaded. Please try again later.";
            default -> "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting";
        };
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", status).put("message", text).put("status", code);
        return json(root);
    }

    private static ObjectNode response(RecordedRequest request, String text, boolean last) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", text);
        content.put("role", "model");
        if (last) candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        root.putObject("usageMetadata").put("promptTokenCount", 412).put("candidatesTokenCount", last ? 31 : 1)
                .put("totalTokenCount", last ? 443 : 413);
        return root.put("modelVersion", request.model()).put("responseId", "fakeLoopbackResponse");
    }

    private static String event(ObjectNode data) {
        return "data: " + json(data) + "\r\n\r\n";
    }
}
