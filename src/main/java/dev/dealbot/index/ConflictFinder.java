package dev.dealbot.index;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where sentences contradict each other, clause by clause:
 * <ul>
 *   <li>the same parties the same way round ("payments from OpenAI to Microsoft"), on the same point (shared topic
 *       words, alike in meaning), one clause saying the thing stops and the other that it continues — unless the
 *       stopping clause gives a date (a term that ends in 2030 does not contradict "continues until 2030");</li>
 *   <li>or the same parties on the same point giving different figures of one kind (percentages, sums, years) where
 *       neither states the other's figure.</li>
 * </ul>
 */
final class ConflictFinder {
    private ConflictFinder() {}

    static List<Facts.Conflict> find(List<SentenceInfo> sentences, Names names) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++)
            for (int j = i + 1; j < sentences.size(); j++) {
                SentenceInfo a = sentences.get(i), b = sentences.get(j);
                if (Facts.dot(a, b) < Facts.SAME_POINT_SIMILARITY) continue;
                for (ClauseInfo ca : a.clauses())
                    for (ClauseInfo cb : b.clauses()) {
                        if (!ca.direction().sameAs(cb.direction(), names)) continue;
                        if (polarityConflict(ca, cb)) pairs.add(new Pair(a, ca, b, cb, true));
                        else if (figureConflict(ca, cb)) pairs.add(new Pair(a, ca, b, cb, false));
                    }
            }
        return group(pairs, sentences, names);
    }

    private record Pair(SentenceInfo a, ClauseInfo ca, SentenceInfo b, ClauseInfo cb, boolean polarity) {}

    /** Enough of the same words about what stops or continues, or around the figures. */
    static boolean shareTopic(Set<String> a, Set<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        return shared.size() >= Facts.SAME_POINT_WORDS;
    }

    static boolean polarityConflict(ClauseInfo a, ClauseInfo b) {
        if (!a.polarity().opposes(b.polarity()) || !shareTopic(a.scope(), b.scope())) return false;
        ClauseInfo stopping = a.polarity() == Polarity.STOPS ? a : b;
        return stopping.figures().stream().noneMatch(f -> f.type() == Figure.Type.YEAR);
    }

    static boolean figureConflict(ClauseInfo a, ClauseInfo b) {
        if (a.polarity().opposes(b.polarity())) return false;
        for (Figure.Type type : List.of(Figure.Type.PERCENT, Figure.Type.MONEY, Figure.Type.YEAR)) {
            List<Figure> fa = a.figures().stream().filter(f -> f.type() == type).toList();
            List<Figure> fb = b.figures().stream().filter(f -> f.type() == type).toList();
            if (fa.size() != 1 || fb.size() != 1 || fa.get(0).sameAs(fb.get(0))) continue;
            if (shareTopic(near(a, fa.get(0)), near(b, fb.get(0)))) return true;
        }
        return false;
    }

    /** The words around a figure of a clause (figure offsets are clause offsets, tokens sentence offsets). */
    private static Set<String> near(ClauseInfo c, Figure f) {
        int base = c.tokens().isEmpty() ? 0 : c.tokens().get(0).start() - c.text().indexOf(c.tokens().get(0).surface());
        String padded = " ".repeat(base) + c.text();
        return SentenceTable.topicNear(padded, c.tokens(), c.names(), base + f.start(), base + f.end(), FIGURE_REACH);
    }

    /** Words this close to a figure say what it measures. */
    static final int FIGURE_REACH = 4;

    /** Pairs on one point form one conflict; every sentence on that point with the same direction joins its side. */
    private static List<Facts.Conflict> group(List<Pair> pairs, List<SentenceInfo> sentences, Names names) {
        List<Facts.Conflict> out = new ArrayList<>();
        List<Pair> left = new ArrayList<>(pairs);
        while (!left.isEmpty()) {
            Pair seed = left.remove(0);
            List<SentenceInfo> one = new ArrayList<>(List.of(seed.a())), other = new ArrayList<>(List.of(seed.b()));
            ClauseInfo oneClause = seed.ca(), otherClause = seed.cb();
            for (SentenceInfo s : sentences) {
                if (one.contains(s) || other.contains(s)) continue;
                for (ClauseInfo c : s.clauses()) {
                    if (onPoint(c, oneClause, names) && agrees(c, oneClause, seed.polarity()) && !agrees(c, otherClause, seed.polarity())) {
                        one.add(s);
                        break;
                    }
                    if (onPoint(c, otherClause, names) && agrees(c, otherClause, seed.polarity()) && !agrees(c, oneClause, seed.polarity())) {
                        other.add(s);
                        break;
                    }
                }
            }
            left.removeIf(p -> (one.contains(p.a()) || other.contains(p.a())) && (one.contains(p.b()) || other.contains(p.b())));
            out.add(new Facts.Conflict(out.size() + 1, List.copyOf(one), List.copyOf(other), seed.polarity(),
                    says(oneClause, otherClause, seed.polarity()), says(otherClause, oneClause, seed.polarity())));
        }
        return List.copyOf(out);
    }

    private static boolean onPoint(ClauseInfo c, ClauseInfo side, Names names) {
        return c.direction().sameAs(side.direction(), names) && shareTopic(c.scope(), side.scope());
    }

    /** What a side's clause says, against the other side's: "it stops", "it continues", or its figure. */
    private static String says(ClauseInfo c, ClauseInfo against, boolean polarity) {
        if (polarity) return c.polarity() == Polarity.STOPS ? "it stops" : "it continues";
        for (Figure f : c.figures())
            if (f.type() != Figure.Type.NUMBER && against.figures().stream().noneMatch(f::sameAs)) return f.display();
        return "another figure";
    }

    /** Same polarity (for a stop/continue conflict) or the same figure (for a figure conflict). */
    private static boolean agrees(ClauseInfo c, ClauseInfo side, boolean polarity) {
        if (polarity) return c.polarity() == side.polarity();
        return !figureConflict(c, side) && c.figures().stream().anyMatch(f -> side.figures().stream().anyMatch(f::sameAs));
    }
}
