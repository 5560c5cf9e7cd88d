package dev.dealbot.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose thing a word names, where the text ties it to a name: "Amazon CEO" and "Amazon's (new) CEO" are Amazon's,
 * "CEO of Microsoft AI" is Microsoft's, "its stake" belongs to the clause's first name (its subject), "Microsoft has
 * invested" is Microsoft's investing; and what the clause's subject (its first name, before the word) says or has
 * ("Mustafa Suleyman ... stated that the goal ..."). Asked for X's thing, a sentence whose mentions of the thing are
 * not tied to X does not answer. Asked for
 * X's Y, evidence that only states Y of someone else does not answer.
 */
public final class Owners {
    /** Possessive owners may stand this many words before the thing ("OpenAI's recent total revenue"). */
    static final int POSSESSIVE_REACH = 4;
    /** "its enterprise-grade intelligent agent management platform": a pronoun may stand further off. */
    static final int PRONOUN_REACH = 7;
    private static final Set<String> PRONOUNS = Set.of("its", "their", "his", "her");

    private Owners() {}

    /** Who a thing belongs to at one of its occurrences. */
    public enum Tie { OWNER, SUBJECT, OTHER, NONE }

    /**
     * How the occurrences in a clause's {@code tokens} of a word whose stem is in {@code stems} are tied to
     * {@code owner}: OWNER when one is tied to it, or it is the clause's subject (its first name) before the word;
     * OTHER when they are tied to other names only; NONE when the word does not occur or no occurrence is tied to a
     * name ("based on the estimated $29 billion valuation" says nothing of whose).
     */
    public static Tie tie(List<Token> tokens, List<Token> names, Set<String> stems, String owner, Names known) {
        Tie out = Tie.NONE;
        for (int i = 0; i < tokens.size(); i++) {
            if (!stems.contains(tokens.get(i).stem())) continue;
            String explicit = ownerAt(tokens, names, i);
            String subject = subject(tokens, names, i);
            if (explicit != null && same(phrase(tokens, names, indexOf(tokens, explicit, i), i), owner, known)) return Tie.OWNER;
            if (subject != null && same(phrase(tokens, names, indexOf(tokens, subject, i), i), owner, known)) return Tie.OWNER;
            if (explicit != null || subject != null) out = Tie.OTHER;
        }
        return out;
    }

    static String ownerAt(List<Token> tokens, List<Token> names, int i) {
        int j = i + 1; // "CEO of (the) Microsoft AI"
        if (j < tokens.size() && tokens.get(j).lower().equals("of")) {
            j++;
            if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
            if (j < tokens.size() && names.contains(tokens.get(j))) return tokens.get(j).lower();
        }
        if (i > 0 && names.contains(tokens.get(i - 1))) { // "Amazon CEO"; but "Amazon's self-developed Trainium chips" are Amazon's
            for (int k = i - 2; k >= Math.max(0, i - POSSESSIVE_REACH); k--) {
                Token t = tokens.get(k);
                if (t.possessive() && names.contains(t)) return t.lower();
                if (!modifier(t) || names.contains(t)) break;
            }
            return tokens.get(i - 1).lower();
        }
        for (int k = i - 1; k >= Math.max(0, i - PRONOUN_REACH); k--) { // "OpenAI's total revenue", "its ... platform"
            Token t = tokens.get(k);
            if (k >= i - POSSESSIVE_REACH && t.possessive() && names.contains(t)) return t.lower();
            if (PRONOUNS.contains(t.lower())) return subject(tokens, names, k);
            if (!modifier(t)) break; // "Microsoft's access to future ...": the possessive owns "access", not "future"
        }
        for (int k = i - 1; k >= 0; k--) { // "Microsoft has (reportedly) invested"
            Token t = tokens.get(k);
            if (names.contains(t)) return t.possessive() ? null : t.lower();
            if (!AUXILIARIES.contains(t.lower()) && !t.lower().endsWith("ly")) break;
        }
        return null;
    }

    /** A word that can stand inside a noun phrase before its head: part of a hyphenated compound ("in-house"), or not a function word or a preposition. */
    private static boolean modifier(Token t) {
        return t.hyphenated() || !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.lower())
                && !FUNCTION_WORDS.contains(t.lower());
    }

    /**
     * The clause's subject before {@code before}: its first name that is not a possessive ("Microsoft's access" is no
     * subject) nor the object of a preposition ("The revenue sharing paid by OpenAI to Microsoft ..., with its share":
     * the share is the sharing's, not OpenAI's).
     */
    private static String subject(List<Token> tokens, List<Token> names, int before) {
        for (int k = 0; k < before; k++)
            if (names.contains(tokens.get(k)) && !tokens.get(k).possessive() && (k == 0 || !PREPOSITIONS.contains(tokens.get(k - 1).lower())))
                return tokens.get(k).lower();
        return null;
    }

    /** Words after which a name is the object of a phrase, not a clause's subject. */
    private static final Set<String> PREPOSITIONS = Set.of("by", "to", "from", "with", "for", "of", "in", "on", "into", "at", "between", "toward", "towards");

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "is", "was", "are",
            "were", "did", "does", "do", "can", "could", "should", "may", "might", "also", "still", "not", "now");
    private static final Set<String> FUNCTION_WORDS = Set.of("from", "over", "under", "after", "before", "about", "than",
            "through", "until", "since", "while", "who", "which", "whose", "when", "where", "we", "our", "has", "have",
            "had", "would", "could", "should", "can", "may", "might", "its", "their", "his", "her");

    /** The position of the owner found for the word at {@code i}: the nearest token with that lower form. */
    private static int indexOf(List<Token> tokens, String lower, int i) {
        int best = -1;
        for (int k = 0; k < tokens.size(); k++)
            if (tokens.get(k).lower().equals(lower) && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) best = k;
        return best;
    }

    /** The name the token at {@code i} is part of: it and the name tokens right next to it ("denise dresser"). */
    public static String phrase(List<Token> tokens, List<Token> names, int i) {
        return phrase(tokens, names, i, -1);
    }

    /**
     * The name the token at {@code i} is part of, not reaching over the thing at {@code thing} ("Amazon CEO Andy
     * Jassy": the owner of "CEO" is "Amazon", not "Amazon CEO Andy Jassy"). Capitalised words count ("Microsoft AI").
     */
    static String phrase(List<Token> tokens, List<Token> names, int i, int thing) {
        int from = i, to = i;
        while (from > 0 && from - 1 != thing && namePart(tokens.get(from - 1), names)
                && !tokens.get(from - 1).possessive() && adjacent(tokens.get(from - 1), tokens.get(from))) from--;
        while (to + 1 < tokens.size() && to + 1 != thing && namePart(tokens.get(to + 1), names)
                && !tokens.get(to).possessive() && adjacent(tokens.get(to), tokens.get(to + 1))) to++;
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) sb.append(k > from ? " " : "").append(tokens.get(k).lower());
        return sb.toString();
    }

    /**
     * A token that can be part of a name: a name, or a capitalised word that is not a function word, an auxiliary or a
     * question word ("Was Dresser's memo ...": "Was" is capitalised only because it opens the question).
     */
    private static boolean namePart(Token t, List<Token> names) {
        if (names.contains(t)) return true;
        String w = t.lower();
        return t.capitalised() && !AUXILIARIES.contains(w) && !FUNCTION_WORDS.contains(w) && !QUESTION_WORDS.contains(w)
                && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
    }

    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "whom", "how", "why", "when", "where", "which", "whose");

    /** Only a space between them: "Denise Dresser" is one name, "Dresser, OpenAI's ..." two. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 1;
    }

    /**
     * Whether two owners (name phrases) are the same: one's words (or their aliases) are all in the other, and the
     * other's extra words are names of their own ("Dresser" is "Denise Dresser"; "Microsoft AI" is not "Microsoft").
     */
    public static boolean same(String a, String b, Names names) {
        return within(a, b, names) || within(b, a, names);
    }

    private static boolean within(String small, String large, Names names) {
        List<String> rest = new java.util.ArrayList<>(List.of(large.split(" ")));
        for (String w : small.split(" ")) {
            String hit = rest.stream().filter(x -> names.same(w, x)).findFirst().orElse(null);
            if (hit == null) return false;
            rest.remove(hit);
        }
        return rest.stream().allMatch(names::party);
    }
}
