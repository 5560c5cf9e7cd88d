package dev.dealbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.config.LimitSettings;
import dev.dealbot.config.ServerSettings;
import dev.dealbot.limit.AnswerPool;
import io.javalin.config.Key;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import dev.dealbot.index.IndexUnavailableException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: the ask API plus any channel routes (widget, Slack), with JSON errors for
 * every failure and no stack traces to clients.
 */
public final class HttpApi {
    static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Strict on input: trailing content after the object and duplicate keys are errors, not guesses. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** While the index is rebuilt after damage: retry shortly, the answer would not be trustworthy now. */
    static final ApiError INDEX_UNAVAILABLE = new ApiError("index_unavailable",
            "the search index is being rebuilt after a read error; retry in a few seconds");
    static final String RETRY_AFTER_SECONDS = "5";
    /** The pool that answers questions, for routes added by other packages: {@code ctx.appData(HttpApi.ANSWER_POOL)}. */
    public static final Key<AnswerPool> ANSWER_POOL = new Key<>("dealbot.answerPool");
    static final ApiError OVERLOADED = new ApiError("overloaded",
            "the bot is answering as many questions as it can; retry in a second");

    private HttpApi() {}

    /** Creates (does not start) the app. {@code channels} add their own routes and filters. */
    public static Javalin create(Dealbot bot, Metrics metrics, List<Consumer<JavalinConfig>> channels) {
        ServerSettings server = bot.settings().config().server();
        LimitSettings limits = bot.settings().config().limits();
        AnswerPool pool = new AnswerPool(limits.threads(), limits.answerQueue(), limits.maxQueueMillis());
        AskRoutes ask = new AskRoutes(bot, JSON, metrics, pool);
        ClientKey clientKey = new ClientKey(bot.settings().config().widget().trustedProxies());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.http.maxRequestSize = server.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.host = server.host();
            config.jetty.port = server.port();
            config.jetty.threadPool = new QueuedThreadPool(server.threads(), Math.min(8, server.threads()));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            // requests Jetty rejects before Javalin sees them (bad URI, huge headers) get JSON too, not HTML
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorHandler(metrics)));
            config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            config.appData(Metrics.KEY, metrics); // for channels that answer too (ctx.appData(Metrics.KEY))
            config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.status().getCode(), ms));
            config.appData(ANSWER_POOL, pool); // for channels that answer too
            channels.forEach(c -> c.accept(config));
            Guards.apply(config, server, limits, clientKey, pool, bot.rateLimiter("api", limits.requestsPerMinute()));
            ask.addTo(config);
            errors(config, metrics);
        });
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        return t;
    }

    /** The route template that matched (a bounded set of metric labels), or {@code other}. */
    private static String route(io.javalin.http.Context ctx) {
        try {
            var endpoint = ctx.endpoints().lastHttpEndpoint();
            return endpoint == null ? "other" : endpoint.path;
        } catch (RuntimeException e) {
            return "other";
        }
    }

    private static void errors(JavalinConfig config, Metrics metrics) {
        config.routes.exception(ApiException.class, (e, ctx) -> {
            metrics.clientError(e.body().error());
            ErrorFormat.write(ctx, e); // e.g. a rate limit on /v1 in the OpenAI format
        });
        config.routes.exception(IndexUnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            ctx.status(503).json(INDEX_UNAVAILABLE);
        });
        config.routes.exception(EndpointNotFound.class, (e, ctx) -> ctx.status(404)
                .json(new ApiError("not_found", "no endpoint " + ctx.method() + " " + ctx.path()
                        + "; the API is POST /api/ask, POST /api/ask/stream, GET /api/sources")));
        config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allowed = e.getDetails().getOrDefault("availableMethods", "");
            ctx.header("Allow", allowed);
            ctx.status(405).json(new ApiError("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()
                    + "; use " + allowed));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                metrics.clientError("payload_too_large");
                ctx.status(413).json(new ApiError("payload_too_large", "the request body is larger than "
                        + config.http.maxRequestSize + " bytes; send a shorter question"));
            } else {
                ctx.status(e.getStatus()).json(new ApiError("http_" + e.getStatus(), e.getMessage()));
            }
        });
        config.routes.exception(Exception.class, (thrown, ctx) -> {
            Throwable e = unwrap(thrown); // from an answer computed on the pool
            if (e instanceof AnswerPool.Overloaded) {
                ctx.header("Retry-After", Integer.toString(AnswerPool.RETRY_AFTER_SECONDS));
                ctx.status(503).json(OVERLOADED);
                return;
            }
            if (e instanceof IndexUnavailableException) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                ctx.status(503).json(INDEX_UNAVAILABLE);
                return;
            }
            ApiException clientFault = ClientFaults.of(e);
            if (clientFault != null) {
                metrics.clientError(clientFault.body().error());
                ctx.status(clientFault.status()).json(clientFault.body());
                return;
            }
            ServerFault fault = ServerFault.of(e, ctx.method().name(), ctx.path());
            ctx.header("X-Request-Id", fault.requestId());
            ctx.status(500).json(fault.body());
        });
    }
}
