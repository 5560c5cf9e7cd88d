package dev.dealbot.answer;

import java.util.List;

/**
 * An answer as every channel sees it; serialised as the {@code POST /api/ask} JSON.
 *
 * @param mode which answerer produced it: {@code extractive}, {@code openai}, {@code ollama}, ...
 * @param degraded the configured LLM failed and the extractive answer stands in
 * @param conflicts points of the answer on which the articles disagree (empty when they agree)
 * @param reason why it is not answered; null when answered
 * @param answerId this answer's id, for feedback about it; null until the pipeline issues one
 */
public record Answer(String answer, boolean answered, List<Citation> citations, String conversationId, String mode,
        boolean degraded, List<Conflict> conflicts, Reason reason, String answerId) {
    public Answer {
        citations = List.copyOf(citations);
        conflicts = List.copyOf(conflicts);
    }

    /** What the bot says when the articles don't answer an on-topic question. */
    public static final String NOT_ANSWERED = "The articles don't say. I can only answer from the news articles about "
            + "the April 2026 revision of the Microsoft–OpenAI partnership.";

    public static Answer notAnswered(String mode, Reason reason, String message) {
        return new Answer(message, false, List.of(), null, mode, false, List.of(), reason, null);
    }

    public static Answer notAnswered(String mode) {
        return notAnswered(mode, Reason.NOT_IN_ARTICLES, NOT_ANSWERED);
    }

    public Answer withConversationId(String id) {
        return new Answer(answer, answered, citations, id, mode, degraded, conflicts, reason, answerId);
    }

    public Answer withAnswerId(String id) {
        return new Answer(answer, answered, citations, conversationId, mode, degraded, conflicts, reason, id);
    }

    public Answer asDegraded() {
        return new Answer(answer, answered, citations, conversationId, mode, true, conflicts, reason, answerId);
    }
}
