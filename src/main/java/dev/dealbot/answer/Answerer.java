package dev.dealbot.answer;

import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import java.util.function.Consumer;

/** Writes a draft answer from the evidence retrieved for an analysed question; it never searches itself. */
public interface Answerer {
    /**
     * The draft. An answerer that produces text piece by piece (a language model) sends the pieces to {@code live}
     * as they come; when nothing was sent, the caller streams the final, checked text.
     */
    Draft draft(Question question, Evidence evidence, Consumer<String> live);
}
