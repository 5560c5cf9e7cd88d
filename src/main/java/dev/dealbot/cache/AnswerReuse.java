package dev.dealbot.cache;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.AnswerMemory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The answer cache's rules and figures, whatever the store: an answer is kept only when it is not degraded (a model
 * answer that failed the grounding check, or a model that failed, is never kept); hits, misses, bypasses and the
 * answering time saved are counted for {@code /metrics}. One per process; {@link #forIndex} gives each index
 * version's {@link AnswerMemory}.
 */
public final class AnswerReuse {
    private final AnswerCache store;
    private final boolean off;
    private final String mode;
    private final String model;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder kept = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder savedNanos = new LongAdder();
    private final Map<String, LongAdder> bypassed = new ConcurrentHashMap<>();

    public AnswerReuse(AnswerCache store, String mode, String model) {
        this.store = store;
        this.off = store == AnswerCache.OFF;
        this.mode = mode;
        this.model = model;
    }

    /** The memory of answers made from the index {@code indexVersion}. */
    public AnswerMemory forIndex(String indexVersion) {
        return new AnswerMemory() {
            @Override
            public Optional<Answer> recall(String question) {
                if (off) return Optional.empty(); // not even the key: nothing to look up
                Optional<CachedAnswer> hit = store.get(AnswerKey.of(question, mode, model, indexVersion));
                if (hit.isEmpty()) {
                    misses.increment();
                    return Optional.empty();
                }
                hits.increment();
                savedNanos.add(hit.get().costNanos());
                return Optional.of(hit.get().answer());
            }

            @Override
            public void keep(String question, Answer answer, long costNanos) {
                if (off) return;
                if (answer.degraded()) {
                    refused.increment();
                    return;
                }
                kept.increment();
                store.put(AnswerKey.of(question, mode, model, indexVersion),
                        new CachedAnswer(answer.withConversationId(null).withAnswerId(null), costNanos));
            }

            @Override
            public void bypassed(String why) {
                bypassed.computeIfAbsent(why, w -> new LongAdder()).increment();
            }
        };
    }

    /** Forgets every kept answer: called when a new index is swapped in. */
    public void clear() {
        store.clear();
    }

    /** Answers kept now. */
    public long size() {
        return store.size();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long bypassed(String why) {
        LongAdder n = bypassed.get(why);
        return n == null ? 0 : n.sum();
    }

    /** {@code dealbot_answer_cache_*}: lookups by result, hit ratio, answers kept or refused, entries, seconds saved. */
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("dealbot.answer.cache.lookups", hits, LongAdder::sum).tag("result", "hit")
                .description("First-turn questions looked up in the answer cache").register(registry);
        FunctionCounter.builder("dealbot.answer.cache.lookups", misses, LongAdder::sum).tag("result", "miss")
                .description("First-turn questions looked up in the answer cache").register(registry);
        Gauge.builder("dealbot.answer.cache.hit.ratio", this, r -> ratio(r.hits(), r.misses()))
                .description("Share of answer cache lookups that were hits, since start").register(registry);
        FunctionCounter.builder("dealbot.answer.cache.saved.seconds", savedNanos, n -> n.sum() / 1e9)
                .description("Answering time saved by cache hits (what the kept answers took to make)").register(registry);
        FunctionCounter.builder("dealbot.answer.cache.stores", kept, LongAdder::sum).tag("result", "kept")
                .description("Fresh first-turn answers offered to the cache").register(registry);
        FunctionCounter.builder("dealbot.answer.cache.stores", refused, LongAdder::sum).tag("result", "degraded")
                .description("Fresh first-turn answers offered to the cache").register(registry);
        for (String why : new String[] {"opt_out", "follow_up"})
            FunctionCounter.builder("dealbot.answer.cache.bypassed", this, r -> r.bypassed(why)).tag("reason", why)
                    .description("Questions answered without the cache").register(registry);
        Gauge.builder("dealbot.answer.cache.entries", store, AnswerCache::size)
                .description("Answers kept now").register(registry);
    }

    private static double ratio(long hits, long misses) {
        long all = hits + misses;
        return all == 0 ? 0 : (double) hits / all;
    }
}
