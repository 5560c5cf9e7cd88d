package dev.dealbot.answer;

import dev.dealbot.config.LlmSettings;
import dev.dealbot.config.Secrets;
import dev.dealbot.retrieval.HybridRetriever;

/** Placeholder while the LangChain4j answerer is written. */
public final class LlmAnswerer {
    private LlmAnswerer() {}

    public static Answerer create(LlmSettings settings, Secrets secrets, HybridRetriever retriever, ExtractiveAnswerer fallback) {
        return fallback;
    }
}
