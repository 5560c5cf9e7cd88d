package dev.dealbot.answer;

import java.util.List;

/**
 * A user's question with the conversation so far.
 *
 * @param searchText what retrieval searched: the question, plus the previous question for follow-ups
 */
public record Question(String text, String searchText, List<Turn> history) {
    public Question {
        history = List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, text, List.of());
    }
}
