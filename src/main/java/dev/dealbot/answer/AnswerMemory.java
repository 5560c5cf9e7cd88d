package dev.dealbot.answer;

import java.util.Optional;

/**
 * Where {@link Asker} keeps first-turn answers for reuse (see {@code dev.dealbot.cache}); one per index version.
 * Only questions with no conversation context come here: a follow-up's answer depends on the turns before it.
 */
public interface AnswerMemory {
    /** The kept answer to {@code question} (already cleaned), without conversation or answer id. */
    Optional<Answer> recall(String question);

    /** Offers a fresh answer that took {@code costNanos}; the memory decides whether it may be kept. */
    void keep(String question, Answer answer, long costNanos);

    /** A question that was not looked up, and why ({@code opt_out}, {@code follow_up}), for the metrics. */
    void bypassed(String why);

    /** Keeps nothing. */
    AnswerMemory NONE = new AnswerMemory() {
        @Override
        public Optional<Answer> recall(String question) {
            return Optional.empty();
        }

        @Override
        public void keep(String question, Answer answer, long costNanos) {}

        @Override
        public void bypassed(String why) {}
    };
}
