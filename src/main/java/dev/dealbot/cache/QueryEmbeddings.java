package dev.dealbot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dealbot.index.Embedder;

/**
 * An {@link Embedder} that remembers the vectors of recent texts: a follow-up's rewrite, a comparison's sub-queries
 * and repeated questions embed the same text again, and one embedding costs far more than everything else of a
 * query. Keyed by the exact text, so a vector is the model's own; bounded by count. Callers get a copy.
 */
public final class QueryEmbeddings implements Embedder {
    private final Embedder model;
    private final Cache<String, float[]> passages;
    private final Cache<String, float[]> queries;

    public QueryEmbeddings(Embedder model, int maxEntries) {
        this.model = model;
        this.passages = Caffeine.newBuilder().maximumSize(Math.max(1, maxEntries / 4)).executor(Runnable::run).build();
        this.queries = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    /** {@code model} itself when {@code maxEntries} is 0, else a remembering one. */
    public static Embedder of(Embedder model, int maxEntries) {
        return maxEntries == 0 ? model : new QueryEmbeddings(model, maxEntries);
    }

    @Override
    public float[] embed(String text) {
        return remembered(passages, text, false);
    }

    @Override
    public float[] embedQuery(String text) {
        return remembered(queries, text, true);
    }

    /** Not {@code Cache.get(key, fn)}: a 12 ms embedding must not hold a lock other keys may wait on. */
    private float[] remembered(Cache<String, float[]> cache, String text, boolean query) {
        float[] vector = cache.getIfPresent(text);
        if (vector == null) {
            vector = query ? model.embedQuery(text) : model.embed(text);
            cache.put(text, vector);
        }
        return vector.clone();
    }

    @Override
    public String modelId() {
        return model.modelId();
    }
}
