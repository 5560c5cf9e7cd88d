package dev.dealbot.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.Dealbot;
import dev.dealbot.IndexHealth;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.BearerKeys;
import dev.dealbot.http.ErrorFormat;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.http.Sse;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.limit.AnswerPool;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/chat/completions} (plain and {@code stream: true}) and {@code GET /v1/models}: the OpenAI Chat
 * Completions wire format over the same asker, limits and metrics as {@code /api/ask}. Every request needs
 * {@code Authorization: Bearer <one of DEALBOT_API_KEYS>}; every failure is an OpenAI-style error.
 */
public final class OpenAiRoutes implements Consumer<JavalinConfig> {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiRoutes.class);
    static final String COMPLETIONS = "/v1/chat/completions";

    private final Dealbot bot;
    private final BearerKeys keys;
    private final int maxQuestionChars;
    private final int maxTurns;

    private OpenAiRoutes(Dealbot bot, BearerKeys keys) {
        this.bot = bot;
        this.keys = keys;
        this.maxQuestionChars = bot.settings().config().server().maxQuestionChars();
        this.maxTurns = bot.settings().config().conversations().maxTurns();
    }

    /** The routes, when {@code DEALBOT_API_KEYS} is set; without keys the paths stay 404. */
    public static Optional<Consumer<JavalinConfig>> forBot(Dealbot bot) {
        List<String> keys = bot.settings().secrets().apiKeys();
        return keys.isEmpty() ? Optional.empty() : Optional.of(new OpenAiRoutes(bot, new BearerKeys(keys)));
    }

    @Override
    public void accept(JavalinConfig config) {
        // errors raised before these routes run (the API budget's 429, an origin check) in the OpenAI format too
        config.routes.before("/v1/*", ctx -> ErrorFormat.use(ctx, (c, status, code, message) ->
                c.status(status).json(new OpenAiError(status, type(status), code, null, message).body())));
        config.routes.post(COMPLETIONS, guarded(this::complete));
        config.routes.get("/v1/models", guarded(ctx -> ctx.json(Map.of("object", "list", "data", List.of(model())))));
        config.routes.get("/v1/models/{model}", guarded(ctx -> {
            if (!ctx.pathParam("model").equals(ChatRequest.MODEL))
                throw new OpenAiError(404, OpenAiError.INVALID_REQUEST, "model_not_found", "model",
                        "this server has one model, \"dealbot\"");
            ctx.json(model());
        }));
    }

    private static Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ChatRequest.MODEL);
        m.put("object", "model");
        m.put("created", 1777248000L); // 2026-04-27, the day of the revision the articles report
        m.put("owned_by", "dealbot");
        return m;
    }

    /** Checks the request on the server's thread, then answers on the answer pool (503 at once when it is full). */
    private void complete(Context ctx) {
        ChatRequest req = ChatRequest.from(body(ctx), maxQuestionChars, maxTurns);
        Conversation conversation = Conversation.given(req.history());
        if (req.stream()) {
            IndexHealth index = bot.health();
            if (!index.ok()) throw new IndexUnavailableException(index.problem()); // a plain 503 rather than a stream
        }
        AnswerPool pool = ctx.appData(HttpApi.ANSWER_POOL);
        ctx.future(() -> pool.submit(() -> {
            if (req.stream()) stream(ctx, req.question(), conversation);
            else ctx.json(Completions.start().completion(answer(ctx, req.question(), conversation)));
            return null;
        }).exceptionally(e -> {
            reject(ctx, e); // before anything was sent: a stream catches its own failures
            return null;
        }));
    }

    /** The chunks: the role at once, then the checked answer in pieces, the final chunk, {@code [DONE]}. */
    private void stream(Context ctx, String question, Conversation conversation) {
        Sse out;
        try {
            out = new Sse(ctx, HttpApi.JSON);
        } catch (IOException e) {
            return; // the client has gone
        }
        Completions completions = Completions.start();
        out.send(null, completions.roleChunk()); // the client sees the stream start while the answer is worked out
        try {
            // the answer is streamed once checked: a model's raw text could hold claims the grounding check removes,
            // and a chat client cannot take back text it has shown
            Answer answer = answer(ctx, question, conversation);
            for (String piece : Completions.pieces(answer)) out.send(null, completions.textChunk(piece));
            out.send(null, completions.finalChunk(answer));
        } catch (RuntimeException e) {
            out.send(null, failure(ctx, e).body());
        }
        out.data("[DONE]");
    }

    /** The one answering path, shared with {@code /api/ask}: the current asker, then the same answer metrics. */
    private Answer answer(Context ctx, String question, Conversation conversation) {
        long start = System.nanoTime();
        Answer answer = bot.withAsker(asker -> asker.ask(question, conversation));
        ctx.appData(Metrics.KEY).answered(answer, System.nanoTime() - start);
        return answer;
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes(); // enforces server.maxBodyBytes (413)
        try {
            return HttpApi.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw OpenAiError.invalid(null, "invalid_json", "the body is not valid JSON (or not UTF-8): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw OpenAiError.invalid(null, "invalid_json", "the body could not be read as JSON");
        }
    }

    /** Checks the key, runs {@code handler}, and turns every failure into an OpenAI-style error. */
    private Handler guarded(Handler handler) {
        return ctx -> {
            try {
                authenticate(ctx);
                handler.handle(ctx);
            } catch (RuntimeException e) {
                reject(ctx, e);
            }
        };
    }

    private void authenticate(Context ctx) {
        BearerKeys.Check check = keys.check(ctx.header("Authorization"));
        if (check == BearerKeys.Check.OK) return;
        ctx.header("WWW-Authenticate", "Bearer realm=\"dealbot\"");
        throw new OpenAiError(401, OpenAiError.INVALID_REQUEST, check == BearerKeys.Check.MISSING ? "missing_api_key"
                : "invalid_api_key", null, check == BearerKeys.Check.MISSING
                        ? "no API key: send the header Authorization: Bearer <key> with a key from DEALBOT_API_KEYS"
                        : "the API key is not valid for this server");
    }

    private void reject(Context ctx, Throwable e) {
        OpenAiError error = failure(ctx, e);
        if (error.status() < 500) ctx.appData(Metrics.KEY).clientError(error.code());
        ctx.status(error.status()).json(error.body());
    }

    /** Any failure as an OpenAI-style error (with {@code Retry-After} where retrying helps). */
    private OpenAiError failure(Context ctx, Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) e = e.getCause();
        return switch (e) {
            case OpenAiError error -> error;
            case ApiException api -> new OpenAiError(api.status(), type(api.status()), api.body().error(), null, api.getMessage());
            case HttpResponseException http when http.getStatus() == 413 -> new OpenAiError(413, OpenAiError.INVALID_REQUEST,
                    "payload_too_large", "messages", "the request body is larger than "
                            + bot.settings().config().server().maxBodyBytes() + " bytes; send a shorter question or fewer "
                            + "earlier messages");
            case HttpResponseException http -> new OpenAiError(http.getStatus(), type(http.getStatus()), "http_" + http.getStatus(),
                    null, http.getMessage());
            case AnswerPool.Overloaded overloaded -> {
                ctx.header("Retry-After", Integer.toString(AnswerPool.RETRY_AFTER_SECONDS));
                yield error(503, "overloaded", "the bot is answering as many questions as it can; retry in a second");
            }
            case IndexUnavailableException unavailable -> {
                ctx.header("Retry-After", "5");
                yield error(503, "index_unavailable", "the search index is being rebuilt; retry in a few seconds");
            }
            default -> {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                yield error(500, "internal_error", "the server failed to handle this request; please retry");
            }
        };
    }

    private static OpenAiError error(int status, String code, String message) {
        return new OpenAiError(status, type(status), code, null, message);
    }

    private static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> OpenAiError.INVALID_REQUEST;
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : OpenAiError.INVALID_REQUEST;
        };
    }
}
