package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/**
 * Answers and query embeddings kept for reuse (see {@code dev.dealbot.cache}).
 *
 * @param answers first-turn answers kept at most (0 turns the answer cache off)
 * @param answerMegabytes heap budget of the kept answers together
 * @param embeddings query embeddings kept at most (0 turns the embedding cache off)
 */
public record CacheSettings(int answers, int answerMegabytes, int embeddings) {
    public static final CacheSettings DEFAULTS = new CacheSettings(5_000, 16, 2_000);

    public CacheSettings {
        Validate.inRange(answers, 0, 1_000_000, "cache.answers");
        Validate.inRange(answerMegabytes, 1, 4096, "cache.answerMegabytes");
        Validate.inRange(embeddings, 0, 1_000_000, "cache.embeddings");
    }
}
