package dev.dealbot.question;

import dev.dealbot.text.Change;
import dev.dealbot.text.Opposites;
import dev.dealbot.text.Polarity;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.Set;

/**
 * A yes/no question about a thing the articles never speak of cannot be settled by them: when at least as many of its
 * own words are words the articles never use ("Did regulators approve the revised agreement?": regulators, approve)
 * as are distinctive words they do use (revised; "agreement" is in nearly every passage), no passage says yes or no,
 * and quoting the nearest one would answer another question. Not for questions with a figure or a comparison, whose
 * figures are checked instead, nor for questions about the articles themselves. Words that say a thing stops, goes on
 * or changed ("revoked", "raised"), and opposites of their words ("secondary"), are understood though the
 * articles never use them.
 */
public final class UnknownWords {
    /** A term in fewer passages than this IDF says is distinctive: "licence", "tranche", not "OpenAI" or "agreement". */
    static final double DISTINCTIVE_IDF = 1.0;
    /** Shorter unknown terms are particles and fragments ("go", "isn"), not things asked about. */
    static final int MIN_CHARS = 4;
    /**
     * Words that ask whether something is so, or how the asker came by it; words of amount that figures answer (money,
     * a minority); words that limit who did it ("alone", "solely").
     */
    private static final Set<String> ASKING = Set.of("true", "right", "correct", "wrong", "fals", "isn't", "heard", "read", "accur",
            "realli", "confirm", "half", "third", "quarter", "doubl", "twice", "tripl", "monei", "cash", "minor", "alon", "sole");

    private UnknownWords() {}

    /** Whether {@code q} is a yes/no question its unknown words outweigh (see the class comment). */
    public static boolean outweigh(Question q) {
        if (!q.yesNo() || q.claimed() != null || q.comparison() != null || q.agreement() || q.source()) return false;
        // a clause taken as given that says the opposite of what the articles do ("Now that the share is uncapped, ...")
        // is corrected, whatever the rest asks
        String given = Presumption.leading(q.english());
        if (given != null && Tokens.of(given).stream().anyMatch(t -> q.query().unknownTerms().contains(t.stem()) && !Opposites.of(t).isEmpty()))
            return false;
        // a word that says a thing stops, goes on or changed ("revoked", "raised") is understood, though no article uses it
        Set<String> understood = new HashSet<>();
        for (Token t : Tokens.of(q.english()))
            if (understood(t)) understood.add(t.stem());
        long unknown = q.query().unknownTerms().stream().filter(t -> t.length() >= MIN_CHARS && !ASKING.contains(t)
                && !understood.contains(t) && !Character.isDigit(t.charAt(0))).count();
        long distinctive = q.query().terms().stream()
                .filter(t -> t.weight() >= DISTINCTIVE_IDF && !Character.isDigit(t.term().charAt(0))).count();
        return unknown > 0 && unknown >= distinctive;
    }

    /**
     * A word that says a thing stops, goes on or changed ("revoked", "raised"), or one of a pair of opposites whose
     * other the articles answer by ("secondary" of "primary"): understood though no article uses it.
     */
    static boolean understood(Token t) {
        return understood(t.surface()) || !Opposites.of(t).isEmpty();
    }

    /** A word that says a thing stops, goes on or changed ("revoked", "raised"). */
    static boolean understood(String word) {
        return Polarity.of(word) != Polarity.NEUTRAL || Change.claimed(word);
    }
}
