package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time between two things asked in shapes of their own: "How many years does that leave before the licence expires?",
 * "After the last payment is due, how much longer does Microsoft keep its licence?", "By the time of the 2026
 * revision, how long had Microsoft been an investor?", "How many years from 2026 does the licence last?". The sides
 * are the two things, each dated by the articles.
 */
final class TimeSpans {
    private static final String SPAN = "how (?:long|many (?:years|months|weeks|days))";
    /** "How many years does that leave before the licence expires?": from the first thing to the second. */
    private static final Pattern LEAVES = Comparison.pattern("^" + SPAN + "\\s+(?:does|do|did|will|would)\\s+(.{2,}?)\\s+leave\\s+"
            + "(?:before|until|till|ahead of)\\s+(.{3,})$");
    /** "After B, how much longer does A run?": A outlasts B. */
    private static final Pattern LONGER_AFTER = Comparison.pattern("^(?:after|once)\\s+(.{3,}?)\\s*,\\s*how (?:much|many (?:more )?(?:years|months))"
            + "\\s+longer\\s+(?:does|do|will|would|can|could)\\s+(.{3,})$");
    /** "By the time of the 2026 revision, how long had Microsoft been an investor?": from the state's start to the point. */
    private static final Pattern BY_THE_TIME = Comparison.pattern("^by the time (?:of\\s+)?(.{3,}?)\\s*,\\s*" + SPAN + "\\s+had\\s+(.{3,})$");
    /**
     * "How many years had Microsoft been investing by the time of (or "by the", "when") the revision ...?": from the
     * state's start to the point; "by the" names the point only before a word of an event ("by the 2026 announcement"),
     * not a doer ("paid by the company").
     */
    private static final Pattern HAD_BY = Comparison.pattern("^" + SPAN + "\\s+had\\s+(.{3,}?)\\s+(?:by the time (?:of\\s+)?|when\\s+|(?<=\\bbeen\\s.{1,60})by\\s+(?=the\\s+(?:(?:19|20)\\d\\d\\s+|\\p{L}+\\s+)?"
            + "(?:announcement|revision|deal|agreement|signing|launch|round|recapitali[sz]ation|restructuring|memo|statement|amendment)\\b))(.{3,})$");
    /** "How many years from 2026 does the licence last?": the time a thing has left, counted from the point named. */
    private static final Pattern FROM_POINT = Comparison.pattern("^" + SPAN + "\\s+(?:from|after|counting from|as of)\\s+(.{3,}?)\\s+(?:does|do|will|would)\\s+"
            + "(.{3,}?)\\s+(?:last|run|remain|continue|go on|stay in force|remain in force)$");

    private TimeSpans() {}

    /** The comparison, or null when the question asks none of these. */
    static Comparison of(String q, boolean gap) {
        Matcher m = LEAVES.matcher(q);
        if (m.matches()) return apart(m.group(1), m.group(2), gap);
        m = LONGER_AFTER.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(2).strip(), m.group(1).strip()), Kind.TIME, Comparison.Op.DIFFERENCE, true, "outlast", gap);
        m = BY_THE_TIME.matcher(q);
        if (m.matches()) return apart(m.group(2), m.group(1), gap);
        m = HAD_BY.matcher(q);
        if (m.matches()) return apart(m.group(1), m.group(2), gap);
        m = FROM_POINT.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1).strip(), m.group(2).strip()), Kind.TIME, Comparison.Op.DIFFERENCE, true, Comparison.LEFT, gap);
        return null;
    }

    private static Comparison apart(String a, String b, boolean gap) {
        return new Comparison(List.of(a.strip(), b.strip()), Kind.TIME, Comparison.Op.DIFFERENCE, true, "apart", gap);
    }
}
