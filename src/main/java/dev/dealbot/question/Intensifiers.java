package dev.dealbot.question;

import java.util.regex.Pattern;

/**
 * Words that only stress a bound ("all the way to 2035", "right up until 2030", "up until"; not "up to", which caps a sum) are read as the bound
 * itself, a size word before a stake's figure as the stake, a hedge opening the question as nothing and "at that point" as
 * "then": as words they would be searched for, and no article writes them.
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

    /**
     * "So basically, has its stake ...?", "Honestly, how much ...?": a hedge on the asker's wording that opens a question
     * (alone or after "so", "ok", "and", "but", "well") says nothing of what is asked; the opening word stays.
     */
    private static final Pattern OPENING_HEDGE = Pattern.compile("(?<=^|[.?!:;]\\s|^(?:so|ok|okay|and|but|then|well)[,]?\\s|[.?!:;]\\s(?:so|ok|okay|and|but|then|well)[,]?\\s)"
            + "(?:basically|essentially|honestly|literally|seriously|really|just)\\s*,?\\s+(?=(?:how|what|which|who|whom|when|where|why|is|are|was|were|"
            + "do|does|did|will|would|can|could|has|have|had|should|if|say|suppose)\\b)", Pattern.CASE_INSENSITIVE);

    /** "at that point", "at this point in time": a time pointed back to, as "then" says it. */
    private static final Pattern AT_THAT_POINT = Pattern.compile("\\bat\\s+(?:that|this)\\s+point(?:\\s+in\\s+time)?\\b", Pattern.CASE_INSENSITIVE);

    private Intensifiers() {}

    static String plain(String text) {
        // "up to $50 billion" is a ceiling, not a stress: it stays
        String bound = BOUND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
        String sized = SIZED.matcher(bound).replaceAll("$1");
        // the question then opens where the hedge did, with its capital
        String plain = OPENING_HEDGE.matcher(sized).replaceAll("");
        if (!plain.equals(sized) && !sized.isEmpty() && Character.isUpperCase(sized.charAt(0)) && !plain.isEmpty() && Character.isLowerCase(plain.charAt(0)))
            plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        return AT_THAT_POINT.matcher(plain).replaceAll("then");
    }
}
