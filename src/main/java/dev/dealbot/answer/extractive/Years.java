package dev.dealbot.answer.extractive;

import dev.dealbot.text.Figure;
import dev.dealbot.text.TimeBound;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a year stands in a question or a quote: the time after it, up to it, before it, since it, or just at it. A
 * yes/no question's year is checked only against a year that stands the same way ("since 2019" does not confirm
 * "before 2019"; the end "until 2032" does not answer "since 2023"), except that a state asked to hold after a year, or
 * still in it, is answered by the end the articles give.
 */
final class Years {
    enum Asked { AFTER, UNTIL, BEFORE, SINCE, AT }

    private static final Pattern BEFORE = Pattern.compile("\\b(?:before|prior to|earlier than|ahead of)\\s+$");
    private static final Pattern SINCE = Pattern.compile("\\b(?:since|from|starting in|beginning in)\\s+$");
    /** "since it first got involved back in 2019": a "since" clause whose event the year dates. */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\bsince\\s[^,.;:?!]{0,40}\\bin\\s+$");
    private static final Pattern STILL = Pattern.compile("\\bstill\\b", Pattern.CASE_INSENSITIVE);

    private Years() {}

    static Asked asked(String text, Figure year) {
        TimeBound bound = TimeBound.of(text, year);
        if (bound == TimeBound.AFTER) return Asked.AFTER;
        if (bound == TimeBound.UNTIL) return Asked.UNTIL;
        String before = text.substring(Math.max(0, year.start() - 16), Math.min(year.start(), text.length())).toLowerCase(Locale.ROOT);
        String clause = text.substring(Math.max(0, year.start() - 60), Math.min(year.start(), text.length())).toLowerCase(Locale.ROOT);
        return BEFORE.matcher(before).find() ? Asked.BEFORE
                : SINCE.matcher(before).find() || SINCE_CLAUSE.matcher(clause).find() ? Asked.SINCE : Asked.AT;
    }

    static boolean still(String question) {
        return STILL.matcher(question).find();
    }

    /** Years that stand the same way, or a plain year against any (the claim's year may simply be its date). */
    static boolean comparable(Asked asked, Asked given) {
        if (asked == given) return true;
        return switch (asked) {
            case SINCE, BEFORE -> false;
            case AFTER -> false;
            case UNTIL, AT -> given != Asked.SINCE && given != Asked.BEFORE;
        };
    }
}
