package dev.dealbot.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the words just before a year bound it: the time after it ("after 2032", "beyond 2032", "past 2030", "post-2030")
 * (also "after it expires in 2032", "once 2032 runs out") or the time up to it ("until 2032", "through 2030", "to 2030"); "by 2027" or "a 2027 goal" is a deadline, not an end. A text that states a year only as an end
 * ("valid until 2032") says nothing of what comes after it.
 */
public enum TimeBound {
    AFTER, UNTIL, DEADLINE, NONE;

    /** "by 2027", "no later than 2027": a time something is to happen by, not the end of a term. */
    private static final Pattern DEADLINE_WORD = Pattern.compile("\\b(?:by|no later than|not later than)\\s+(?:the end of\\s+)?$");

    /** A noun of aim after a year ("a 2030 target", "its 2027 frontier goal"): the year is when the aim is to be met. */
    private static final Pattern AIM_AFTER = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+)?(?:target|goal|deadline|ambition|objective|milestone)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AFTER_WORD = Pattern.compile("\\b(?:after|beyond|past|post|later than)[\\s-]{1,2}$");
    private static final Pattern UNTIL_WORD = Pattern.compile("\\b(?:until|till|through|thru|to|ends? in|expires? in)\\s+(?:the end of\\s+)?$");
    /**
     * "after it expires in 2032", "once it ends in": the time after the end the year gives, of the thing asked about (a
     * pronoun for it); "after the revenue share ends in 2030" may be asked of another thing, which may well run on.
     */
    private static final Pattern AFTER_END = Pattern.compile("\\b(?:after|once|beyond)\\s+(?:it|they|that|this)"
            + "\\s+(?:expires?|ends?|runs? out|lapses?|is over|finishes)\\s+in\\s+$");
    /** "once 2032 runs out", "when 2030 is over": the year itself ends, and the time after it is asked. */
    private static final Pattern YEAR_ENDS_BEFORE = Pattern.compile("\\b(?:once|after|when|beyond)\\s+$");
    private static final Pattern YEAR_ENDS_AFTER = Pattern.compile("^\\s+(?:runs? out|ends?|expires?|is over|lapses?|has passed|passes|is up)\\b");
    /**
     * A year an ongoing deed stops in ("stop paying Microsoft in 2028", "cease payments in 2028"): the end of its term,
     * like "until"; not a one-off deed dated by its year ("removed the clause in 2026").
     */
    private static final Pattern STOPS_IN = Pattern.compile("\\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|discontinu\\w*|terminat\\w*|" + Polarity.PHRASAL_STOP + ")\\b"
            + "[^,;.?!—–]*\\bin\\s+$");

    /** The lower-case words before a year say an ongoing deed stops in it ("will stop paying Microsoft in "). */
    public static boolean stopsIn(String lowerBefore) {
        return STOPS_IN.matcher(lowerBefore.substring(Math.max(0, lowerBefore.length() - END_REACH))).find();
    }

    /** How far before a year "after ... expires in" may start. */
    private static final int END_REACH = 48;
    /** How far before a figure its bounding word may stand. */
    private static final int REACH = 24;

    /** A word that puts a bound on a year ("after", "until"), not a word about what is bounded. */
    public static boolean boundWord(String lowerWord) {
        return AFTER_WORD.matcher(lowerWord + " ").matches() || UNTIL_WORD.matcher(lowerWord + " ").matches();
    }

    /** The bound the words before {@code f} put on it in {@code text} (the text {@code f}'s offsets refer to). */
    public static TimeBound of(String text, Figure f) {
        if (f.type() != Figure.Type.YEAR || f.start() > text.length()) return NONE;
        String before = text.substring(Math.max(0, f.start() - REACH), f.start()).toLowerCase(Locale.ROOT);
        if (AFTER_WORD.matcher(before).find()) return AFTER;
        if (YEAR_ENDS_BEFORE.matcher(before).find() && f.end() <= text.length()
                && YEAR_ENDS_AFTER.matcher(text.substring(f.end()).toLowerCase(Locale.ROOT)).find()) return AFTER;
        if (AFTER_END.matcher(text.substring(Math.max(0, f.start() - END_REACH), f.start()).toLowerCase(Locale.ROOT)).find()) return AFTER;
        if (UNTIL_WORD.matcher(before).find() || stopsIn(text.substring(0, f.start()).toLowerCase(Locale.ROOT))) return UNTIL;
        if (DEADLINE_WORD.matcher(before).find()) return DEADLINE;
        return f.end() <= text.length() && AIM_AFTER.matcher(text.substring(f.end())).lookingAt() ? DEADLINE : NONE;
    }
}
