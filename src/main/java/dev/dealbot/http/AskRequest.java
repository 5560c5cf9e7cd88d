package dev.dealbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.helper.Text;
import dev.dealbot.helper.Validate;
import dev.dealbot.helper.ValidationException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated {@code {"question": "...", "conversationId": "...", "cache": true}} body; every rejection names the
 * field.
 *
 * @param cache false answers afresh, neither reading nor keeping a cached answer (e.g. for evaluation runs)
 */
public record AskRequest(String question, String conversationId, boolean cache) {
    private static final Pattern JSON_TYPE = Pattern.compile("application/json\\s*(;.*)?");
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** What every channel says about a question with nothing readable in it. */
    public static final String EMPTY_QUESTION = "question must not be blank: it has no readable text (only spaces, invisible "
            + "characters or lone accent marks); ask in words";

    /** Reads and checks the body of {@code ctx}: JSON content type, size, shape, then each field. */
    public static AskRequest from(Context ctx, ObjectMapper json, int maxQuestionChars) {
        String type = ctx.contentType();
        if (type == null || !JSON_TYPE.matcher(type.toLowerCase(Locale.ROOT)).matches())
            throw new ApiException(415, "unsupported_media_type",
                    "send the question as JSON with the header Content-Type: application/json");
        byte[] body = ctx.bodyAsBytes(); // enforces the configured maximum request size (413)
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "the body is not valid JSON (or not UTF-8): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ApiException(400, "bad_json", "the body could not be read as JSON");
        }
        if (root == null || !root.isObject())
            throw new ApiException(400, "bad_json", "the body must be a JSON object like {\"question\": \"...\"}");
        AskRequest req = of(root.get("question"), root.get("conversationId"), maxQuestionChars);
        JsonNode cache = root.get("cache");
        if (cache == null || cache.isNull()) return req;
        if (!cache.isBoolean())
            throw new ApiException(400, "invalid_cache", "cache must be true or false (false answers afresh, bypassing "
                    + "the answer cache)");
        return new AskRequest(req.question(), req.conversationId(), cache.booleanValue());
    }

    /** Checks the two fields as {@code /api/ask} does (also for other APIs that carry a question). */
    public static AskRequest of(JsonNode questionNode, JsonNode conversationNode, int maxQuestionChars) {
        try {
            if (questionNode == null || questionNode.isNull())
                throw new ValidationException("question", "question is required: send {\"question\": \"...\"}");
            if (!questionNode.isTextual()) throw new ValidationException("question", "question must be a string");
            String question = Text.clean(questionNode.textValue());
            Validate.wellFormedText(question, "question");
            if (Text.isEmpty(question)) throw new ApiException(400, "empty_question", EMPTY_QUESTION);
            Validate.maxLength(question, maxQuestionChars, "question");
            String conversationId = null;
            if (conversationNode != null && !conversationNode.isNull()) {
                if (!conversationNode.isTextual())
                    throw new ValidationException("conversationId", "conversationId must be a string");
                conversationId = conversationNode.textValue();
                if (!CONVERSATION_ID.matcher(conversationId).matches())
                    throw new ValidationException("conversationId", "conversationId must be 1 to 100 letters, digits, "
                            + "'.', '_', ':' or '-' (omit it to start a new conversation)");
            }
            return new AskRequest(question, conversationId, true);
        } catch (ValidationException e) {
            throw new ApiException(400, "invalid_" + e.field().replace("conversationId", "conversation_id"), e.getMessage());
        }
    }
}
