package dev.dealbot.openai;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rejected request in the OpenAI error format, {@code {"error": {"message", "type", "param", "code"}}}, so the
 * OpenAI SDKs raise their usual exception (400 BadRequest, 401 Authentication, 404 NotFound, 429 RateLimit, ...).
 */
final class OpenAiError extends RuntimeException {
    static final String INVALID_REQUEST = "invalid_request_error";

    private final int status;
    private final String type;
    private final String code;
    private final String param;

    OpenAiError(int status, String type, String code, String param, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    /** A 400 about one request parameter. */
    static OpenAiError invalid(String param, String code, String message) {
        return new OpenAiError(400, INVALID_REQUEST, code, param, message);
    }

    /** A 400 for a feature of the Chat Completions API that dealbot does not offer. */
    static OpenAiError unsupported(String param, String message) {
        return invalid(param, "unsupported_parameter", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", getMessage());
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return Map.of("error", error);
    }
}
