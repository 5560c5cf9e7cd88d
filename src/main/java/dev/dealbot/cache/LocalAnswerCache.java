package dev.dealbot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Answers kept in this process's memory, bounded both by count and by bytes: every entry weighs at least one
 * "slot" ({@code maxBytes / maxEntries}), so the byte budget also caps the count. Caffeine evicts by frequency
 * and recency (W-TinyLFU), so the often asked questions stay while one-off questions pass through.
 */
public final class LocalAnswerCache implements AnswerCache {
    private final Cache<AnswerKey, CachedAnswer> cache;

    public LocalAnswerCache(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < maxEntries) throw new IllegalArgumentException("need maxBytes >= maxEntries >= 1");
        long slot = maxBytes / maxEntries;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<AnswerKey, CachedAnswer>weigher((key, value) -> (int) Math.max(slot, value.weight(key)))
                .executor(Runnable::run) // evict on the caller's thread: the bound holds when put returns
                .build();
    }

    @Override
    public Optional<CachedAnswer> get(AnswerKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void put(AnswerKey key, CachedAnswer answer) {
        cache.put(key, answer);
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** The weight now held (bytes, each entry at least one slot), for tests of the bound. */
    long weight() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
