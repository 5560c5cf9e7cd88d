package dev.dealbot.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.http.HttpApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the transport would otherwise answer loosely, checked first and answered as JSON-RPC 2.0 errors: a body that is
 * not JSON (-32700), a message that is not a JSON-RPC object (-32600), and {@code tools/call} or
 * {@code resources/read} params of the wrong shape (-32602, which the SDK would report as an internal error).
 */
final class JsonRpc {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpc.class);
    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;
    /** Not a JSON-RPC code: the HTTP status says what is wrong (401, 413, ...). */
    static final int SERVER_ERROR = -32000;

    /** A rejected message: the HTTP status to send and the JSON-RPC error body. */
    static final class Rejected extends RuntimeException {
        private final int status;
        private final int code;
        private final transient JsonNode id;

        Rejected(int status, int code, JsonNode id, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.id = id;
        }

        int status() {
            return status;
        }

        Reply reply() {
            try {
                return new Reply(status, HttpApi.JSON.writeValueAsBytes(body()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a map of strings and numbers", e);
            }
        }

        Map<String, Object> body() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", getMessage());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("jsonrpc", "2.0");
            body.put("id", id);
            body.put("error", error);
            return body;
        }
    }

    private JsonRpc() {}

    /**
     * What goes back for the transport's captured answer to the message {@code id}/{@code method}: a result or a
     * JSON-RPC error from the SDK passes (an internal error, -32603, is what the SDK reports for params it cannot
     * read, so it becomes -32602 with a message that names the method, the original logged); an error the transport
     * made itself (a serialised exception, or a bare status) becomes a JSON-RPC error with the same status.
     */
    static Reply reply(CapturedResponse captured, JsonNode id, String method) {
        int status = captured.status();
        byte[] body = captured.body();
        JsonNode json = parsed(body);
        if (status < 400 && captured.error() == null) {
            if (json == null) return new Reply(status, body);
            JsonNode error = json.path("error");
            if (error.path("code").asInt() != -32603) return new Reply(status, body);
            LOG.warn("MCP {} failed inside the SDK (reported as invalid params): {}", method, error.path("message").asText());
            return new Rejected(200, INVALID_PARAMS, id, "the params of " + method + " do not fit the MCP schema").reply();
        }
        String message = json != null && json.path("jsonRpcError").path("message").isTextual()
                ? json.path("jsonRpcError").path("message").asText()
                : captured.error() != null && !captured.error().isBlank() ? captured.error() : "the request was refused (HTTP " + status + ")";
        int code = json != null && json.path("jsonRpcError").path("code").isInt() ? json.path("jsonRpcError").path("code").asInt() : SERVER_ERROR;
        if (status >= 500) LOG.warn("MCP {} answered {} by the SDK: {}", method, status, message);
        return new Rejected(status, code == -32603 ? SERVER_ERROR : code, id, message).reply();
    }

    /** A status and a JSON body to send. */
    record Reply(int status, byte[] body) {}

    private static JsonNode parsed(byte[] body) {
        if (body.length == 0) return null;
        try {
            return HttpApi.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Checks one parsed message; returns normally when the SDK may take it. */
    static void check(JsonNode message) {
        if (message == null || !message.isObject())
            throw new Rejected(400, INVALID_REQUEST, null, "send one JSON-RPC 2.0 message object (batches are not supported)");
        JsonNode id = message.get("id");
        if (id != null && !(id.isTextual() || id.isIntegralNumber() || id.isNull()))
            throw new Rejected(400, INVALID_REQUEST, null, "id must be a string or an integer");
        if (!"2.0".equals(message.path("jsonrpc").asText(null)))
            throw new Rejected(400, INVALID_REQUEST, id, "jsonrpc must be \"2.0\"");
        JsonNode method = message.get("method");
        if (method == null) {
            if (!message.has("result") && !message.has("error"))
                throw new Rejected(400, INVALID_REQUEST, id, "a message needs a method (request, notification) or a result/error");
            return;
        }
        if (!method.isTextual()) throw new Rejected(400, INVALID_REQUEST, id, "method must be a string");
        JsonNode params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject())
            throw new Rejected(200, INVALID_PARAMS, id, "params must be an object");
        switch (method.textValue()) {
            case "tools/call" -> {
                if (params == null || !params.path("name").isTextual())
                    throw new Rejected(200, INVALID_PARAMS, id, "tools/call needs params.name, the tool's name (a string)");
                JsonNode args = params.get("arguments");
                if (args != null && !args.isNull() && !args.isObject())
                    throw new Rejected(200, INVALID_PARAMS, id, "tools/call params.arguments must be an object");
            }
            case "resources/read" -> {
                if (params == null || !params.path("uri").isTextual())
                    throw new Rejected(200, INVALID_PARAMS, id, "resources/read needs params.uri, e.g. dealbot://articles/<docId>");
            }
            default -> { }
        }
    }
}
