package dev.dealbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.Dealbot;
import dev.dealbot.helper.Text;
import dev.dealbot.helper.Validate;
import dev.dealbot.helper.ValidationException;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.ClientKey;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.limit.RateLimiter;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code POST /api/feedback {"conversationId", "answerId", "rating": "up"|"down", "comment"?}}: a reader's rating of an
 * answer this server gave in that conversation. Rate limited per client, the comment capped; the answer must be
 * one of the recent ones ({@link AnswerLog}). The reply is only {@code {"recorded": true}}: nothing stored is ever
 * returned to any client.
 */
public final class FeedbackRoutes implements Consumer<JavalinConfig> {
    public static final int MAX_COMMENT_CHARS = 1_000;
    static final int PER_MINUTE = 20;
    private static final Pattern JSON_TYPE = Pattern.compile("application/json\\s*(;.*)?");
    private static final Pattern ANSWER_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Set<String> FIELDS = Set.of("conversationId", "answerId", "rating", "comment");

    private final Dealbot bot;
    private final ClientKey clientKey;
    private final RateLimiter limiter;

    public FeedbackRoutes(Dealbot bot) {
        this.bot = bot;
        this.clientKey = new ClientKey(bot.settings().config().widget().trustedProxies());
        this.limiter = bot.rateLimiter("feedback", PER_MINUTE); // on top of the API's (or the widget's) request budget
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post("/api/feedback", this::feedback);
    }

    private void feedback(Context ctx) {
        String client = clientKey.of(ctx);
        long wait = limiter.acquire(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "rate_limited", "too much feedback from this client; please wait " + wait
                    + " second" + (wait == 1 ? "" : "s") + " and retry");
        }
        JsonNode body = body(ctx);
        String conversationId = text(body, "conversationId", CONVERSATION_ID, "1 to 100 letters, digits, '.', '_', ':' or '-'");
        String answerId = text(body, "answerId", ANSWER_ID, "the answerId of the answer being rated");
        JsonNode ratingNode = body.get("rating");
        Rating rating = ratingNode != null && ratingNode.isTextual() ? Rating.parse(ratingNode.textValue()) : null;
        if (rating == null) throw new ApiException(400, "invalid_rating", "rating must be \"up\" or \"down\"");
        String comment = comment(body.get("comment"));
        Served served = bot.answers().find(answerId).filter(s -> "api".equals(s.channel())
                && conversationId.equals(s.conversationId())).orElseThrow(() -> new ApiException(404, "unknown_answer",
                "no answer with this answerId in this conversation; feedback is taken for answers given in the last "
                        + AnswerLog.KEPT.toHours() + " hours"));
        Ratings.record(bot.feedbackStore(), ctx.appData(Metrics.KEY), served, client, rating, comment);
        ctx.json(Map.of("recorded", true));
    }

    private static JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !JSON_TYPE.matcher(type.toLowerCase(Locale.ROOT)).matches())
            throw new ApiException(415, "unsupported_media_type", "send the feedback as JSON with the header "
                    + "Content-Type: application/json");
        JsonNode root;
        try {
            root = HttpApi.JSON.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "the body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ApiException(400, "bad_json", "the body could not be read as JSON");
        }
        if (root == null || !root.isObject()) throw new ApiException(400, "bad_json", "the body must be a JSON object like "
                + "{\"conversationId\": \"...\", \"answerId\": \"...\", \"rating\": \"up\"}");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw new ApiException(400, "unknown_field", "unknown field '" + name
                    + "' (allowed: conversationId, answerId, rating, comment)");
        }
        return root;
    }

    private static String text(JsonNode body, String field, Pattern shape, String what) {
        JsonNode node = body.get(field);
        String code = "invalid_" + field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        if (node == null || node.isNull()) throw new ApiException(400, code, field + " is required");
        if (!node.isTextual() || !shape.matcher(node.textValue()).matches())
            throw new ApiException(400, code, field + " must be a string: " + what);
        return node.textValue();
    }

    private static String comment(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new ApiException(400, "invalid_comment", "comment must be a string");
        String comment = Text.clean(node.textValue());
        if (comment.length() > MAX_COMMENT_CHARS) throw new ApiException(400, "invalid_comment",
                "comment must be at most " + MAX_COMMENT_CHARS + " characters, got " + comment.length());
        try {
            Validate.wellFormedText(comment, "comment"); // no terminal escapes for whoever lists the feedback
        } catch (ValidationException e) {
            throw new ApiException(400, "invalid_comment", e.getMessage());
        }
        return comment.isEmpty() ? null : comment;
    }
}
