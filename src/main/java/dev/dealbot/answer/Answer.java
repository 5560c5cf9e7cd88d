package dev.dealbot.answer;

import java.util.List;

/**
 * An answer as every channel sees it; serialised as the {@code POST /api/ask} JSON.
 *
 * @param mode which answerer produced it: {@code extractive}, {@code openai}, {@code ollama}, ...
 * @param degraded the configured LLM failed and the extractive answer stands in
 */
public record Answer(String answer, boolean answered, List<Citation> citations, String conversationId, String mode,
        boolean degraded) {
    public Answer {
        citations = List.copyOf(citations);
    }

    public static final String NOT_ANSWERED = "The articles don't say. I can only answer from the five news articles "
            + "about the April 2026 revision of the Microsoft–OpenAI partnership.";

    public static Answer notAnswered(String mode) {
        return new Answer(NOT_ANSWERED, false, List.of(), null, mode, false);
    }

    public Answer withConversationId(String id) {
        return new Answer(answer, answered, citations, id, mode, degraded);
    }

    public Answer asDegraded() {
        return new Answer(answer, answered, citations, conversationId, mode, true);
    }
}
