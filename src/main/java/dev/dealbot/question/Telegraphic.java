package dev.dealbot.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions typed as a bare noun phrase ("Rev share cap amount?", "Years between A and B?", "Delta between A and B?",
 * "Implied value of A at B?") or a part set "as a percentage of" a whole are read as the question they stand for
 * ("What is the ... amount?", "How many years between A and B?", "What percentage of B is A?"), so the figure they ask
 * for is the one looked for, and a sentence without it does not answer them.
 */
final class Telegraphic {
    private Telegraphic() {}

    /** "Years between A and B?", "months from A to B?", "years of A left after B?": a span asked by its unit alone. */
    private static final Pattern UNIT_SPAN = Pattern.compile("^(years|months|weeks|days)\\s+(?=(?:between|from|of)\\s)", Pattern.CASE_INSENSITIVE);

    /** "Delta between A and B?", "gap between A and B?": a difference asked by its noun alone. */
    private static final Pattern GAP_BETWEEN = Pattern.compile("^(?:the\\s+)?(?:delta|difference|gap|spread)\\s+(?=between\\s)", Pattern.CASE_INSENSITIVE);

    /** Words that open a question or a request: a phrase opened by one is no bare noun phrase. */
    private static final String OPENING = "what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|"
            + "may|might|must|shall|tell|give|list|show|explain|describe|compare|please|and|or|but|so|if";

    /**
     * "Rev share cap amount?": a phrase of at most six words, not opened by a word that opens a question or a request,
     * ending in a word for a figure, asks that figure.
     */
    private static final Pattern MEASURE_LAST = Pattern.compile("^(?!(?:" + OPENING + ")\\b)((?:[\\p{L}][\\p{L}'’-]*\\s+){0,5})"
            + "(amount|size|figure|total|sum|end date|value)\\s*\\?\\s*$", Pattern.CASE_INSENSITIVE);

    /** "licence end??": a term's end asked by a noun phrase and "end" alone. */
    private static final Pattern END_LAST = Pattern.compile("^(?!(?:" + OPENING + ")\\b)((?:[\\p{L}][\\p{L}'’-]*\\s+){1,5})end\\s*\\?+\\s*$", Pattern.CASE_INSENSITIVE);

    /** "How many x did it grow?": "x" after "how many" is "times". */
    private static final Pattern TIMES_X = Pattern.compile("(?i)\\b(how many) x\\b");

    /**
     * "A as a percentage of B?": the share of B that A is; not a thing "expressed as" a percentage, nor a question
     * already asked ("What is the cap expressed as a percentage of revenue?" asks the cap's own figure).
     */
    private static final Pattern AS_SHARE_OF = Pattern.compile("^(?!(?:" + OPENING + ")\\b)((?:(?!\\p{L}+ed\\s+as\\b).){3,}?)\\s+as\\s+(?:a\\s+)?(?:percentage|percent|share|proportion|%)"
            + "\\s+of\\s+([^?]{3,}?)\\s*\\?+\\s*$", Pattern.CASE_INSENSITIVE);

    /** "Amazon's first tranche": an owner and what is theirs. */
    private static final Pattern OWNER_FIRST = Pattern.compile("^(\\S+['’]s)\\s+(.+)$");

    /** "(What is the) implied value of a 27% stake at $850B valuation?": what that holding is worth at that price. */
    private static final Pattern VALUE_AT = Pattern.compile("^(?:what(?:'s|’s|\\s+is|\\s+would\\s+be)\\s+)?(?:the\\s+)?(?:implied\\s+|notional\\s+|paper\\s+)?value\\s+of\\s+"
            + "(.{3,}?)\\s+at\\s+(?:an?\\s+|the\\s+)?([^?]{3,}?)\\s*\\?+\\s*$", Pattern.CASE_INSENSITIVE);

    static String spelledOut(String question) {
        String q = TIMES_X.matcher(question.strip()).replaceAll("$1 times");
        Matcher value = VALUE_AT.matcher(q);
        if (value.matches()) return "What is " + value.group(1).strip() + " worth at " + article(value.group(2).strip()) + "?";
        Matcher share = AS_SHARE_OF.matcher(q);
        if (share.matches()) {
            String part = share.group(1).strip(), whole = share.group(2).strip();
            // the owner named with the part goes before the whole, which pointed back to it ("A's tranche ... of its total")
            Matcher owner = OWNER_FIRST.matcher(part);
            if (whole.matches("(?i)(?:its|their)\\s+.+") && owner.matches()) {
                String pronoun = whole.substring(0, whole.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
                whole = owner.group(1) + " " + whole.substring(whole.indexOf(' ') + 1);
                part = pronoun + " " + owner.group(2);
            } else part = lowerFirst(part);
            return "What percentage of " + (whole.equals(share.group(2).strip()) ? lowerFirst(whole) : whole) + " is " + part + "?";
        }
        Matcher end = END_LAST.matcher(q);
        if (end.matches()) return "When does the " + lowerFirst(end.group(1).strip()) + " end?";
        Matcher gap = GAP_BETWEEN.matcher(q);
        if (gap.find()) return "What is the difference " + q.substring(gap.end());
        Matcher span = UNIT_SPAN.matcher(q);
        if (span.find()) return "How many " + q.substring(0, span.end()).toLowerCase(java.util.Locale.ROOT) + q.substring(span.end());
        Matcher m = MEASURE_LAST.matcher(q);
        if (m.matches() && !m.group(1).isBlank()) return "What is the " + lowerFirst(q.substring(0, q.length() - 1).strip()) + "?";
        return q.equals(question.strip()) ? question : q;
    }

    /** "$850B valuation" → "a $850B valuation"; "the latest round", "OpenAI's valuation" as they are. */
    private static String article(String noun) {
        return noun.matches("(?i)(?:the|a|an|its|their|this|that)\\s.*|\\S+['’]s\\s.*") ? noun : "a " + noun;
    }

    /** The first letter in lower case unless the word is an abbreviation or a name with an inner capital ("MSFT", "OpenAI"). */
    private static String lowerFirst(String s) {
        String first = s.split("\\s+", 2)[0];
        boolean kept = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        return kept ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
