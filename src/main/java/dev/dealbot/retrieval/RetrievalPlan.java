package dev.dealbot.retrieval;

import dev.dealbot.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * What to search for a question: the question itself, plus one search per side of a comparison, per sub-question
 * of a question that asks two things (each sub-question's own plan: its sides and premise too), and for a yes/no
 * question that claims a figure, the question without it (to find what the articles say instead). Each search is a
 * part of the question as analysed.
 */
public record RetrievalPlan(Probe question, List<Probe> sides, List<RetrievalPlan> parts, Probe premise) {
    public RetrievalPlan {
        sides = List.copyOf(sides);
        parts = List.copyOf(parts);
    }

    /** The search for each sub-question itself. */
    public List<Probe> facets() {
        return parts.stream().map(RetrievalPlan::question).toList();
    }

    public List<Probe> all() {
        List<Probe> out = new ArrayList<>();
        out.add(question);
        out.addAll(sides);
        for (RetrievalPlan part : parts) out.addAll(part.all());
        if (premise != null) out.add(premise);
        return out;
    }

    public static RetrievalPlan of(Question q) {
        return of(q, Probe.Role.QUESTION);
    }

    private static RetrievalPlan of(Question q, Probe.Role role) {
        List<Probe> sides = new ArrayList<>();
        List<RetrievalPlan> parts = new ArrayList<>();
        for (Question side : q.sides()) sides.add(new Probe(Probe.Role.SIDE, side.query()));
        for (Question facet : q.facets()) parts.add(of(facet, Probe.Role.FACET));
        Probe premise = q.premise() == null ? null : new Probe(Probe.Role.PREMISE, q.premise().query());
        return new RetrievalPlan(new Probe(role, q.query()), sides, parts, premise);
    }
}
