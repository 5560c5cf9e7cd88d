package dev.dealbot.answer;

import dev.dealbot.question.Turn;
import java.util.List;

/**
 * The conversation a question belongs to, as its channel obtained it: the earlier turns the answerer sees, and
 * where the new turn is recorded. Server-side state lives behind this (dev.dealbot.conversation); a caller that
 * sends its own history uses {@link #given}.
 */
public interface Conversation {
    /** What the client sends back to continue (the answer's {@code conversationId}); null when nothing is kept. */
    String id();

    /** The earlier turns, oldest first. */
    List<Turn> history();

    /** Keeps {@code turn} for the next question (a no-op when nothing is kept). */
    void record(Turn turn);

    /** No server-side state: {@code history} as the caller sent it (e.g. earlier chat messages), nothing kept. */
    static Conversation given(List<Turn> history) {
        List<Turn> turns = List.copyOf(history);
        return new Conversation() {
            @Override
            public String id() {
                return null;
            }

            @Override
            public List<Turn> history() {
                return turns;
            }

            @Override
            public void record(Turn turn) {}
        };
    }

    /** A single question with no context and nothing kept (CLI {@code ask}, slash commands, evaluation runs). */
    static Conversation none() {
        return given(List.of());
    }
}
