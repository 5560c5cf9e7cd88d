package dev.dealbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.corpus.Article;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code POST /api/ask}, {@code POST /api/ask/stream}, {@code GET /api/sources}, {@code GET /health}, {@code GET /metrics}. */
final class AskRoutes {
    private final Dealbot bot;
    private final ObjectMapper json;
    private final Metrics metrics;
    private final int maxQuestionChars;
    private final List<Map<String, Object>> sources;
    private final ClientKey clientKey;

    AskRoutes(Dealbot bot, ObjectMapper json, Metrics metrics) {
        this.bot = bot;
        this.json = json;
        this.metrics = metrics;
        this.maxQuestionChars = bot.settings().config().server().maxQuestionChars();
        this.sources = bot.corpus().articles().stream().map(AskRoutes::describe).toList();
        this.clientKey = new ClientKey(bot.settings().config().widget().trustedProxies());
    }

    void addTo(JavalinConfig config) {
        config.routes.post("/api/ask", this::ask);
        config.routes.post("/api/ask/stream", this::stream);
        config.routes.get("/api/sources", ctx -> ctx.json(Map.of("sources", sources)));
        config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "mode", bot.mode(), "articles", sources.size())));
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    private void ask(Context ctx) {
        AskRequest req = AskRequest.from(ctx, json, maxQuestionChars);
        long start = System.nanoTime();
        Answer answer = bot.asker().ask(req.question(), conversation(ctx, req));
        metrics.answered(answer, System.nanoTime() - start);
        ctx.json(answer);
    }

    /** The same answer as SSE: {@code token} events with text pieces, then one {@code done} event with the answer JSON. */
    private void stream(Context ctx) throws Exception {
        AskRequest req = AskRequest.from(ctx, json, maxQuestionChars); // validate before the response is committed
        Sse sse = new Sse(ctx, json);
        long start = System.nanoTime();
        try {
            Answer answer = bot.asker().stream(req.question(), conversation(ctx, req),
                    piece -> sse.send("token", Map.of("text", piece)));
            metrics.answered(answer, System.nanoTime() - start);
            sse.send("done", answer);
        } catch (RuntimeException e) {
            HttpApi.LOG.error("streamed answer failed", e);
            sse.send("error", new ApiError("internal", "the answer could not be completed; please retry"));
        }
    }

    /** The client's conversation when it sent one this server issued, else a new one (its id goes back in the answer). */
    private Conversation conversation(Context ctx, AskRequest req) {
        return bot.conversations().forApi(req.conversationId(), clientKey.of(ctx));
    }

    private static Map<String, Object> describe(Article a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
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
