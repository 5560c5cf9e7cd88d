package dev.dealbot.text;

import java.util.regex.Pattern;

/** Words by which a question says a thing was changed, whatever the thing: "was the share cut", "raised to 25%". */
public final class Change {
    /**
     * A claim that a thing was changed: "was the share cut", "raised to 25%", "a lower share". "cut" only as a verb:
     * after a form of "be" or "get", or ending the clause or before "to", "from", "by", "back"; not after an article, a
     * possessive or a figure ("Microsoft's cut", "a 20% cut?" are its share).
     */
    /** A sum put into something ("dropped $13B into OpenAI"): dropping money in is investing it, no change nor stop. */
    static final String SUM_INTO = "(?:(?:us)?\\$\\s?|€)?\\d[\\d.,]*\\s*(?:b|bn|billion|m|mn|million|k|thousand|dollars)?\\b\\s*(?:dollars\\s+)?(?:into|in)\\b";

    private static final Pattern VERB = Pattern.compile("\\b(?:chang(?:e|ed|es|ing)|alter(?:ed|s)?|reduc(?:e|ed|es|ing)|lower(?:ed|s)?|"
            + "rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|bump(?:ed|s)?|hik(?:e|ed|es)|boost(?:ed|s)?|slash(?:ed|es)?|"
            + "trim(?:med|s)?|adjust(?:ed|s)?|modif(?:y|ied|ies)|higher|(?:is|was|were|be|been|being|get|got|gets)\\s+cut|"
            + "(?:go|goes|going|went|gone)\\s+(?:up|down)|drop(?:ped|s)?(?!\\s+" + SUM_INTO + ")|f[ae]ll(?:en|s)?|ris(?:e|en|es)|rose|shr[aiu]nk|shrinks?|"
            + "(?<!(?:\\ba|\\ban|\\bthe|\\bits|\\btheir|\\bpercent|%|\\d|['’]s)\\s)cut(?=\\s*(?:[?.!,]|$|\\s+(?:to|from|by|back)\\b)))\\b",
            Pattern.CASE_INSENSITIVE);

    private Change() {}

    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s*$");
    private static final Pattern TO = Pattern.compile("(?i)^\\s*(?:(?:down|up|back)\\s+)?to\\s*$");

    /**
     * {@code text} gives a change from {@code from} to {@code to}, two figures it holds ("from 20% to 15%", "from $29
     * billion up to $850 billion"), by their places in it.
     */
    public static boolean fromTo(String text, Figure from, Figure to) {
        return from.end() <= to.start() && to.end() <= text.length() && FROM.matcher(text.substring(0, from.start())).find()
                && TO.matcher(text.substring(from.end(), to.start())).find();
    }

    /** Whether {@code text} says a thing was changed. */
    public static boolean claimed(String text) {
        return VERB.matcher(text).find();
    }
}
