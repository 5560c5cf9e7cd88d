package dev.dealbot.question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause a question states as fact beside what it asks, opened by "since", "now that", "given (that)", "after",
 * "as", "considering", "because" or "when" (followed by its subject, not by a verb that asks) and set off by a comma,
 * or a statement set off by a dash or a full stop before the question (or by "so"), or what a why-question asks the reason for
 * (before a clause it is set against, "..., when X said Y?"). Its claim is checked against the articles: when they
 * say the opposite, that is the answer.
 */
final class Presumption {
    private Presumption() {}

    /** Openers of a clause stated as fact: a cause, a condition already met, or what has happened. */
    private static final String OPENER = "(?:since|now that|given(?: that)?|after|as|considering(?: that)?|seeing (?:as|that)|because"
            + "|when(?!\\s+(?:is|are|was|were|does|do|did|will|would|can|could|has|have|had|should|exactly|precisely)\\b)"
            // "with Microsoft owning about half of OpenAI, ...": "with", its subject and a verb in -ing state a fact
            + "|with(?=\\s+(?:[\\w'’-]+\\s+){1,3}\\w+ing\\b))";
    private static final Pattern LEADING = Pattern.compile("^\\W*(?:(?:so|and|but|then|ok|okay)\\W+)?" + OPENER + "\\s+([^,;?]+?)\\s*[,;]\\s*\\S");
    private static final Pattern TRAILING = Pattern.compile("[,;]\\s*" + OPENER + "\\s+([^,;?]+?)\\s*\\??\\s*$");
    /**
     * A statement set off by a dash or a full stop before what is asked: "Suleyman said it would lead by 2030 — in which
     * fields?", "Microsoft has put in $13B since 2019. How much of that came in 2023?"
     */
    private static final Pattern STATEMENT_DASH = Pattern.compile("^\\W*([^?]+?)(?:\\s+[—–-]+|\\s*[.!])\\s+(?:so\\s+|and\\s+|but\\s+)?(?:(?:in|across|for|on|at|by|to|from|with|of|about|under|over|since|until)\\s+)?(?:what|which|who|whom|when|where|why|how|"
            + "is|are|was|were|does|do|did|can|could|will|would|has|have)\\b[^—–]*\\?\\s*$");
    /**
     * A statement, then "so" and what the asker asks of it: "Microsoft owns half of OpenAI anyway, so who cares about
     * exclusivity?". Not a question before the "so" ("Is it capped, so ...?").
     */
    private static final Pattern STATEMENT_SO = Pattern.compile("^\\W*(?!(?:what|which|who|whom|when|where|why|how|is|are|was|were|does|do|did|can|"
            + "could|will|would|has|have|should|if|say|suppose)\\b)([^?,;]+?)\\s*,?\\s+so\\s+(?:what|which|who|whom|when|where|why|how|is|are|was|"
            + "were|does|do|did|can|could|will|would|has|have)\\b[^?]*\\?\\s*$");
    /** "Why is the share uncapped now?" takes as given that the share is uncapped now. */
    private static final Pattern WHY = Pattern.compile("^\\W*why\\s+((?:is|are|was|were|does|do|did|has|have|will|would)\\s+[^?]+?)\\s*\\?\\s*$");

    /**
     * "Why did they keep the clause, when Suleyman has said ...?": what a why-question asks the reason for, before a
     * clause set against it ("when", "while", "even though", "although", "despite") that is the asker's context.
     */
    private static final Pattern WHY_DESPITE = Pattern.compile("^\\W*why\\s+((?:is|are|was|were|does|do|did|has|have|will|would)\\s+[^?,;]+?)\\s*[,;]\\s*"
            + "(?:when|while|even though|although|though|despite)\\b[^?]*\\?\\s*$");

    /** Fewer words than this ("after the deal,") date or frame the question rather than claim something. */
    static final int MIN_WORDS = 4;

    /** {@code text} without an opener of a clause taken as given at its start ("Given , until when ..."). */
    static String withoutOpener(String text) {
        return text.replaceFirst("(?i)^\\W*(?:(?:so|and|but|then|ok|okay)\\W+)?" + OPENER + "\\b\\W*", "");
    }

    /**
     * The clause an opener sets off before what is asked ("With Microsoft owning half of OpenAI, does it ...?"), or
     * null; not a statement before "Is that right?", which is what such a question asks about.
     */
    static String leading(String english) {
        String lower = english.toLowerCase(Locale.ROOT);
        if (lower.length() != english.length()) return null;
        Matcher m = LEADING.matcher(lower);
        if (!m.find()) return null;
        String clause = english.substring(m.start(1), m.end(1)).strip();
        return clause.split("\\s+").length >= MIN_WORDS ? clause : null;
    }

    /** The presumed clause (without its opener), or null when the question presumes none. */
    static String clause(String english) {
        String lower = english.toLowerCase(Locale.ROOT);
        if (lower.length() != english.length()) return null; // offsets in the lower-cased text would not fit
        for (Pattern p : new Pattern[] {LEADING, WHY_DESPITE, TRAILING, STATEMENT_DASH, STATEMENT_SO, WHY}) {
            Matcher m = p.matcher(lower);
            if (!m.find()) continue;
            // a statement set off by a dash may open with an opener too ("Since X — what ...?"): the claim is without it
            String clause = (p == STATEMENT_DASH ? withoutOpener(english.substring(m.start(1), m.end(1))) : english.substring(m.start(1), m.end(1))).strip();
            if (clause.split("\\s+").length >= MIN_WORDS) return clause;
        }
        return null;
    }
}
