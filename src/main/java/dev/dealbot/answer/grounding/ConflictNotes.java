package dev.dealbot.answer.grounding;

import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conflict;
import dev.dealbot.index.Facts;
import dev.dealbot.index.SentenceInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an answer cites a sentence that takes a side on a point the articles disagree on, the answer says so: the
 * other side is quoted and cited after "The articles conflict on this point:" (adding that one of them contradicts
 * itself when one article is on both sides), and the answer's {@code conflicts} names both sides with their citations.
 */
final class ConflictNotes {
    static final String NOTE = "The articles conflict on this point";
    static final String SELF = " (one of them contradicts itself)";

    /** The answer text with its notes, and the conflicts it touches. */
    record Noted(String text, List<Conflict> conflicts) {}

    private ConflictNotes() {}

    static Noted add(String answer, Citations citations, Facts facts) {
        StringBuilder text = new StringBuilder(answer);
        List<Conflict> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (Citation c : citations.list()) {
            SentenceInfo s = citations.sentence(c.n());
            var found = facts.conflictOf(s);
            if (found.isEmpty() || !seen.add(found.get().id())) continue;
            Facts.Conflict conflict = found.get();
            List<Integer> sideNumbers = numbers(citations, conflict.sideOf(s));
            List<Integer> otherNumbers = numbers(citations, conflict.against(s));
            String note = NOTE + (selfContradicting(conflict, s) ? SELF : "");
            if (otherNumbers.isEmpty()) {
                SentenceInfo other = conflict.against(s).stream()
                        .max(Comparator.comparingInt(facts::corroboration)).orElseThrow();
                Citation added = citations.of(other, other.quote());
                otherNumbers = List.of(added.n());
                text.append(' ').append(note).append(": ").append(other.quote()).append(" [").append(added.n()).append(']');
            } else {
                text.append(' ').append(note).append('.');
            }
            List<Integer> all = new ArrayList<>(sideNumbers);
            all.addAll(otherNumbers);
            out.add(new Conflict(summary(conflict, s), all));
        }
        return new Noted(text.toString(), out);
    }

    /** One article states both sides of the point. */
    static boolean selfContradicting(Facts.Conflict conflict, SentenceInfo s) {
        Set<String> mine = new java.util.HashSet<>();
        conflict.sideOf(s).forEach(x -> mine.add(x.docId()));
        return conflict.against(s).stream().anyMatch(x -> mine.contains(x.docId()));
    }

    private static List<Integer> numbers(Citations citations, List<SentenceInfo> side) {
        List<Integer> out = new ArrayList<>();
        for (Citation c : citations.list()) if (side.contains(citations.sentence(c.n()))) out.add(c.n());
        return out;
    }

    /**
     * "1 article says it stops; 5 articles say it continues — 1 article says both." An article on both sides is counted
     * on each and said to be so: the counts alone would add up to more articles than there are.
     */
    static String summary(Facts.Conflict conflict, SentenceInfo s) {
        String mine = side(conflict.sideOf(s), conflict.says(s));
        String theirs = side(conflict.against(s), conflict.otherwise(s));
        Set<String> mineDocs = new java.util.HashSet<>();
        conflict.sideOf(s).forEach(x -> mineDocs.add(x.docId()));
        long onBoth = conflict.against(s).stream().map(SentenceInfo::docId).distinct().filter(mineDocs::contains).count();
        String both = mine + "; " + theirs + (onBoth == 0 ? "" : " — " + onBoth + (onBoth == 1 ? " article says both" : " articles say both")) + "."; // every channel puts its own "Sources differ:" before it
        return Character.toUpperCase(both.charAt(0)) + both.substring(1);
    }

    private static String side(List<SentenceInfo> sentences, String says) {
        long articles = sentences.stream().map(SentenceInfo::docId).distinct().count();
        return articles + (articles == 1 ? " article says " : " articles say ") + says;
    }
}
