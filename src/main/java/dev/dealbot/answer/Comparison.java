package dev.dealbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question comparing two things ("Is the licence longer than the revenue share?", "Which lasts longer, the
 * licence or the revenue share?"), split into its two sides so each can be answered with its own evidence.
 *
 * @param sides the two things compared, as text to search for
 * @param kind what is compared: a date or duration (longer, later) or a figure (bigger, more)
 */
record Comparison(List<String> sides, QuestionSignals.Kind kind) {
    private static final String TIME_WORDS = "longer|shorter|later|earlier|sooner";
    private static final String COMPARATIVE = TIME_WORDS + "|bigger|larger|smaller|more|less|higher|lower|greater";
    private static final Pattern A_THAN_B = Pattern.compile(
            "^(.{8,}?)\\s+(?:last(?:s|ing)?\\s+|run(?:s|ning)?\\s+)?(" + COMPARATIVE + ")\\s+than\\s+(.{8,})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHICH_A_OR_B = Pattern.compile(
            "^(?:which|what)\\b.{0,40}?\\b(" + COMPARATIVE + ")\\b[,:]?\\s*(.{6,}?)\\s+or\\s+(.{6,})$", Pattern.CASE_INSENSITIVE);

    /** The comparison in {@code question}, or null when it compares nothing. */
    static Comparison of(String question) {
        String q = question.strip().replaceAll("[?.!]+$", "");
        Matcher m = A_THAN_B.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(3)), kindOf(m.group(2)));
        m = WHICH_A_OR_B.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(2), m.group(3)), kindOf(m.group(1)));
        return null;
    }

    private static QuestionSignals.Kind kindOf(String comparative) {
        return comparative.toLowerCase(Locale.ROOT).matches(TIME_WORDS) ? QuestionSignals.Kind.TIME : QuestionSignals.Kind.NUMBER;
    }
}
