package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a thing has left, counted from a point the question names: "How many years does the licence have left,
 * counting from 2026?", "From the announcement, how long remains on the revenue share?". The sides are the point and
 * the thing, whose end the articles date ("How long will the revenue share continue from 2026?"); without a point there
 * is no count (the articles' "now" is not the asker's).
 */
final class TimeLeft {
    /** "how many more/extra/additional/further years": a span beyond a point. */
    private static final String SPAN = "how (?:long|much (?:longer|time)|many (?:(?:more|extra|additional|further) )?(?:years|months|weeks|days))";
    private static final String FROM = "(?:(?:counting|starting|measuring|reckoning)\\s+)?(?:from|after|as of|since)";
    /** "how many years does X (still) have left (to run)". */
    private static final Pattern HAS_LEFT = Comparison.pattern("^" + SPAN + "\\s+(?:does|do|did|will|would)\\s+(.{3,}?)\\s+(?:still\\s+)?have\\s+"
            + "(?:left|remaining|to run|to go)(?:\\s+to\\s+run)?(?:\\s*,?\\s+" + FROM + "\\s+(.{3,}))?$");
    /** "how many years are left on X", "how long remains on X". */
    private static final Pattern LEFT_ON = Comparison.pattern("^" + SPAN + "\\s+(?:(?:is|are|was|were|will be|would be)\\s+)?(?:left|remaining|remains?)"
            + "\\s+(?:on|in|for|of)\\s+(.{3,}?)(?:\\s*,?\\s+" + FROM + "\\s+(.{3,}))?$");
    /** "how many more years of X would Z have after Y": X, held by Z, counted from the point after which it is asked. */
    private static final Pattern OF_AFTER = Comparison.pattern("^" + SPAN + "\\s+of\\s+(.{3,}?)\\s+(?:does|do|did|will|would|could)\\s+(\\S.{1,}?)\\s+"
            + "(?:still\\s+)?(?:have|get|keep|enjoy|hold)\\s+(?:left\\s+)?(?:after|beyond|past|once|from)\\s+(.{3,})$");
    /** "how long will X continue (to run) from Y", "how many years does X run after Y": X's term counted from Y. */
    private static final Pattern RUNS_FROM = Comparison.pattern("^" + SPAN + "\\s+(?:does|do|will|would|is|are)\\s+(.{3,}?)\\s+(?:still\\s+)?"
            + "(?:continue|run|last|remain|go on|stay)(?:\\s+to\\s+run|\\s+in\\s+(?:force|place|effect))?\\s*,?\\s+" + FROM + "\\s+(.{3,})$");
    /** "how many years does Z keep X after Y stops": X, held by Z, counted from Y. */
    private static final Pattern KEEPS_AFTER = Comparison.pattern("^" + SPAN + "\\s+(?:does|do|will|would|can|could)\\s+(\\S.{1,}?)\\s+(?:still\\s+)?"
            + "(?:keep|hold|retain|have|enjoy)\\s+(.{3,}?)\\s+(?:after|once|beyond|past)\\s+(.{3,})$");
    /** "counting from Y, how many years ...": the point first. */
    private static final Pattern POINT_FIRST = Comparison.pattern("^" + FROM + "\\s+(.{3,}?)\\s*,\\s*(?:for\\s+)?(" + SPAN + "\\b.*)$");
    /** After a point given first: "how many more years will X pay Y": the deed's term, counted from the point. */
    private static final Pattern GOES_ON = Comparison.pattern("^how many (?:more|extra|additional|further) (?:years|months)\\s+(?:does|do|will|would|can|could)\\s+"
            + "((?!.*\\b(?:when|before|after|until|till|once|pass|passed|elapse|elapsed)\\b).{3,}?)$");

    private TimeLeft() {}

    /** The time {@code holder}'s {@code held} has left after {@code point}; "its licence" is already the holder's. */
    private static Comparison held(String holder, String held, String point, boolean gap) {
        String h = held.strip();
        String thing = h.matches("(?i)(?:its|their|his|her)\\s.*") ? h : holder.strip() + "'s " + h.replaceFirst("(?i)^(?:a|an|the)\\s+", "");
        return new Comparison(List.of(point.strip(), thing), Kind.TIME, Comparison.Op.DIFFERENCE, true, Comparison.LEFT, gap);
    }

    /** The time from the named point to the thing's end, or null when the question asks no such thing or names no point. */
    static Comparison of(String q, boolean gap) {
        Matcher first = POINT_FIRST.matcher(q);
        String point = null, rest = q;
        if (first.matches()) {
            point = first.group(1).strip();
            rest = first.group(2);
        }
        Matcher of = OF_AFTER.matcher(q);
        if (of.matches()) return held(of.group(2), of.group(1), of.group(3), gap);
        Matcher keeps = KEEPS_AFTER.matcher(q);
        if (keeps.matches()) return held(keeps.group(1), keeps.group(2), keeps.group(3), gap);
        for (Pattern p : List.of(HAS_LEFT, LEFT_ON, RUNS_FROM, GOES_ON)) {
            if (p == GOES_ON && point == null) continue; // no point, no count
            Matcher m = p.matcher(rest);
            if (!m.matches()) continue;
            String own = m.groupCount() >= 2 ? m.group(2) : null;
            String from = point != null ? point : own;
            if (from == null || own != null && point != null) return null;
            return new Comparison(List.of(from.strip(), m.group(1).strip()), Kind.TIME, Comparison.Op.DIFFERENCE, true, Comparison.LEFT, gap);
        }
        return null;
    }
}
