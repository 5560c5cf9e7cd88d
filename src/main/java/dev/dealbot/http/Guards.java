package dev.dealbot.http;

import dev.dealbot.config.LimitSettings;
import dev.dealbot.config.ServerSettings;
import dev.dealbot.limit.AnswerPool;
import dev.dealbot.limit.RateLimiter;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What keeps slow or greedy clients from taking the server down, on top of Jetty: request bodies read asynchronously
 * before any thread handles them, an idle timeout, a minimum request-body rate (408 below it) for what is read later, a cap on connections per client address with a deadline for the first request's
 * headers ({@link ConnectionGuard}), answering on a bounded pool ({@link AnswerPool}: 503 with Retry-After when full),
 * and a per-client budget for API callers that are not browser pages (browsers have the widget's own budget).
 */
final class Guards {
    /** Never limited: probes, scrapes, the widget's files and the chat platforms' signed webhooks. */
    private static final Set<String> FREE = Set.of("/health", "/metrics", "/", "/widget.js", "/demo.css");

    private Guards() {}

    static void apply(JavalinConfig config, ServerSettings server, LimitSettings limits, ClientKey clientKey,
            AnswerPool pool, RateLimiter apiBudget) {
        ConnectionGuard guard = new ConnectionGuard(limits.connectionsPerClient(), limits.headerTimeoutSeconds(), clientKey);
        config.jetty.addConnector((jetty, http) -> {
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(server.host());
            connector.setPort(server.port());
            connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(limits.idleTimeoutSeconds()));
            connector.addBean(guard);
            return connector;
        });
        // bodies are read without holding a thread, and the handler runs once the whole body is here: a client that
        // trickles its body holds a connection (capped per address, closed when idle), never one of the server's threads
        config.jetty.modifyServer(jetty -> jetty.setHandler(
                EagerBody.handler(server.maxBodyBytes() + 16_384L, limits.bodyTimeoutSeconds())));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(TimeUnit.SECONDS.toMillis(limits.idleTimeoutSeconds()));
            http.setMinRequestDataRate(limits.minBytesPerSecond());
        });
        config.events.serverStopped(() -> {
            guard.close();
            pool.close();
        });
        config.routes.before(ctx -> budget(ctx, clientKey, apiBudget));
    }

    /** Takes one request from the budget of an API caller without {@code Origin} (browser pages: see WidgetRoutes). */
    private static void budget(Context ctx, ClientKey clientKey, RateLimiter apiBudget) {
        if (ctx.header("Origin") != null || FREE.contains(ctx.path()) || ctx.path().startsWith("/slack/")
                || ctx.path().startsWith("/mattermost/") || ctx.method().name().equals("OPTIONS")) return;
        long wait = apiBudget.acquire(clientKey.of(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "rate_limited", "too many requests from this client; please wait " + wait
                    + " second" + (wait == 1 ? "" : "s") + " and retry");
        }
    }
}
