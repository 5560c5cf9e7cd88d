package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/**
 * Retrieval and answering thresholds.
 *
 * @param passages how many fused passages an answerer sees
 * @param candidates how many hits each of BM25 and k-NN contribute before fusion
 * @param minRelevance below this combined sentence score the bot says the articles don't answer
 */
public record RetrievalSettings(int passages, int candidates, double minRelevance) {
    public RetrievalSettings {
        Validate.inRange(passages, 1, 50, "retrieval.passages");
        Validate.inRange(candidates, 1, 200, "retrieval.candidates");
        Validate.inRange(minRelevance, 0.0, 1.0, "retrieval.minRelevance");
    }
}
