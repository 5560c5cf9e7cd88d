package dev.dealbot.retrieval;

import java.util.List;

/** What retrieval found for a query, best first. */
public record Retrieval(Query query, List<Hit> hits) {
    public Retrieval {
        hits = List.copyOf(hits);
    }
}
