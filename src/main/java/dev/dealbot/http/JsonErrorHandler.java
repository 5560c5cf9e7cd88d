package dev.dealbot.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (malformed request lines, bad or ambiguous URIs, oversized headers: everything Jetty
 * rejects before Javalin routes the request) as the API's JSON error body instead of Jetty's HTML page. The message
 * depends only on the status: no stack trace, no Jetty detail, no echo of the raw request.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON_TYPE = "application/json";
    private static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "must-revalidate,no-cache,no-store");
    private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    private final Metrics metrics;

    JsonErrorHandler(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_STATUS) instanceof Integer s) status = s;
        if (status < 400 || status > 599) status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        metrics.request(HttpMethod.fromString(request.getMethod()) == null ? "other" : request.getMethod(), "rejected",
                status, 0);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        headers.put(NO_STORE);
        headers.put(NOSNIFF);
        // (a request Jetty could not parse arrives here as method "BAD", so it gets a body even if it was a HEAD)
        byte[] body = HttpMethod.HEAD.is(request.getMethod()) ? new byte[0] : body(status);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static byte[] body(int status) {
        String code = switch (status) {
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            default -> status >= 500 && status != 505 ? "server_error" : "bad_request";
        };
        ApiError error = new ApiError(code, message(status));
        try {
            return HttpApi.JSON.writeValueAsBytes(error);
        } catch (Exception e) { // cannot happen for two plain strings
            return "{\"error\":\"bad_request\",\"message\":\"malformed request\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (bad request line, invalid or ambiguous URI path, or bad header);"
                    + " send a plain path such as POST /api/ask";
            case 408 -> "the request took too long to arrive; send the whole request at once";
            case 413 -> "the request body is too large; send a shorter question";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "the HTTP version is not supported; use HTTP/1.1";
            default -> status >= 500 ? "the server could not handle the request; please retry"
                    : "the request was rejected (HTTP " + status + ")";
        };
    }
}
