package dev.dealbot.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler.RetainedContentLoaderFactory.RetainedContentLoader;
import org.eclipse.jetty.util.Callback;

/**
 * Reads each request body in full, asynchronously, before a thread handles the request (Jetty's
 * {@link EagerContentHandler}), and gives it {@code deadlineSeconds} to arrive: a body still incomplete by then is
 * answered 408 (JSON, through {@link JsonErrorHandler}) and its connection closed. So a client that trickles its body
 * costs a connection for a bounded time, never a server thread.
 */
final class EagerBody implements EagerContentHandler.ContentLoaderFactory {
    private final long maxBytes;
    private final long deadlineSeconds;

    EagerBody(long maxBytes, long deadlineSeconds) {
        this.maxBytes = maxBytes;
        this.deadlineSeconds = deadlineSeconds;
    }

    static Handler.Wrapper handler(long maxBytes, long deadlineSeconds) {
        return new EagerContentHandler(new EagerBody(maxBytes, deadlineSeconds));
    }

    @Override
    public String getApplicableMimeType() {
        return null; // every content type
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler,
            Request request, Response response, Callback callback) {
        AtomicBoolean settled = new AtomicBoolean();
        RetainedContentLoader loader = new RetainedContentLoader(handler, request, response, callback, maxBytes, -1, false) {
            @Override
            protected void handle(Request req, Response res, Callback cb) {
                if (settled.compareAndSet(false, true)) super.handle(req, res, cb);
            }
        };
        request.getComponents().getScheduler().schedule(() -> {
            if (settled.compareAndSet(false, true)) Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408);
        }, deadlineSeconds, TimeUnit.SECONDS);
        return loader;
    }
}
