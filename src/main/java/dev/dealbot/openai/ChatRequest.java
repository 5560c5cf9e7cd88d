package dev.dealbot.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.AskRequest;
import dev.dealbot.http.SourcesBlock;
import dev.dealbot.question.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated Chat Completions request: the last user message is the question (checked exactly like
 * {@code /api/ask}'s), earlier user/assistant pairs are the conversation so far, system and developer messages are
 * ignored (the bot's rules are not the caller's to change). Features dealbot does not offer (tools, several choices,
 * images, audio, JSON output, log-probabilities) are refused with a 400 naming the parameter; other sampling
 * parameters are accepted and have no effect (answers are fixed by the articles).
 *
 * @param history the earlier turns, oldest first, at most {@code maxTurns}, clipped like server-side conversations
 */
record ChatRequest(String question, List<Turn> history, boolean stream) {
    static final String MODEL = "dealbot";
    static final int MAX_MESSAGES = 200;
    /** Only the start of an earlier turn is kept, as for conversations kept on the server. */
    static final int MAX_TURN_QUESTION_CHARS = 500;
    static final int MAX_TURN_ANSWER_CHARS = 1_000;

    static ChatRequest from(JsonNode root, int maxQuestionChars, int maxTurns) {
        if (root == null || !root.isObject())
            throw OpenAiError.invalid(null, "invalid_json", "the body must be a JSON object like {\"model\": \"dealbot\", "
                    + "\"messages\": [{\"role\": \"user\", \"content\": \"...\"}]}");
        checkModel(root.get("model"));
        checkUnsupported(root);
        boolean stream = flag(root, "stream");
        JsonNode messages = root.get("messages");
        if (messages == null || messages.isNull())
            throw OpenAiError.invalid("messages", "missing_required_parameter", "messages is required: send "
                    + "[{\"role\": \"user\", \"content\": \"your question\"}]");
        if (!messages.isArray()) throw OpenAiError.invalid("messages", "invalid_type", "messages must be an array");
        if (messages.isEmpty())
            throw OpenAiError.invalid("messages", "empty_array", "messages must not be empty: the last user message is the question");
        if (messages.size() > MAX_MESSAGES)
            throw OpenAiError.invalid("messages", "too_many_messages", "messages may hold at most " + MAX_MESSAGES
                    + " entries, got " + messages.size() + "; send only the recent part of the conversation");
        List<Message> list = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) list.add(Message.of(messages.get(i), "messages[" + i + "]"));
        Message last = list.getLast();
        if (!last.role().equals("user"))
            throw OpenAiError.invalid("messages[" + (list.size() - 1) + "].role", "invalid_value",
                    "the last message must be the user's question (role \"user\"), not \"" + last.role() + "\"");
        String question;
        try {
            question = AskRequest.of(TextNode.valueOf(last.text()), null, maxQuestionChars).question();
        } catch (ApiException e) {
            throw OpenAiError.invalid("messages[" + (list.size() - 1) + "].content", e.body().error(),
                    e.getMessage().replaceFirst("^question", "the question (the last user message)"));
        }
        return new ChatRequest(question, history(list.subList(0, list.size() - 1), maxTurns), stream);
    }

    private static void checkModel(JsonNode model) {
        if (model == null || model.isNull())
            throw OpenAiError.invalid("model", "missing_required_parameter", "model is required: use \"dealbot\"");
        if (!model.isTextual()) throw OpenAiError.invalid("model", "invalid_type", "model must be a string: use \"dealbot\"");
        if (!model.textValue().equals(MODEL))
            throw new OpenAiError(404, OpenAiError.INVALID_REQUEST, "model_not_found", "model",
                    "this server has one model, \"dealbot\"; the model you asked for does not exist here");
    }

    private static void checkUnsupported(JsonNode root) {
        if (nonEmpty(root.get("tools")) || nonEmpty(root.get("functions")))
            throw OpenAiError.unsupported(root.has("tools") ? "tools" : "functions", "tools and functions are not "
                    + "supported: dealbot answers questions about its news articles itself; remove tools/functions");
        JsonNode choice = root.has("tool_choice") ? root.get("tool_choice") : root.get("function_call");
        if (choice != null && !choice.isNull() && !(choice.isTextual() && choice.textValue().equals("none")))
            throw OpenAiError.unsupported(root.has("tool_choice") ? "tool_choice" : "function_call",
                    "tool calling is not supported; remove tool_choice/function_call");
        JsonNode n = root.get("n");
        if (n != null && !n.isNull() && !(n.isIntegralNumber() && n.asLong() == 1))
            throw OpenAiError.unsupported("n", "n must be 1: dealbot gives one answer per question (the articles "
                    + "fix it), so several choices are not supported");
        JsonNode format = root.get("response_format");
        if (format != null && !format.isNull() && !(format.path("type").isTextual() && format.path("type").textValue().equals("text")))
            throw OpenAiError.unsupported("response_format", "only text answers are supported; remove response_format "
                    + "(the structured citations are in the response's \"dealbot\" object)");
        if ((root.has("audio") && !root.get("audio").isNull()) || hasAudio(root.get("modalities")))
            throw OpenAiError.unsupported(root.has("audio") ? "audio" : "modalities", "audio is not supported; dealbot answers in text");
        if (flag(root, "logprobs") || (root.has("top_logprobs") && !root.get("top_logprobs").isNull()))
            throw OpenAiError.unsupported("logprobs", "log-probabilities are not supported; remove logprobs/top_logprobs");
    }

    private static boolean flag(JsonNode root, String name) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw OpenAiError.invalid(name, "invalid_type", name + " must be true or false");
        return v.booleanValue();
    }

    private static boolean nonEmpty(JsonNode v) {
        return v != null && !v.isNull() && !(v.isArray() && v.isEmpty());
    }

    private static boolean hasAudio(JsonNode modalities) {
        if (modalities == null || !modalities.isArray()) return false;
        for (JsonNode m : modalities) if (m.isTextual() && m.textValue().equals("audio")) return true;
        return false;
    }

    /** User/assistant pairs in order; an unanswered user message is a turn with no answer. */
    private static List<Turn> history(List<Message> earlier, int maxTurns) {
        List<Turn> turns = new ArrayList<>();
        String pending = null;
        for (Message m : earlier) {
            if (m.role().equals("user")) {
                if (pending != null) turns.add(turn(pending, ""));
                pending = m.text();
            } else if (m.role().equals("assistant")) {
                turns.add(turn(pending == null ? "" : pending, SourcesBlock.strip(m.text())));
                pending = null;
            }
        }
        if (pending != null) turns.add(turn(pending, ""));
        return List.copyOf(turns.subList(Math.max(0, turns.size() - maxTurns), turns.size()));
    }

    private static Turn turn(String question, String answer) {
        return new Turn(clip(question, MAX_TURN_QUESTION_CHARS), clip(answer, MAX_TURN_ANSWER_CHARS));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
