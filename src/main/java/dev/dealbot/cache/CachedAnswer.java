package dev.dealbot.cache;

import dev.dealbot.answer.Answer;

/**
 * A kept answer, without the conversation and answer ids of the request that made it.
 *
 * @param costNanos what making it took, counted as saved on every reuse
 */
public record CachedAnswer(Answer answer, long costNanos) {
    /** Rough heap size: the texts as UTF-16 plus a fixed overhead per object, for the cache's byte budget. */
    int weight(AnswerKey key) {
        long chars = key.id().length() + length(answer.answer());
        for (var c : answer.citations())
            chars += length(c.quote()) + length(c.title()) + length(c.url()) + length(c.source()) + length(c.date()) + 64;
        for (var c : answer.conflicts()) chars += length(c.summary()) + 64;
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars + 512);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
