package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kinds;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A date within a year ("leaked in mid-April", "In late February, Amazon announced") dates the event told next to it.
 * It answers "when" only when a word of the question's event (not one of its names) stands that close: the date of
 * one deed of a person does not date another deed of theirs. The same holds for a year ("a goal for 2027" does not
 * date an appointment), except a year that ends a term ("valid until 2032"), which the other rules judge. Words
 * pointing back to a date ("At that time, ...") date what stands next to them as the date does.
 */
final class EventRule {
    /** How many words either side of a date tell what it dates. */
    static final int REACH = 6;

    private static final java.util.regex.Pattern PART_OF_MONTH = java.util.regex.Pattern.compile("\\b(early|mid|late)[\\s-]*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words that date what follows them by the time said before them. */
    static final java.util.regex.Pattern THAT_TIME = java.util.regex.Pattern.compile("(?i)\\b(?:at that time|at the time|back then|by then|that year|that month)\\b");

    private EventRule() {}

    /** The question's words that can name its event: every term and synonym that is not a name or a number. */
    static Set<String> eventStems(Query query, Names names) {
        Set<String> out = new HashSet<>();
        for (QueryTerm t : query.terms()) {
            if (names.known(t.term()) || t.term().chars().allMatch(Character::isDigit)) continue;
            out.add(t.term());
            out.addAll(t.alternatives());
        }
        // a word no article uses still names the event: no date can stand beside it
        for (String t : query.unknownTerms()) if (!names.known(t) && !t.chars().allMatch(Character::isDigit)) out.add(t);
        return out;
    }

    /** Whether one of the sentence's dates or years (if it gives any, and none ends a term) stands next to a word of the question's event. */
    static boolean dates(SentenceInfo s, Set<String> eventStems) {
        return dates(s.quote(), s.figures(), eventStems);
    }

    static boolean dates(String quote, List<Figure> figures, Set<String> eventStems) {
        if (eventStems.isEmpty()) return true;
        List<int[]> spans = new java.util.ArrayList<>();
        // "early April", "mid-April": the part of the month is part of the date, not a word between it and its event
        for (int[] d : Kinds.calendarDates(quote)) {
            var before = PART_OF_MONTH.matcher(quote.substring(Math.max(0, d[0] - 8), d[0]));
            spans.add(new int[] {before.find() ? d[0] - (before.end() - before.start()) : d[0], d[1]});
        }
        for (Figure f : figures) {
            if (f.type() != Figure.Type.YEAR) continue;
            if (dev.dealbot.text.TimeBound.of(quote, f) == dev.dealbot.text.TimeBound.UNTIL) return true; // the end of a term
            spans.add(new int[] {f.start(), f.end()});
        }
        if (spans.isEmpty()) return true;
        // "At that time, Microsoft valued its stake ...": words pointing back to a date carry it to what they stand next to,
        // when two of the event's words do (the deed and what it is done to: "valued" and "stake", not "stake" alone)
        List<int[]> pointers = new java.util.ArrayList<>();
        var back = THAT_TIME.matcher(quote);
        while (back.find()) pointers.add(new int[] {back.start(), back.end()});
        List<Token> tokens = Tokens.of(quote);
        for (int[] d : pointers) if (near(tokens, d, eventStems).size() >= 2) return true;
        for (int[] d : spans) if (!near(tokens, d, eventStems).isEmpty()) return true;
        return false;
    }

    /** The event's words within {@link #REACH} words either side of the span. */
    private static Set<String> near(List<Token> tokens, int[] d, Set<String> eventStems) {
        int first = -1, last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() <= d[0]) first = i;
            if (tokens.get(i).start() >= d[1] && last < 0) last = i;
        }
        int from = Math.max(0, first - REACH + 1), to = last < 0 ? tokens.size() : Math.min(tokens.size(), last + REACH);
        Set<String> found = new HashSet<>();
        for (int i = from; i < to; i++) if (names(eventStems, tokens.get(i).stem())) found.add(tokens.get(i).stem());
        return found;
    }

    /** Shortest stem a verb and its noun share ("state" of "stated" and "statement", "announc"). */
    static final int SHARED_ROOT = 5;

    /** The stem is one of the event's, or shares its root with one ("stated" names the event "statement"). */
    static boolean names(Set<String> eventStems, String stem) {
        if (eventStems.contains(stem)) return true;
        for (String e : eventStems)
            if (Math.min(e.length(), stem.length()) >= SHARED_ROOT && (e.startsWith(stem) || stem.startsWith(e))) return true;
        return false;
    }
}
