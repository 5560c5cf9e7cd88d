package dev.dealbot.question;

import dev.dealbot.text.Figures;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand for units, months and small words ("how many yrs", "in Feb", "approx", "w/o", "what %") is written out, so a unit the question
 * asks in is read as that unit and the words are not taken for unknown names. Only shorthand with one reading. A
 * majority, or more than half, is more than 50%.
 */
final class Shorthand {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("mos", "months"), Map.entry("mths", "months"),
            Map.entry("wks", "weeks"), Map.entry("hrs", "hours"), Map.entry("pct", "percent"),
            Map.entry("approx", "approximately"), Map.entry("abt", "about"), Map.entry("thru", "through"),
            Map.entry("b/c", "because"), Map.entry("w/o", "without"), Map.entry("ppl", "people"),
            Map.entry("govt", "government"), Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("lic", "license"), Map.entry("amt", "amount"));
    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\w/])(b/c|w/o|yrs?|mos|mths|wks|hrs|pct|approx|abt|thru|ppl|govt|pls|plz|lic|amt)(?![\\w/])\\.?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A question word in chat shorthand ("wen does ...", "wat is ...", "hw much ...", "y did ..."): read as the word only
     * where it opens the question before an auxiliary or "much", "many", "long", which no name or other word does there.
     */
    private static final Pattern QUESTION_WORD = Pattern.compile("^(wen|whn|wat|wut|wht|hw|y)\\s+(?=(?:is|are|was|were|do|does|did|will|would|"
            + "can|could|has|have|had|should|much|many|long)\\b)"
            // "wat year does ...": "what" also opens before the kind of thing asked
            + "|^(wat|wut|wht)\\s+(?=(?:year|years|date|day|month|percent|percentage|share|amount|time|role|title)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> QUESTION_WORDS = Map.of("wen", "when", "whn", "when", "wat", "what", "wut", "what", "wht", "what",
            "hw", "how", "y", "why");

    /**
     * "rev share", "rev chief": "rev" alone may be a revision; before a word of sharing money or of the people in charge
     * of it, or after "of" (a part of a company's rev), it is revenue.
     */
    private static final Pattern REVENUE_REV = Pattern.compile("(?<![\\w/])rev\\.?(?=\\s+(?:share|sharing|split|chief|head|leader|leadership|boss|officer|growth|stream)s?\\b)"
            // "20% of openai rev", "a cut of its rev": a part of a company's rev is of its revenue
            + "|(?<=\\bof\\s(?:(?:its|their|the|\\p{L}{1,20}(?:['’]s)?)\\s)?)rev\\b\\.?(?![\\w/])",
            Pattern.CASE_INSENSITIVE);

    /** "what % share", "which %": a percent sign after a word, not a figure, stands for the word "percentage". */
    private static final Pattern PERCENT_SIGN = Pattern.compile("(?<=\\p{L}\\s)%(?![\\w%])");

    /** "how many x is that": an "x" after "how many" counts times. */
    private static final Pattern TIMES_X = Pattern.compile("(?<=\\bhow many\\s)x\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "cutting Microsoft a check", "writes them cheques": making out a cheque to someone is paying them, in the verb's
     * tense; up to two words between the verb and the cheque name whom.
     */
    private static final Pattern CHEQUE = Pattern.compile("\\b(cut|cuts|cutting|write|writes|writing|wrote|written|send|sends|sending|sent"
            + "|hand|hands|handing|handed)\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,2}?)(?:(?:a|an|any|the|more|its|their|big|fat|huge)\\s+){0,2}(?:checks|cheques|check|cheque)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PAID = Map.ofEntries(Map.entry("cut", "pay"), Map.entry("cuts", "pays"),
            Map.entry("cutting", "paying"), Map.entry("write", "pay"), Map.entry("writes", "pays"), Map.entry("writing", "paying"),
            Map.entry("wrote", "paid"), Map.entry("written", "paid"), Map.entry("send", "pay"), Map.entry("sends", "pays"),
            Map.entry("sending", "paying"), Map.entry("sent", "paid"), Map.entry("hand", "pay"), Map.entry("hands", "pays"),
            Map.entry("handing", "paying"), Map.entry("handed", "paid"));

    /** "w/Azure", "w/ Azure"; not "w/o". */
    private static final Pattern WITH = Pattern.compile("(?<![\\w/])w/(?!o\\b)\\s*(?=\\w)", Pattern.CASE_INSENSITIVE);

    /** A month's short name where a month stands: after "in", "early", "since", ... or before a day or year ("jan 2023"). */
    private static final Pattern MONTH = Pattern.compile("(?<=\\b(?:in|on|early|mid|late|by|since|from|until|till|of|through|to)\\s)"
            + "(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?|\\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?(?=\\s+\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "January"), Map.entry("feb", "February"),
            Map.entry("mar", "March"), Map.entry("apr", "April"), Map.entry("jun", "June"), Map.entry("jul", "July"),
            Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("sept", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    private Shorthand() {}

    static String spelledOut(String text) {
        Matcher q = QUESTION_WORD.matcher(text.stripLeading());
        if (q.find()) text = QUESTION_WORDS.get((q.group(1) != null ? q.group(1) : q.group(2)).toLowerCase(java.util.Locale.ROOT)) + " "
                + text.stripLeading().substring(q.end());
        Matcher m = SHORT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = WORDS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            // a full stop that ended the sentence stays; one that marked the shorthand goes
            boolean endsSentence = m.group().endsWith(".") && (m.end() == text.length() || Character.isWhitespace(text.charAt(m.end()))
                    && m.end() + 1 < text.length() && Character.isUpperCase(text.charAt(m.end() + 1)));
            m.appendReplacement(out, Matcher.quoteReplacement(full + (endsSentence ? "." : "")));
        }
        String paid = CHEQUE.matcher(m.appendTail(out)).replaceAll(r -> PAID.get(r.group(1).toLowerCase(java.util.Locale.ROOT))
                + (r.group(2).isBlank() ? "" : " " + r.group(2).strip()));
        String written = PERCENT_SIGN.matcher(REVENUE_REV.matcher(WITH.matcher(TIMES_X.matcher(paid).replaceAll("times")).replaceAll("with ")).replaceAll("revenue"))
                .replaceAll("percentage");
        String months = MONTH.matcher(written).replaceAll(r -> Matcher.quoteReplacement(MONTHS.get((r.group(1) != null ? r.group(1) : r.group(2))
                .toLowerCase(java.util.Locale.ROOT))));
        // a half of a sum the question writes is that sum's part, worked out as such ("more than half of the $50 billion")
        if (Figures.of(months).stream().anyMatch(f -> f.type() == dev.dealbot.text.Figure.Type.MONEY)) return months;
        String half = MAJORITY_OF.matcher(HALF.matcher(MOST_OWNED.matcher(months).replaceAll("$1 more than 50% of"))
                .replaceAll("$1 50%")).replaceAll("more than 50% $1");
        return MAJORITY_HOLDER.matcher(half).replaceAll(r -> r.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("maj")
                ? "holder of more than 50%" : "holder of less than 50%");
    }

    /** "more than half", "under half": a share bounded by half, checked as "more than 50%". */
    private static final Pattern HALF = Pattern.compile("\\b(more than|over|at least|less than|under|below|above)\\s+(?:a\\s+|one\\s+)?half\\b"
            // of a party ("of OpenAI") or of nothing; half of a sum ("of Amazon's investment", "of everything it invested") is
            // that sum's part
            + "(?=\\s+of\\s+(?:the\\s+)?(?!(?:everything|all|what|whatever|its|their|the total|the sum|the amount|the money)\\b)\\p{Lu}[\\p{L}-]*(?![\\p{L}'’])"
            + "|\\s*[?.!,;]|\\s*$)", Pattern.CASE_INSENSITIVE);
    /** "owns most of OpenAI", "holding the most of it": of a thing owned, most is more than half. */
    private static final Pattern MOST_OWNED = Pattern.compile("\\b((?:own|owns|owned|owning|hold|holds|held|holding)(?:\\s+the)?)\\s+most\\s+of\\b",
            Pattern.CASE_INSENSITIVE);
    /** "OpenAI's majority shareholder", "a minority owner": a holder of more (or less) than half. */
    private static final Pattern MAJORITY_HOLDER = Pattern.compile("\\b(majority|minority)\\s+(?:shareholder|stockholder|owner|stakeholder|holder)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "a majority of OpenAI", "a majority stake in OpenAI": more than half of it; not a stake whose figure follows ("a
     * majority stake of 72%"), which the figure says.
     */
    private static final Pattern MAJORITY_OF = Pattern.compile("\\b(?:an?|the)\\s+majority(?:\\s+(?:stake|share|holding|interest))?\\s+(of|in)\\b"
            + "(?!\\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more than|just|close to)\\s+)?\\d)", Pattern.CASE_INSENSITIVE);
}
