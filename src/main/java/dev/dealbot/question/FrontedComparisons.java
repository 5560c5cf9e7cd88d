package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparisons whose sides come before what is asked of them, or that name the change itself: "Between A and B, what's
 * the gap?", "What's the percentage increase from A to B?", "Compared with A, how big is B?".
 */
final class FrontedComparisons {
    private FrontedComparisons() {}

    /**
     * "Between A and B, what's the gap?": the two sides named first, then how far apart they are ("the difference in the
     * share" names a third thing: A and B are then only its points in time).
     */
    private static final Pattern BETWEEN_FIRST = Comparison.pattern("^between\\s+(?:when\\s+)?(.{3,}?)\\s+and\\s+(?:when\\s+)?(.{3,}?)(\\s*[,;:—–]+\\s*(?:so\\s+)?(?:what(?:'s|’s|\\s+is|\\s+was)"
            + "\\s+the\\s+(?:gap|difference)(?:\\s+between\\s+(?:them|the two))?\\s*[?.!]*|how\\s+(?:long|much|far apart|many\\s+\\w+)\\b.*))?$");
    /**
     * "What's the percentage increase from $29B to $850B?", "what was the drop in its stake from A to B?": a change named
     * by its noun between two points; a percentage of it asks for a ratio.
     */
    private static final Pattern CHANGE_NOUN = Comparison.pattern("^what(?:'s|’s|\\s+is|\\s+was|\\s+would\\s+be)\\s+the\\s+(?:(percentage|percent|%)\\s+)?(?:increase|rise|growth|jump|"
            // the spelling check may give the noun as the articles' past form ("increase" → "increased")
            + "gain|change|drop|decline|fall|decrease)[ds]?\\s+(?:in\\s+(.{3,}?)\\s+)?from\\s+(.{2,}?)\\s+to\\s+(.{2,})$");
    /** "Compared with A, how big is B?": the side measured against named first, then how big the other is. */
    private static final Pattern COMPARED_FIRST = Comparison.pattern("^(?:compared (?:with|to)|relative to|set against|next to|measured against)\\s+(.{3,}?)\\s*,\\s*"
            + "how (?:big|large|much|sizable|significant)\\s+(?:is|was|are|were)\\s+(.{3,})$");

    /**
     * "Going from the $29B valuation to the latest round, how many times has its valuation grown?", "Comparing A with B,
     * by what multiple has X grown?", "A to B - what multiple is that?", "Comparing A with B, what multiple has it made?":
     * two points of one thing named first, then the multiple between them (a "from" before them, or a verb of growth after).
     */
    private static final Pattern GROWTH_FIRST = Comparison.pattern("^(?:((?:going|moving|counting)\\s+from|from|comparing|compare)\\s+)?(.{3,}?)\\s+"
            + "(?:to|with|against|and)\\s+(.{3,}?)\\s*(?:[,;:—–]+|\\s-+)\\s*(?:so\\s+)?(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?"
            + "(?:how many times(?:\\s+over)?|what multiple|what factor|how many-?fold)\\s+(?:(?:has|did|have|had|does|is|was)\\s+(.{2,}?)\\s+"
            + "(?:(grown|grow|grew|risen|rise|rose|increased|increase|multiplied|climbed|jumped|gone up|expanded)|made|make|returned|return|gained)\\b.*"
            + "|(?:is|was)\\s+(?:that|it|this)(?:\\s+\\p{L}+){0,2})$");
    /** {@link #GROWTH_FIRST}'s ratio of the later point to the earlier, or null. */
    static Comparison growth(String q, boolean gap) {
        Matcher m = GROWTH_FIRST.matcher(q);
        if (!m.matches() || Comparison.onlyNames(m.group(2)) || Comparison.onlyNames(m.group(3))) return null;
        // without a "from" before the points, only a verb of growth or the multiple asked of them ("what multiple is that")
        // tells they are two points of one thing
        if (m.group(1) == null && m.group(4) != null && m.group(5) == null) return null;
        // a thing named by a pronoun ("has it made") is no thing to date a point by
        String thing = m.group(4) == null || m.group(4).strip().matches("(?i)it|that|this|they") ? null : m.group(4).strip();
        // a side that is only a point in time ("the latest round") is the thing at that point; a year alone ("2019") names
        // no figure of it, since a sum over years or another figure of that year may be dated so
        List<String> given = List.of(m.group(2).strip(), m.group(3).strip());
        if (given.stream().anyMatch(side -> pointOnly(side) && Comparison.bareYear(side))) return null;
        List<String> sides = given.stream().map(side -> pointOnly(side) && thing != null ? Comparison.at(thing, side) : side).toList();
        return new Comparison(List.of(sides.get(1), sides.get(0)), Comparison.kindOf(String.join(" ", sides) + " " + (thing == null ? "" : thing), ""),
                Comparison.Op.RATIO, true, "apart", gap);
    }

    /** The side names only a point in time: no level of the thing ("the valuation from its latest round"), no amount. */
    private static boolean pointOnly(String side) {
        return !Comparison.LEVEL.matcher(side).find() && !amount(side) && Comparison.POINT_IN_TIME.matcher(side).find();
    }

    /** The side writes out an amount ("the $29 billion mark"), not only a time. */
    private static boolean amount(String side) {
        return dev.dealbot.text.Figures.of(side).stream().anyMatch(f -> f.type() != dev.dealbot.text.Figure.Type.YEAR && f.type() != dev.dealbot.text.Figure.Type.DATE);
    }

    /** The comparison in {@code q} (without its trailing "?"), or null when it is none of these. */
    static Comparison of(String q, boolean gap) {
        Matcher m = BETWEEN_FIRST.matcher(q);
        // the gap asked after them, or taken off as the gap's tail ("..., what's the gap?")
        if (m.matches() && (m.group(3) != null || gap) && !Comparison.onlyNames(m.group(1)) && !Comparison.onlyNames(m.group(2)))
            return new Comparison(List.of(m.group(1), m.group(2)), Comparison.kindOf(q, ""), Comparison.Op.DIFFERENCE, true, "apart", gap);
        m = CHANGE_NOUN.matcher(q);
        if (m.matches() && !Comparison.onlyNames(m.group(3)) && !Comparison.onlyNames(m.group(4))) {
            String thing = m.group(2) == null ? null : m.group(2).strip();
            List<String> sides = thing == null ? List.of(m.group(3).strip(), m.group(4).strip())
                    : List.of(Comparison.POINT_IN_TIME.matcher(m.group(3)).find() ? Comparison.at(thing, m.group(3)) : m.group(3).strip(),
                            Comparison.POINT_IN_TIME.matcher(m.group(4)).find() ? Comparison.at(thing, m.group(4)) : m.group(4).strip());
            // the kind of what changed, which "percentage" of the change is not
            return new Comparison(sides, Comparison.kindOf(String.join(" ", sides), ""), m.group(1) != null ? Comparison.Op.RATIO : Comparison.Op.DIFFERENCE, true,
                    m.group(1) != null ? Comparison.PERCENT_CHANGE : "apart", gap);
        }
        m = COMPARED_FIRST.matcher(q);
        if (m.matches() && !Comparison.onlyNames(m.group(1)) && !Comparison.onlyNames(m.group(2)) && Comparison.kindOf(q, "") != Kind.NUMBER)
            return new Comparison(List.of(m.group(2), m.group(1)), Comparison.kindOf(q, ""), Comparison.Op.DIFFERENCE, true, "apart", gap);
        return null;
    }
}
