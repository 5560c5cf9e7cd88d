package dev.dealbot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.index.Embedder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The caches' bounds and keys, without a server. */
class AnswerCacheBoundsTest {
    static Answer answer(String text, int quoteChars) {
        Citation c = new Citation(1, "doc", "Title", "Source", "https://example.com", "2026-04-27", "q".repeat(quoteChars), 0);
        return new Answer(text, true, List.of(c), null, "extractive", false, List.of(), null, null);
    }

    @Test
    void theCountBoundHoldsForSmallAnswers() {
        LocalAnswerCache cache = new LocalAnswerCache(10, 1 << 20);
        for (int i = 0; i < 200; i++) cache.put(AnswerKey.of("question " + i, "extractive", null, "v1"), new CachedAnswer(answer("a" + i, 10), 1));
        assertTrue(cache.size() <= 10, "entries: " + cache.size());
    }

    @Test
    void theByteBoundHoldsForLargeAnswers() {
        long budget = 200_000;
        LocalAnswerCache cache = new LocalAnswerCache(1_000, budget);
        for (int i = 0; i < 200; i++) cache.put(AnswerKey.of("question " + i, "extractive", null, "v1"), new CachedAnswer(answer("a" + i, 10_000), 1));
        assertTrue(cache.weight() <= budget, "weight: " + cache.weight());
        assertTrue(cache.size() < 20, "about 20 KB each in a 200 KB budget: " + cache.size());
    }

    @Test
    void keysIgnoreCaseSpacingPunctuationAndUnicodeFormButNotModeModelOrIndex() {
        AnswerKey key = AnswerKey.of("What changed?", "extractive", null, "v1");
        assertEquals(key, AnswerKey.of("  WHAT\tchanged ", "extractive", null, "v1"));
        assertEquals(key, AnswerKey.of("Ｗhat　changed？", "extractive", null, "v1"), "full-width forms (NFKC)");
        assertTrue(!key.equals(AnswerKey.of("What changed?", "openai", "gpt-x", "v1")));
        assertTrue(!key.equals(AnswerKey.of("What changed?", "extractive", null, "v2")));
        assertEquals("does openai pay 20% of $2.5 billion", AnswerKey.normalise("Does OpenAI pay 20% of $2.5 billion?"),
                "figures keep their decimal point and percent sign");
    }

    @Test
    void aDegradedAnswerIsNeverKept() {
        LocalAnswerCache store = new LocalAnswerCache(10, 1 << 20);
        var memory = new AnswerReuse(store, "openai", "m").forIndex("v1");
        memory.keep("q", answer("fallback", 10).asDegraded(), 1);
        assertEquals(0, store.size());
        memory.keep("q", answer("grounded", 10), 1);
        assertEquals("grounded", memory.recall("Q?").orElseThrow().answer());
    }

    @Test
    void aRepeatedQueryIsEmbeddedOnceAndCallersGetTheirOwnCopy() {
        AtomicInteger calls = new AtomicInteger();
        Embedder model = new Embedder() {
            @Override
            public float[] embed(String text) {
                calls.incrementAndGet();
                return new float[] {text.length(), 1};
            }

            @Override
            public String modelId() {
                return "counting";
            }
        };
        Embedder cached = QueryEmbeddings.of(model, 100);
        float[] first = cached.embedQuery("until when is the licence?");
        first[0] = -1; // a caller scribbling on its vector does not change the cached one
        float[] second = cached.embedQuery("until when is the licence?");
        assertEquals(1, calls.get());
        assertArrayEquals(new float[] {26, 1}, second);
        assertNotSame(first, second);
    }
}
