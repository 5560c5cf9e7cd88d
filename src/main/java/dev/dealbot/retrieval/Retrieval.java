package dev.dealbot.retrieval;

import java.util.List;

/** What retrieval found for a query, best first. */
public record Retrieval(Query query, List<Hit> hits) {
    public Retrieval {
        hits = List.copyOf(hits);
    }

    /** The best {@code n} hits. */
    public List<Hit> top(int n) {
        return hits.subList(0, Math.min(n, hits.size()));
    }
}
