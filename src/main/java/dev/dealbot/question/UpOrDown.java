package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way one thing went between two points: "Has Microsoft's stake gone up or down since the January 2023 round?",
 * "Did OpenAI's valuation rise or fall between 2023 and its latest round?". The sides are the thing at the earlier
 * point and at the later one (its latest figure when the question names only the earlier); the answer says which way
 * and by how much.
 */
final class UpOrDown {
    private static final String EITHER_WAY = "(?:go(?:ne)?|went|move[sd]?|moved)\\s+up\\s+or\\s+down|"
            + "(?:rise|risen|rose|increase[sd]?|grow|grown|grew|gone up)\\s+or\\s+(?:fall|fallen|fell|decrease[sd]?|shrink|shrunk|drop(?:ped)?|"
            + "gone down|decline[sd]?)|(?:bigger|larger|higher|greater|more)\\s+or\\s+(?:smaller|lower|less)";
    /** Words that set a thing against its figure at another point. */
    private static final String AGAINST = "compared (?:with|to)|relative to|against|versus|vs\\.?";
    /**
     * "compared with what it got in the 2023 round", "the stake it took in early 2023": the point is the round or the
     * time; what was had there is the thing itself.
     */
    private static final String WHAT_IT_WAS = "(?:(?:what|where|the\\s+\\w+|the\\s+one)\\s+(?:it|they|he|she|its\\s+\\w+)\\s+(?:\\w+\\s+){1,2}?(?:in|at|after|with)\\s+)?";
    private static final Pattern ASKED = Comparison.pattern("^(?:did|has|have|does|do|is|was)\\s+(.{3,}?)\\s+(?:" + EITHER_WAY + ")(?:\\s+(?:now|today|currently))?"
            + "(?:\\s+(?:since|from|between|" + AGAINST + ")\\s+" + WHAT_IT_WAS + "(.{3,}?)(?:\\s+(?:to|and|until|till)\\s+(.{3,}))?|\\s+(since))?$");

    /** "Microsoft's stake 27% vs the one-third it bought in 2023 — did its share go up or down?": two figures, then which way. */
    private static final Pattern VERSUS_THEN_WAY = Comparison.pattern("^(.{3,}?)\\s+(?:" + AGAINST + ")\\s+(.{3,}?)\\s*[,;:—–?]+\\s*(?:so\\s+)?"
            + "(?:did|has|have|does|do|is|was)\\s+.{0,40}?\\b(?:" + EITHER_WAY + ")(?:\\s+(?:now|today|currently))?$");

    /**
     * "Between the January 2023 round and now, has its stake grown or shrunk?", "Since 2023, has X gone up or down?": the
     * points set first, then which way; read as the question with its points after it.
     */
    private static final Pattern POINTS_FIRST = Comparison.pattern("^(?:between\\s+(.{3,}?)\\s+and\\s+(.{3,}?)|from\\s+(.{3,}?)\\s+to\\s+(.{3,}?)|since\\s+(.{3,}?))"
            + "\\s*,\\s*((?:did|has|have|does|do|is|was)\\s+.{3,}?\\s+(?:" + EITHER_WAY + "))$");

    /** A side dated in the past: a year, "then", "originally", "before", "previous", "old". */
    private static final Pattern PAST = Comparison.pattern("\\b(\\d{4}|then|originally|original|initial|initially|before|previous|previously|old|earlier|once)\\b");

    private static final Pattern PRESENT = Comparison.pattern("\\b(latest|most recent|recent|current|now|today|present)\\b");

    private UpOrDown() {}

    /** The comparison, or null when the question does not ask which way a thing went from a point it names. */
    static Comparison of(String q, boolean gap) {
        Matcher v = VERSUS_THEN_WAY.matcher(q);
        if (v.matches() && Comparison.hasContent(v.group(1)) && Comparison.hasContent(v.group(2))) {
            // the side dated in the past comes first, whichever order the asker set them in
            boolean swap = PAST.matcher(v.group(2)).find() && !PAST.matcher(v.group(1)).find();
            List<String> sides = swap ? List.of(v.group(2).strip(), v.group(1).strip()) : List.of(v.group(1).strip(), v.group(2).strip());
            Kind kind = Comparison.kindOf(v.group(1) + " " + v.group(2), "");
            return new Comparison(sides, kind == Kind.TIME ? Kind.NUMBER : kind, Comparison.Op.DIFFERENCE, true, Comparison.UP_OR_DOWN, gap);
        }
        Matcher first = POINTS_FIRST.matcher(q);
        if (first.matches()) {
            String points = first.group(5) != null ? " since " + first.group(5)
                    : " between " + (first.group(1) != null ? first.group(1) + " and " + first.group(2) : first.group(3) + " and " + first.group(4));
            return of(first.group(6) + points, gap);
        }
        Matcher m = ASKED.matcher(q);
        if (!m.matches()) return null;
        // "since then", a bare "since": from a time said before the question, which the side "then" points back to
        if (m.group(4) != null || m.group(2) != null && m.group(2).strip().equalsIgnoreCase("then")) {
            Kind kind = Comparison.kindOf(m.group(1), "");
            return new Comparison(List.of("then", m.group(1).strip()), kind == Kind.TIME ? Kind.NUMBER : kind, Comparison.Op.DIFFERENCE, true,
                    Comparison.UP_OR_DOWN, gap);
        }
        if (m.group(2) == null || !Comparison.POINT_IN_TIME.matcher(m.group(2)).find()) return null;
        // "since the most recent round", "since now": a point that is the present leaves nothing to compare
        if (m.group(3) == null && PRESENT.matcher(m.group(2)).find()) return null;
        String thing = m.group(1).strip();
        String later = m.group(3) == null ? thing : Comparison.at(thing, m.group(3).strip());
        Kind kind = Comparison.kindOf(thing, "");
        return new Comparison(List.of(thing + " at " + m.group(2).strip(), later), kind == Kind.TIME ? Kind.NUMBER : kind,
                Comparison.Op.DIFFERENCE, true, Comparison.UP_OR_DOWN, gap);
    }
}
