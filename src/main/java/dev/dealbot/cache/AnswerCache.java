package dev.dealbot.cache;

import java.util.Optional;

/**
 * Where first-turn answers are kept: this process's memory ({@link LocalAnswerCache}) or a store shared by replicas.
 * Implementations are safe for concurrent use, bounded, and never fail a request: a store that cannot answer misses.
 */
public interface AnswerCache {
    Optional<CachedAnswer> get(AnswerKey key);

    void put(AnswerKey key, CachedAnswer answer);

    /** Forgets every kept answer (the index was swapped; keys of the old version would never be asked again). */
    void clear();

    /** Answers kept now, for {@code /metrics}; -1 when the store cannot tell cheaply. */
    long size();

    /** Keeps nothing: the answer cache is off. */
    AnswerCache OFF = new AnswerCache() {
        @Override
        public Optional<CachedAnswer> get(AnswerKey key) {
            return Optional.empty();
        }

        @Override
        public void put(AnswerKey key, CachedAnswer answer) {}

        @Override
        public void clear() {}

        @Override
        public long size() {
            return 0;
        }
    };
}
