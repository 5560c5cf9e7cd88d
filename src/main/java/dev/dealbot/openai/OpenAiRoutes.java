package dev.dealbot.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.Dealbot;
import dev.dealbot.IndexHealth;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.BearerKeys;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.index.IndexUnavailableException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private void complete(Context ctx) throws IOException {
        ChatRequest req = ChatRequest.from(body(ctx), maxQuestionChars, maxTurns);
        Conversation conversation = Conversation.given(req.history());
        if (!req.stream()) {
            ctx.json(Completions.start().completion(answer(ctx, req.question(), conversation)));
            return;
        }
        IndexHealth index = bot.health();
        if (!index.ok()) throw new IndexUnavailableException(index.problem()); // a plain 503 rather than a stream
        ChunkStream out = new ChunkStream(ctx, HttpApi.JSON);
        Completions completions = Completions.start();
        out.send(completions.roleChunk()); // the client sees the stream start while the answer is worked out
        try {
            // the answer is streamed once checked: a model's raw text could hold claims the grounding check removes,
            // and a chat client cannot take back text it has shown
            Answer answer = answer(ctx, req.question(), conversation);
            for (String piece : Completions.pieces(answer)) out.send(completions.textChunk(piece));
            out.send(completions.finalChunk(answer));
        } catch (IndexUnavailableException e) {
            out.send(error(503, "index_unavailable", "the search index is being rebuilt; retry in a few seconds").body());
        } catch (RuntimeException e) {
            LOG.error("streamed chat completion failed", e);
            out.send(error(503, "unavailable", "the answer could not be completed; please retry").body());
        }
        out.done();
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
            } catch (OpenAiError e) {
                reject(ctx, e);
            } catch (ApiException e) { // a shared limit (e.g. a rate limit) in this API's format
                reject(ctx, new OpenAiError(e.status(), type(e.status()), e.body().error(), null, e.getMessage()));
            } catch (HttpResponseException e) {
                reject(ctx, e.getStatus() == 413
                        ? new OpenAiError(413, OpenAiError.INVALID_REQUEST, "payload_too_large", "messages", "the request "
                                + "body is larger than " + bot.settings().config().server().maxBodyBytes()
                                + " bytes; send a shorter question or fewer earlier messages")
                        : new OpenAiError(e.getStatus(), type(e.getStatus()), "http_" + e.getStatus(), null, e.getMessage()));
            } catch (IndexUnavailableException e) {
                ctx.header("Retry-After", "5");
                reject(ctx, error(503, "index_unavailable", "the search index is being rebuilt; retry in a few seconds"));
            } catch (RuntimeException e) {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                reject(ctx, error(503, "unavailable", "the bot could not answer just now; please retry"));
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

    private void reject(Context ctx, OpenAiError e) {
        ctx.appData(Metrics.KEY).clientError(e.code());
        ctx.status(e.status()).json(e.body());
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
