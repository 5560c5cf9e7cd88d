package dev.dealbot.answer.extractive;

import dev.dealbot.text.Figure;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure claimed as a total ("did it invest $10 billion in total?", "a combined $10 billion") is a total only where a
 * quote says its figure is one: the total a quote gives ("over $13 billion ... cumulative") answers it, a part the quote
 * gives beside it ("$10 billion in that round") does not.
 */
final class Totals {
    /** Words that make a figure a total. */
    static final Pattern TOTAL = Pattern.compile("(?i)\\b(?:in total|total|totall?ing|altogether|overall|cumulative(?:ly)?|combined|all told|in all|all together)\\b");
    /** How many characters from a claimed figure a word of totality may stand in the question. */
    private static final int REACH = 24;

    private Totals() {}

    /**
     * The one figure of {@code asked}'s type that {@code quote} (with its {@code figures}) gives as a total, when the
     * question claims {@code asked} as one; else null.
     */
    static Figure statedTotal(String question, Figure asked, String quote, List<Figure> figures) {
        if (asked == null || !claimedAsTotal(question, asked)) return null;
        List<Figure> totals = figures.stream().filter(f -> f.type() == asked.type() && f.end() <= quote.length())
                .filter(f -> TOTAL.matcher(FigurePart.around(quote, f)).find()).toList();
        return totals.size() == 1 ? totals.get(0) : null;
    }

    /** The question writes a word of totality near its figure, or "only" right before it ("only $15 billion": all of it). */
    static boolean claimedAsTotal(String question, Figure asked) {
        String before = question.substring(Math.max(0, asked.start() - REACH), asked.start());
        String after = question.substring(asked.end(), Math.min(question.length(), asked.end() + REACH));
        return TOTAL.matcher(before).find() || ONLY.matcher(before).find()
                || TOTAL.matcher(after.replaceFirst("^\\s*(?:in|of)?\\s*", "")).lookingAt();
    }

    /** The question writes "only" (or "just", "merely") right before its figure: no more than it. */
    static boolean claimedOnly(String question, Figure asked) {
        return asked != null && ONLY.matcher(question.substring(Math.max(0, asked.start() - REACH), asked.start())).find();
    }

    /** "only $15 billion", "only invested $15 billion", "just put in $15 billion": not "just over" (a bound). */
    private static final Pattern ONLY = Pattern.compile("(?i)\\b(?:only|merely|just)\\s+(?:(?!(?:over|under|above|below|more|less|after|before)\\b)\\p{L}+\\s+(?:in(?:to)?\\s+)?)?(?:about\\s+|around\\s+)?$");
}
