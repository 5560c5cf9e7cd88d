package dev.dealbot.question;

import java.util.regex.Pattern;

/**
 * Words that only stress a bound ("all the way to 2035", "right up until 2030", "up until"; not "up to", which caps a sum) are read as the bound
 * itself, and a size word before a stake's figure as the stake: as words they would be searched for, and no article writes them.
 */
final class Intensifiers {
    private static final Pattern BOUND = Pattern.compile("\\ball the way\\s+(to|until|till|through|into)\\b"
            + "|\\b(?:right\\s+)?up\\s+(until|till|through)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "a majority stake of roughly 72 percent": a word for a stake's size before the figure that gives it says no more than
     * the figure, which is checked; without a figure ("a majority stake?") the word is what is asked, and stays.
     */
    private static final Pattern SIZED = Pattern.compile("\\b(?:majority|minority|controlling)\\s+(stake|share|holding|interest|position)"
            + "(?=\\s+(?:of|at)\\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more than|just|close to)\\s+)?\\d)", Pattern.CASE_INSENSITIVE);

    private Intensifiers() {}

    static String plain(String text) {
        // "up to $50 billion" is a ceiling, not a stress: it stays
        String bound = BOUND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
        return SIZED.matcher(bound).replaceAll("$1");
    }
}
