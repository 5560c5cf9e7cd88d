package dev.dealbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.IndexHealth;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.corpus.Article;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.limit.AnswerPool;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/ask}, {@code POST /api/ask/stream}, {@code GET /api/sources}, {@code GET /health}, {@code GET /metrics}. */
final class AskRoutes {
    private final Dealbot bot;
    private final ObjectMapper json;
    private final Metrics metrics;
    private final int maxQuestionChars;
    private final ClientKey clientKey;
    private final AnswerPool pool;

    AskRoutes(Dealbot bot, ObjectMapper json, Metrics metrics, AnswerPool pool) {
        this.bot = bot;
        this.pool = pool;
        this.json = json;
        this.metrics = metrics;
        this.maxQuestionChars = bot.settings().config().server().maxQuestionChars();
        this.clientKey = new ClientKey(bot.settings().config().widget().trustedProxies());
        bot.state().bindTo(metrics.registry());
        bot.answerCache().bindTo(metrics.registry());
    }

    void addTo(JavalinConfig config) {
        config.routes.post("/api/ask", this::ask);
        config.routes.post("/api/ask/stream", this::stream);
        config.routes.get("/api/sources", ctx -> ctx.json(Map.of("sources", sources())));
        config.routes.get("/health", this::health);
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    /** The body is read on the server's thread, the answer computed on the answer pool (503 at once when it is full). */
    private void ask(Context ctx) {
        AskRequest req = AskRequest.from(ctx, json, maxQuestionChars);
        Conversation conversation = conversation(ctx, req);
        String client = clientKey.of(ctx);
        ctx.future(() -> pool.submit(() -> {
            long start = System.nanoTime();
            Answer answer = bot.withAsker(asker -> asker.ask(req.question(), conversation, req.cache()));
            metrics.answered(answer, System.nanoTime() - start);
            String body = bot.answers().remember("api", req.question(), answer, client); // the answer's JSON, made once
            ctx.contentType(ContentType.APPLICATION_JSON).result(body);
            return null;
        }));
    }

    /** The same answer as SSE: {@code token} events with text pieces, then one {@code done} event with the answer JSON. */
    private void stream(Context ctx) {
        AskRequest req = AskRequest.from(ctx, json, maxQuestionChars); // validate before the response is committed
        IndexHealth index = bot.health();
        if (!index.ok()) throw new IndexUnavailableException(index.problem()); // a plain 503 rather than a stream
        Conversation conversation = conversation(ctx, req);
        String client = clientKey.of(ctx);
        ctx.future(() -> pool.submit(() -> { // the stream starts once a worker takes it; before that 503 is still possible
            Sse sse;
            try {
                sse = new Sse(ctx, json);
            } catch (java.io.IOException e) {
                return null; // the client has gone
            }
            long start = System.nanoTime();
            try {
                Answer answer = bot.withAsker(asker -> asker.stream(req.question(), conversation,
                        piece -> sse.send("token", Map.of("text", piece)), req.cache()));
                metrics.answered(answer, System.nanoTime() - start);
                bot.answers().remember("api", req.question(), answer, client);
                sse.send("done", answer);
            } catch (IndexUnavailableException e) {
                sse.send("error", HttpApi.INDEX_UNAVAILABLE);
            } catch (RuntimeException e) {
                sse.send("error", ServerFault.of(e, "POST", ctx.path()).body());
            }
            return null;
        }));
    }

    /** The client's conversation when it sent one this server issued, else a new one (its id goes back in the answer). */
    private Conversation conversation(Context ctx, AskRequest req) {
        return bot.conversations().forApi(req.conversationId(), clientKey.of(ctx));
    }

    /** 200 {@code {"status": "ok", ...}}, or 503 {@code {"status": "degraded", "index": "<what is wrong>"}} while rebuilding. */
    private void health(Context ctx) {
        IndexHealth index = bot.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", index.ok() ? "ok" : "degraded");
        body.put("mode", bot.mode());
        body.put("articles", index.articles());
        if (!index.ok()) body.put("index", index.problem());
        body.put("indexVersion", index.version());
        var state = bot.state().health(); // degraded state still answers (from local memory): not a 503
        body.put("state", state.status());
        body.put("stateStore", state.store());
        ctx.status(index.ok() ? 200 : 503).json(body);
    }

    private List<Map<String, Object>> sources() {
        return bot.corpus().articles().stream().map(AskRoutes::describe).toList();
    }

    private static Map<String, Object> describe(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docId", a.docId());
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("author", a.author());
        m.put("date", a.date());
        m.put("url", a.url());
        m.put("attribution", a.attribution());
        return m;
    }
}
