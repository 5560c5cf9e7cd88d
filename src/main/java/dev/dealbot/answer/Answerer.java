package dev.dealbot.answer;

import dev.dealbot.retrieval.Retrieval;
import java.util.function.Consumer;

/** Writes a cited answer from retrieved passages. */
public interface Answerer {
    Answer answer(Question question, Retrieval retrieval);

    /** Like {@link #answer}, sending the answer text to {@code tokens} piece by piece as it is produced. */
    Answer stream(Question question, Retrieval retrieval, Consumer<String> tokens);
}
