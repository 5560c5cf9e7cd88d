package dev.dealbot.index;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the articles say in common and where they disagree, worked out once when the index is opened: for each
 * sentence, the sentences of other articles that restate its fact (corroboration), and the points on which
 * sentences contradict each other (one says a thing stops, another that it continues; or they give different
 * figures for the same thing).
 */
public final class Facts {
    /** Two sentences this alike in meaning may state the same fact. */
    public static final double SAME_FACT_SIMILARITY = 0.78;
    /** Less alike, yet the same fact, when both state the same figure about a shared topic. */
    static final double SAME_FIGURE_SIMILARITY = 0.6;
    /** Clauses on one point share this many topic words and are this alike in meaning. */
    static final int SAME_POINT_WORDS = 2;
    static final double SAME_POINT_SIMILARITY = 0.5;

    private final Map<SentenceInfo, List<SentenceInfo>> restatements = new HashMap<>();
    private final Map<SentenceInfo, Conflict> conflictOf = new HashMap<>();
    private final List<Conflict> conflicts;
    private final Names names;

    Facts(SentenceTable table) {
        this.names = table.names();
        for (SentenceInfo a : table.all()) {
            Map<String, SentenceInfo> bestPerDoc = new LinkedHashMap<>();
            for (SentenceInfo b : table.all()) {
                if (b.docId().equals(a.docId()) || !sameFact(a, b, names)) continue;
                bestPerDoc.merge(b.docId(), b, (x, y) -> dot(a, x) >= dot(a, y) ? x : y);
            }
            List<SentenceInfo> list = new ArrayList<>(bestPerDoc.values());
            list.sort(Comparator.comparingDouble(b -> -dot(a, b)));
            restatements.put(a, List.copyOf(list));
        }
        this.conflicts = ConflictFinder.find(table.all(), names);
        for (Conflict c : conflicts) {
            c.one().forEach(s -> conflictOf.putIfAbsent(s, c));
            c.other().forEach(s -> conflictOf.putIfAbsent(s, c));
        }
    }

    /**
     * A point the articles disagree on.
     *
     * @param one the sentences on one side (e.g. "... are discontinued")
     * @param other the sentences on the other side (e.g. "... will continue until 2030")
     * @param polarity true when the sides differ in whether the thing stops or continues; false for different figures
     * @param oneSays what the first side says, in a few words ("it stops", "it continues", "20%")
     * @param otherSays what the other side says
     */
    public record Conflict(int id, List<SentenceInfo> one, List<SentenceInfo> other, boolean polarity, String oneSays,
            String otherSays) {
        /** The side {@code s} is not on. */
        public List<SentenceInfo> against(SentenceInfo s) {
            return one.contains(s) ? other : one;
        }

        public List<SentenceInfo> sideOf(SentenceInfo s) {
            return one.contains(s) ? one : other;
        }

        /** What the side of {@code s} says. */
        public String says(SentenceInfo s) {
            return one.contains(s) ? oneSays : otherSays;
        }

        /** What the side {@code s} is not on says. */
        public String otherwise(SentenceInfo s) {
            return one.contains(s) ? otherSays : oneSays;
        }
    }

    /** Sentences of other articles that state the same fact as {@code s}, the closest first, one per article. */
    public List<SentenceInfo> restatements(SentenceInfo s) {
        return restatements.getOrDefault(s, List.of());
    }

    /** Whether two sentences state the same fact (the relation behind {@link #restatements}, in either direction). */
    public boolean same(SentenceInfo a, SentenceInfo b) {
        return a.equals(b) || sameFact(a, b, names) || sameFact(b, a, names);
    }

    /** How many articles state the fact of {@code s} (itself included). */
    public int corroboration(SentenceInfo s) {
        return 1 + restatements(s).size();
    }

    /** The disagreement {@code s} takes a side in, if any. */
    public Optional<Conflict> conflictOf(SentenceInfo s) {
        return Optional.ofNullable(conflictOf.get(s));
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * Alike in meaning, no contradicting figures (when both state figures they share one), the same parties in the
     * same roles, and not one saying the thing stops where the other says it continues.
     */
    static boolean sameFact(SentenceInfo a, SentenceInfo b, Names names) {
        if (dot(a, b) < SAME_FACT_SIMILARITY && !(dot(a, b) >= SAME_FIGURE_SIMILARITY && shareFigureAndTopic(a, b))) return false;
        if (!a.digits().isEmpty() && (b.digits().isEmpty() || a.digits().stream().noneMatch(b.digits()::contains))) return false;
        if (a.digits().isEmpty() && !b.digits().isEmpty() && hasFigureOfAnotherKind(b)) return false;
        for (ClauseInfo ca : a.clauses())
            for (ClauseInfo cb : b.clauses()) {
                if (ca.direction().reverses(cb.direction(), names)) return false;
                if (ca.direction().sameAs(cb.direction(), names) && ca.polarity().opposes(cb.polarity())) return false;
            }
        return sameOrder(a.names(), b.names());
    }

    /**
     * Paraphrases of one fact can be far apart in wording ("holds the license ... until 2032", "secures a non-exclusive
     * license ... through 2032"): they state the same figure (a year, a sum, a percentage) and share a content word.
     */
    private static boolean shareFigureAndTopic(SentenceInfo a, SentenceInfo b) {
        boolean figure = a.figures().stream().anyMatch(f -> f.type() != Figure.Type.NUMBER && b.figures().stream().anyMatch(f::sameAs));
        if (!figure) return false;
        for (ClauseInfo ca : a.clauses()) for (ClauseInfo cb : b.clauses()) for (String t : ca.topic()) if (cb.topic().contains(t)) return true;
        return false;
    }

    private static boolean hasFigureOfAnotherKind(SentenceInfo b) {
        return b.figures().stream().anyMatch(f -> f.type() != Figure.Type.NUMBER);
    }

    /** The names both mention come in the same order (who does what to whom). */
    static boolean sameOrder(List<String> a, List<String> b) {
        List<String> shared = a.stream().filter(b::contains).toList();
        for (int i = 0; i + 1 < shared.size(); i++) if (b.indexOf(shared.get(i)) > b.indexOf(shared.get(i + 1))) return false;
        return true;
    }

    static double dot(SentenceInfo a, SentenceInfo b) {
        return Embedder.dot(a.vector(), b.vector());
    }
}
