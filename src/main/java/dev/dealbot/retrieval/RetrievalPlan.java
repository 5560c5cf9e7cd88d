package dev.dealbot.retrieval;

import dev.dealbot.question.Comparison;
import dev.dealbot.question.Question;
import dev.dealbot.question.QueryMaker;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to search for a question: the question itself, plus one search per side of a comparison, per sub-question
 * of a question that asks two things, and for a yes/no question that claims a figure, the question without it
 * (to find what the articles say instead).
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

    public static RetrievalPlan of(Question q, QueryMaker queries, Names names) {
        Probe main = new Probe(Probe.Role.QUESTION, q.query());
        List<Probe> sides = new ArrayList<>(), facets = new ArrayList<>();
        Comparison c = q.comparison();
        if (c != null) for (String side : Sides.complete(c.sides(), names)) sides.add(new Probe(Probe.Role.SIDE, queries.make(side)));
        else for (var facet : q.facets()) facets.add(new Probe(Probe.Role.FACET, queries.make(facet.text())));
        Probe premise = null;
        if (q.yesNo() && !q.figures().isEmpty() && c == null) {
            String without = q.english();
            for (Figure f : q.figures()) without = without.replace(f.text(), " ");
            premise = new Probe(Probe.Role.PREMISE, queries.make(without.replaceAll("\\s+", " ").strip()));
        }
        return new RetrievalPlan(main, sides, facets, premise);
    }

    /** The two sides as search text: a side that only names a party takes the other side's words too. */
    static final class Sides {
        private Sides() {}

        static List<String> complete(List<String> sides, Names names) {
            String a = sides.get(0), b = sides.get(1);
            return List.of(onlyNames(a, names) ? a + " " + withoutNames(b, names) : a,
                    onlyNames(b, names) ? b + " " + withoutNames(a, names) : b);
        }

        private static boolean onlyNames(String side, Names names) {
            for (String w : side.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                if (!w.isEmpty() && !names.known(w) && !w.matches("the|a|an|did|does|do|of|in|to|for|with|s")) return false;
            return true;
        }

        private static String withoutNames(String side, Names names) {
            StringBuilder out = new StringBuilder();
            for (String w : side.split("\\s+")) if (!names.known(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))) out.append(w).append(' ');
            return out.toString().strip();
        }
    }
}
