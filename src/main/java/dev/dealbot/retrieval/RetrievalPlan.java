package dev.dealbot.retrieval;

import dev.dealbot.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * What to search for a question: the question itself, plus one search per side of a comparison, per sub-question
 * of a question that asks two things, and for a yes/no question that claims a figure, the question without it (to
 * find what the articles say instead). Each search is a part of the question as analysed.
 */
public record RetrievalPlan(Probe question, List<Probe> sides, List<Probe> facets, Probe premise) {
    public RetrievalPlan {
        sides = List.copyOf(sides);
        facets = List.copyOf(facets);
    }

    public List<Probe> all() {
        List<Probe> out = new ArrayList<>();
        out.add(question);
        out.addAll(sides);
        out.addAll(facets);
        if (premise != null) out.add(premise);
        return out;
    }

    public static RetrievalPlan of(Question q) {
        List<Probe> sides = new ArrayList<>(), facets = new ArrayList<>();
        for (Question side : q.sides()) sides.add(new Probe(Probe.Role.SIDE, side.query()));
        for (Question facet : q.facets()) facets.add(new Probe(Probe.Role.FACET, facet.query()));
        Probe premise = q.premise() == null ? null : new Probe(Probe.Role.PREMISE, q.premise().query());
        return new RetrievalPlan(new Probe(Probe.Role.QUESTION, q.query()), sides, facets, premise);
    }
}
