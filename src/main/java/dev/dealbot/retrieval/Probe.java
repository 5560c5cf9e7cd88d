package dev.dealbot.retrieval;

import dev.dealbot.question.Query;

/**
 * One search of a retrieval plan.
 *
 * @param role what it looks for: the question, a side of a comparison, a sub-question, or the question without
 *     the figure it claims (to check a premise)
 */
public record Probe(Role role, Query query) {
    public enum Role { QUESTION, SIDE, FACET, PREMISE }
}
