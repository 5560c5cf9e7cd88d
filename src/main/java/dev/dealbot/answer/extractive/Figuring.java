package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Token;
import java.util.List;

/** Picks the figure of a sentence that a question (or a side of a comparison) is about. */
final class Figuring {
    private Figuring() {}

    /** The figure type that answers a kind: a year for a date, else the kind's own figure. */
    static Figure.Type typeFor(Kind kind) {
        return switch (kind) {
            case TIME, YEAR -> Figure.Type.YEAR;
            case PERCENT -> Figure.Type.PERCENT;
            case MONEY, AMOUNT -> Figure.Type.MONEY;
            default -> Figure.Type.NUMBER;
        };
    }

    static Kind kindFor(Figure.Type type) {
        return switch (type) {
            case YEAR, DATE -> Kind.TIME;
            case PERCENT -> Kind.PERCENT;
            case MONEY -> Kind.MONEY;
            case NUMBER -> Kind.NUMBER;
        };
    }

    /**
     * The figure of {@code type} in the sentence's quote nearest a word of {@code query}; null when it has none.
     * Words of the whole quote count (its context sentence too), so a figure of the context is measured from the words
     * around it, not from the sentence after it.
     */
    static Figure of(SentenceInfo s, Figure.Type type, Query query) {
        List<Figure> figures = s.figures().stream().filter(f -> f.type() == type).toList();
        if (figures.isEmpty()) return null;
        if (figures.size() == 1) return figures.get(0);
        List<Token> tokens = s.quote().length() == s.text().length() ? s.tokens() : dev.dealbot.text.Tokens.of(s.quote());
        Figure best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Figure f : figures) {
            for (Token t : tokens) {
                if (!matches(t, query)) continue;
                int d = Math.abs(t.start() - f.start());
                if (d < bestDistance) { bestDistance = d; best = f; }
            }
        }
        return best != null ? best : figures.get(0);
    }

    /** Words that say nothing of which figure a noun phrase means. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "it", "its", "their", "his", "her", "our", "that", "this");

    /**
     * For a side written "the first tranche of Amazon's investment", the figure whose part of the quote holds the most
     * words of the head before "of" (the figure's own name; what follows "of" names whose it is), or before "at" (a thing
     * at a point: "OpenAI's valuation at the round in January 2023"): null when the side has neither, the quote one figure
     * of the type, or no figure's part is told apart that way.
     */
    static Figure headed(SentenceInfo s, Figure.Type type, String written) {
        String quote = s.quote();
        return headed(s.figures().stream().filter(f -> f.type() == type && f.end() <= quote.length()).toList(), quote, written);
    }

    /** {@link #headed(SentenceInfo, Figure.Type, String)} among {@code figures}, placed in {@code quote}. */
    static Figure headed(List<Figure> figures, String quote, String written) {
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        int of = lower.indexOf(" of ");
        if (of < 0) of = lower.indexOf(" at "); // "OpenAI's valuation at the round in January 2023": the thing at a point
        if (of < 0 || figures.size() < 2) return null;
        java.util.Set<String> head = new java.util.HashSet<>();
        for (Token t : dev.dealbot.text.Tokens.of(written.substring(0, of)))
            if (!ARTICLES.contains(t.lower()) && Character.isLetter(t.lower().charAt(0))) head.add(t.stem());
        return head.isEmpty() ? null : Shares.owned(figures, head, quote);
    }

    private static boolean matches(Token t, Query query) {
        for (QueryTerm q : query.terms()) if (q.term().equals(t.stem()) || q.alternatives().contains(t.stem())) return true;
        return false;
    }

    /**
     * {@code f} is the difference of two figures of its kind that {@code figures} states ("$35 billion left" of "$50
     * billion, with $15 billion first"): the text implies it without stating it. Money, counts and percentages only.
     */
    static boolean implied(List<Figure> figures, Figure f) {
        if (f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE || f.value() <= 0) return false;
        // a percentage left of a whole ("the remaining 73%" of a 27% stake)
        for (Figure a : figures)
            if (f.type() == Figure.Type.PERCENT && a.type() == Figure.Type.PERCENT && Math.abs(WHOLE_PERCENT - a.value() - f.value()) <= IMPLIED_ROUNDING * f.value())
                return true;
        for (Figure a : figures)
            for (Figure b : figures)
                if (a.type() == f.type() && b.type() == f.type() && Math.abs(a.value() - b.value() - f.value()) <= IMPLIED_ROUNDING * f.value()) return true;
        return false;
    }

    private static final java.util.regex.Pattern LEFT = java.util.regex.Pattern.compile(
            "\\b(left|leaves?|leaving|remaining|remains|rest|remainder|outstanding|still to come|yet to come|balance)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The question is about what is left of a sum, and {@code f}, which it gives for that, is the difference of two
     * figures some sentence states: worked out, not stated, and so not contradicted by what the articles state.
     */
    static boolean impliedRemainder(dev.dealbot.question.Question q, Figure f, dev.dealbot.index.SentenceTable table) {
        boolean left = q.part() == dev.dealbot.question.Part.REST || LEFT.matcher(q.english()).find();
        return left && table.all().stream().anyMatch(s -> implied(s.figures(), f));
    }

    private static final double WHOLE_PERCENT = 100;

    /** How far a figure written as an approximation ("~$35B") may be from the difference it stands for. */
    static final double IMPLIED_ROUNDING = 0.01;
}
