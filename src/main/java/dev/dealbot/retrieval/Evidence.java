package dev.dealbot.retrieval;

import dev.dealbot.index.Passage;
import java.util.List;
import java.util.Map;

/**
 * Everything retrieved for a question: the candidate sentences of each probe of the plan, and the passages an
 * LLM is shown (the question's best, then the best of each other probe).
 */
public record Evidence(RetrievalPlan plan, Map<Probe, List<Candidate>> candidates, List<Passage> passages) {
    public Evidence {
        candidates = Map.copyOf(candidates);
        passages = List.copyOf(passages);
    }

    /** What was retrieved for the {@code i}th sub-question, as evidence of its own. */
    public Evidence part(int i) {
        return new Evidence(plan.parts().get(i), candidates, passages);
    }

    public List<Candidate> of(Probe probe) {
        return probe == null ? List.of() : candidates.getOrDefault(probe, List.of());
    }
}
