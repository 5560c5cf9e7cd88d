package dev.dealbot.answer.extractive;

import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of a quote that states a figure (between commas, semicolons, dashes or sentence ends: "with its share
 * remaining unchanged at 20%") and whether it says the figure of what a question or statement is about: one of its
 * own words, or a word of the same root ("valu" of "valued", "valuat" of "valuation"), not only the number.
 */
final class FigurePart {
    /** Words that hedge, write, bound or place a figure ("nearly", "a third", "until", "early") say nothing of what it measures. */
    private static final Set<String> FIGURE_WORDS = Set.of("nearli", "almost", "estim", "approxim", "roughli", "around", "some",
            "over", "just", "about", "half", "third", "quarter", "fifth", "time", "twice", "doubl", "until", "till", "through",
            "sinc", "by", "from", "befor", "after", "earli", "late", "mid");

    private FigurePart() {}

    /** The stems of {@code query} that say what a figure measures: not names, numbers, units, dates, hedges or {@code skip}. */
    static Set<String> ownWords(Query query, Names names, Set<String> skip) {
        Set<String> out = new HashSet<>();
        for (QueryTerm t : query.terms()) {
            String w = t.term();
            if (names.known(w) || Names.calendar(w) || w.matches(".*\\d.*") || Selector.UNITS.contains(w) || FIGURE_WORDS.contains(w)
                    || skip.contains(w)) continue;
            out.add(w);
            for (String a : t.alternatives()) if (!skip.contains(a)) out.add(a);
        }
        return out;
    }

    /** The stems of {@code query} that say what a figure measures or whose it is: names too, not numbers, units, dates or hedges. */
    static Set<String> sideWords(Query query) {
        Set<String> out = new HashSet<>();
        for (QueryTerm t : query.terms()) {
            String w = t.term();
            if (Names.calendar(w) || w.matches(".*\\d.*") || Selector.UNITS.contains(w) || FIGURE_WORDS.contains(w)) continue;
            out.add(w);
            out.addAll(t.alternatives());
        }
        return out;
    }

    /** The query's terms that say what a figure measures (as {@link #ownWords}), each with its synonyms. */
    static List<QueryTerm> ownTerms(Query query, Names names, Set<String> skip) {
        List<QueryTerm> out = new java.util.ArrayList<>();
        for (QueryTerm t : query.terms()) {
            String w = t.term();
            if (names.known(w) || Names.calendar(w) || w.matches(".*\\d.*") || Selector.UNITS.contains(w) || FIGURE_WORDS.contains(w)
                    || skip.contains(w)) continue;
            Set<String> alternatives = new HashSet<>(t.alternatives());
            alternatives.removeAll(skip); // "hold" for "shareholder" says nothing when holding is a filler
            out.add(new QueryTerm(w, alternatives, t.weight()));
        }
        return out;
    }

    /** {@code text} has the term itself, or only by a synonym when {@code synonyms}. */
    static boolean says(QueryTerm t, String text, boolean synonyms) {
        if (related(Set.of(t.term()), text)) return true;
        return synonyms && !t.alternatives().isEmpty() && related(t.alternatives(), text);
    }

    /** The weight of the terms {@code part} has itself, or by a synonym. */
    static double weight(List<QueryTerm> terms, String part) {
        double w = 0;
        for (QueryTerm t : terms) if (says(t, part, true)) w += t.weight();
        return w;
    }

    /** How many of {@code own} {@code part} has, each counted once, a word of the same root counting. */
    static int shared(Set<String> own, String part) {
        int n = 0;
        for (String o : own) if (related(Set.of(o), part)) n++;
        return n;
    }

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("\\b(?:non-?|not\\s+|no longer\\s+|never\\s+)(?:be\\s+|been\\s+|being\\s+)?(\\p{L}+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** {@code text} says one of {@code own} is not so: "non-exclusive", "no longer exclusive", "not exclusive". */
    static boolean negates(Set<String> own, String text) {
        java.util.regex.Matcher m = NEGATED.matcher(text);
        while (m.find()) if (related(own, m.group(1))) return true;
        return false;
    }

    /** A word about a figure's size or time rather than what it measures ("nearly", "billion", "since", "March"). */
    static boolean isFigureWord(String stem) {
        return FIGURE_WORDS.contains(stem) || Selector.UNITS.contains(stem) || Names.calendar(stem);
    }

    /** The part of {@code text} that states the figure at {@code f} (placed in {@code text}). */
    static String around(String text, Figure f) {
        return text.substring(lastBoundary(text, f.start()), nextBoundary(text, f.end()));
    }

    /** {@code text} without {@link #around}. */
    static String rest(String text, Figure f) {
        return text.substring(0, lastBoundary(text, f.start())) + " " + text.substring(nextBoundary(text, f.end()));
    }

    /** The stems of the content words in the part of the sentence's quote that states {@code f} (four letters or more). */
    static Set<String> wordsAround(dev.dealbot.index.SentenceInfo s, Figure f) {
        Set<String> out = new HashSet<>();
        if (f.end() > s.quote().length()) return out;
        for (Token t : Tokens.of(around(s.quote(), f))) if (t.lower().length() >= 4 && Character.isLetter(t.lower().charAt(0))) out.add(t.stem());
        return out;
    }

    /** The part has one of {@code own}, or a word of the same root. */
    static boolean related(Set<String> own, String part) {
        for (Token t : Tokens.of(part))
            for (String o : own) if (sameRoot(t.stem(), o)) return true;
        return false;
    }

    /**
     * Endings that make another word of a root ("invest" → "investment", "partner" → "partnership"); any longer
     * remainder is a second word ("share" + "hold": a shareholding is no share of revenue).
     */
    private static final Set<String> ENDINGS = Set.of("ment", "ship", "ation", "ion", "ing", "ers", "ant", "ent", "anc", "enc", "abl",
            "ibl", "ist", "ism", "ful", "iti", "ous", "ive", "ial");

    /** Two stems of one root: equal, or one the other with a short ending or a known one (both four letters or more). */
    static boolean sameRoot(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 4) return false;
        String longer = a.length() >= b.length() ? a : b, shorter = longer == a ? b : a;
        if (!longer.startsWith(shorter)) return false;
        String ending = longer.substring(shorter.length());
        return ending.length() <= 2 || ENDINGS.contains(ending);
    }

    private static int lastBoundary(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) if (boundary(text, i)) return i + 1;
        return 0;
    }

    private static int nextBoundary(String text, int at) {
        for (int i = at; i < text.length(); i++) if (boundary(text, i)) return i;
        return text.length();
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        return ",;—–".indexOf(c) >= 0 || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }
}
