package dev.dealbot.question;

import java.util.regex.Pattern;

/**
 * Words that only stress a bound ("all the way to 2035", "right up until 2030", "up until"; not "up to", which caps a sum) are read as the bound
 * itself: as words they would be searched for, and no article writes them.
 */
final class Intensifiers {
    private static final Pattern BOUND = Pattern.compile("\\ball the way\\s+(to|until|till|through|into)\\b"
            + "|\\b(?:right\\s+)?up\\s+(until|till|through)\\b", Pattern.CASE_INSENSITIVE);

    private Intensifiers() {}

    static String plain(String text) {
        // "up to $50 billion" is a ceiling, not a stress: it stays
        return BOUND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
    }
}
