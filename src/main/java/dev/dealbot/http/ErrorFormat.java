package dev.dealbot.http;

import io.javalin.http.Context;

/**
 * How the routes of a protocol with its own error body (the OpenAI-compatible API, MCP's JSON-RPC) write an error.
 * Their before-filter sets it on the request; the app's handlers then write errors raised outside those routes (a
 * rate limit, an origin check) in that format instead of {@code {"error", "message"}}.
 */
@FunctionalInterface
public interface ErrorFormat {
    /** Writes the response for an error: its HTTP status, machine code and the message that says what to fix. */
    void write(Context ctx, int status, String code, String message);

    /** Makes {@code format} the error format of this request. */
    static void use(Context ctx, ErrorFormat format) {
        ctx.attribute(ErrorFormat.class.getName(), format);
    }

    /** Writes {@code e} in the request's own format, or as the usual {@link ApiError}. */
    static void write(Context ctx, ApiException e) {
        ErrorFormat format = ctx.attribute(ErrorFormat.class.getName());
        if (format == null) ctx.status(e.status()).json(e.body());
        else format.write(ctx, e.status(), e.body().error(), e.getMessage());
    }
}
