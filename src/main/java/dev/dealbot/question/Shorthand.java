package dev.dealbot.question;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand for units and small words ("how many yrs", "approx", "w/o") is written out, so a unit the question
 * asks in is read as that unit and the words are not taken for unknown names. Only shorthand with one reading.
 */
final class Shorthand {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("mos", "months"), Map.entry("mths", "months"),
            Map.entry("wks", "weeks"), Map.entry("hrs", "hours"), Map.entry("pct", "percent"),
            Map.entry("approx", "approximately"), Map.entry("abt", "about"), Map.entry("thru", "through"),
            Map.entry("b/c", "because"), Map.entry("w/o", "without"), Map.entry("ppl", "people"),
            Map.entry("govt", "government"), Map.entry("pls", "please"), Map.entry("plz", "please"));
    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\w/])(b/c|w/o|yrs?|mos|mths|wks|hrs|pct|approx|abt|thru|ppl|govt|pls|plz)(?![\\w/])\\.?",
            Pattern.CASE_INSENSITIVE);

    /** "w/Azure", "w/ Azure"; not "w/o". */
    private static final Pattern WITH = Pattern.compile("(?<![\\w/])w/(?!o\\b)\\s*(?=\\w)", Pattern.CASE_INSENSITIVE);

    private Shorthand() {}

    static String spelledOut(String text) {
        Matcher m = SHORT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = WORDS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            // a full stop that ended the sentence stays; one that marked the shorthand goes
            boolean endsSentence = m.group().endsWith(".") && (m.end() == text.length() || Character.isWhitespace(text.charAt(m.end()))
                    && m.end() + 1 < text.length() && Character.isUpperCase(text.charAt(m.end() + 1)));
            m.appendReplacement(out, Matcher.quoteReplacement(full + (endsSentence ? "." : "")));
        }
        return WITH.matcher(m.appendTail(out)).replaceAll("with ");
    }
}
