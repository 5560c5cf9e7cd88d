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
 * other side is quoted and cited after "The articles differ on this point:", and the answer's {@code conflicts}
 * names both sides with their citations.
 */
final class ConflictNotes {
    static final String NOTE = "The articles differ on this point:";

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
            if (otherNumbers.isEmpty()) {
                SentenceInfo other = conflict.against(s).stream()
                        .max(Comparator.comparingInt(facts::corroboration)).orElseThrow();
                Citation added = citations.of(other, other.quote());
                otherNumbers = List.of(added.n());
                text.append(' ').append(NOTE).append(' ').append(other.quote()).append(" [").append(added.n()).append(']');
            } else {
                text.append(' ').append(NOTE.substring(0, NOTE.length() - 1)).append('.');
            }
            List<Integer> all = new ArrayList<>(sideNumbers);
            all.addAll(otherNumbers);
            out.add(new Conflict(summary(conflict, s), all));
        }
        return new Noted(text.toString(), out);
    }

    private static List<Integer> numbers(Citations citations, List<SentenceInfo> side) {
        List<Integer> out = new ArrayList<>();
        for (Citation c : citations.list()) if (side.contains(citations.sentence(c.n()))) out.add(c.n());
        return out;
    }

    /** "1 article (Alps Wang ...) says it stops; 5 articles say it continues." */
    static String summary(Facts.Conflict conflict, SentenceInfo s) {
        String mine = side(conflict.sideOf(s), conflict.says(s));
        String theirs = side(conflict.against(s), conflict.otherwise(s));
        return "The articles disagree: " + mine + "; " + theirs + ".";
    }

    private static String side(List<SentenceInfo> sentences, String says) {
        long articles = sentences.stream().map(SentenceInfo::docId).distinct().count();
        return articles + (articles == 1 ? " article says " : " articles say ") + says;
    }
}
