package dev.dealbot.answer.extractive;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A figure checked against a threshold rather than for itself ("Is its stake above 20%?", "Did it invest more than $13
 * billion?"), decided from the range the articles' words give their figure: "over $13 billion" is more than 13, "about
 * 27%" is near 27 (within {@link #ABOUT}), "nearly a third" and "up to $50 billion" at most that. Where the range
 * straddles the threshold the articles do not decide it.
 */
final class Threshold {
    /** How far "about", "approximately" may stray from the figure. */
    static final double ABOUT = 0.05;
    /** Words before a question's figure that ask for more than it (strictly) or at least it. */
    private static final Pattern ABOVE = Pattern.compile("\\b(more than|over|above|greater than|higher than|bigger than|larger than|in excess of|"
            + "upwards of|exceed(?:s|ed|ing)?|top(?:s|ped)?)\\s*$");
    private static final Pattern AT_LEAST = Pattern.compile("\\b(at least|no less than|not less than)\\s*$");
    private static final Pattern BELOW = Pattern.compile("\\b(less than|under|below|lower than|smaller than|fewer than)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile("\\b(at most|no more than|not more than)\\s*$");

    /** A bound for "nearly", "almost", "just under": a little below the figure, not anything up to it. */
    static final int NEARLY = -2;
    private static final Pattern CLOSE_BELOW = Pattern.compile("^(nearly|almost|just under|close to)\\s*$", Pattern.CASE_INSENSITIVE);

    /** {@link Shares#bound} of the sentence's figure, with {@link #NEARLY} for a figure just below its words. */
    static int bound(dev.dealbot.index.SentenceInfo s, Figure f) {
        int bound = Shares.bound(s, f);
        return bound == -1 && CLOSE_BELOW.matcher(Shares.hedgeWords(s, f).strip()).matches() ? NEARLY : bound;
    }

    /** Words before a question's figure that claim it to the unit: "exactly", "precisely", "a flat", "an even". */
    private static final Pattern EXACTLY = Pattern.compile("\\b(exactly|precisely|a flat|an even)\\s*$");

    /** The question claims its figure {@code f} (placed in it) to the unit ("exactly $13 billion"). */
    static boolean exactly(String question, Figure f) {
        if (f.start() > question.length()) return false;
        return EXACTLY.matcher(question.substring(Math.max(0, f.start() - 24), f.start()).toLowerCase(Locale.ROOT)).find();
    }

    /** Which way a question bounds its figure. */
    enum Ask { NONE, ABOVE, AT_LEAST, BELOW, AT_MOST }

    private Threshold() {}

    /** How {@code question} bounds its figure {@code f} (placed in it), by the words just before it. */
    static Ask asked(String question, Figure f) {
        if (f.type() == Figure.Type.YEAR || f.start() > question.length()) return Ask.NONE;
        String before = question.substring(Math.max(0, f.start() - 24), f.start()).toLowerCase(Locale.ROOT);
        if (AT_LEAST.matcher(before).find()) return Ask.AT_LEAST;
        if (AT_MOST.matcher(before).find()) return Ask.AT_MOST;
        if (ABOVE.matcher(before).find()) return Ask.ABOVE;
        if (BELOW.matcher(before).find()) return Ask.BELOW;
        return Ask.NONE;
    }

    /**
     * Whether a figure the articles give as {@code stated}, bounded as {@link Shares#bound} says, meets the threshold
     * {@code x} asked {@code ask}: TRUE or FALSE when its range decides it, null when it does not.
     */
    static Boolean meets(Ask ask, double x, double stated, int bound) {
        double low = switch (bound) { case 1 -> stated; case -1 -> Double.NEGATIVE_INFINITY; case NEARLY, 2 -> stated * (1 - ABOUT); default -> stated; };
        double high = switch (bound) { case 1 -> Double.POSITIVE_INFINITY; case -1, NEARLY -> stated; case 2 -> stated * (1 + ABOUT); default -> stated; };
        // "over 13" is more than 13, "nearly 228.3" less than 228.3; "up to 50" may be 50
        boolean lowOpen = bound == 1, highOpen = bound == NEARLY;
        return switch (ask) {
            case ABOVE -> low > x || low == x && lowOpen ? Boolean.TRUE : high <= x ? Boolean.FALSE : null;
            case AT_LEAST -> low >= x ? Boolean.TRUE : high < x || high == x && highOpen ? Boolean.FALSE : null;
            case BELOW -> high < x || high == x && highOpen ? Boolean.TRUE : low >= x ? Boolean.FALSE : null;
            case AT_MOST -> high <= x ? Boolean.TRUE : low > x || low == x && lowOpen ? Boolean.FALSE : null;
            case NONE -> null;
        };
    }

    /** The bot's verdict on a threshold asked of {@code claimed}, from the stated figure with its article words. */
    static String verdict(Ask ask, Figure claimed, Figure stated, int bound, String statedWords) {
        Boolean meets = meets(ask, claimed.value(), stated.value(), bound);
        if (meets == null) return "The articles say only " + statedWords + ", which does not tell.";
        return (meets ? "Yes" : "No") + " — the articles say " + statedWords + ".";
    }

    /**
     * Whether the first of two figures is the larger (or, when {@code larger} is false, the smaller) when one is the
     * asker's exact figure and the other one the articles bound ("Is $15 billion more than its total investment?" of
     * "over $13 billion"): TRUE or FALSE when the bound decides it, null when it does not.
     */
    static Boolean firstWins(boolean larger, double a, boolean aExact, int aBound, double b, boolean bExact, int bBound) {
        if (aExact) return meets(larger ? Ask.BELOW : Ask.ABOVE, a, b, bBound); // b below a: a is the larger
        return meets(larger ? Ask.ABOVE : Ask.BELOW, b, a, aBound);
    }

    private static final Pattern BEFORE_NOW = Pattern.compile("\\b(at (that|the) time|back then|by then|previously|formerly|at the time)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The sentence of {@code quote} that holds {@code f} (placed in it). */
    static String sentenceOf(String quote, Figure f) {
        int start = Math.max(quote.lastIndexOf(". ", f.start()), quote.lastIndexOf("? ", f.start())) + 1;
        int end = quote.indexOf(". ", f.end());
        return quote.substring(Math.max(0, start), end < 0 ? quote.length() : end + 1);
    }

    /** A figure's own sentence says it held at an earlier time ("At that time, ... $135 billion"). */
    static boolean datedBefore(String sentence) {
        return BEFORE_NOW.matcher(sentence).find();
    }

    /** The question names a month or year (not its threshold) that {@code quote} names too: it asks of the quote's time. */
    static boolean namesTimeOf(String question, String quote) {
        String lower = quote.toLowerCase(java.util.Locale.ROOT);
        if (ClaimMonths.of(question).stream().anyMatch(lower::contains)) return true;
        return Figures.of(question).stream().anyMatch(f -> f.type() == Figure.Type.YEAR && lower.contains(f.text()));
    }
}
