package dev.dealbot.question;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many times one thing grew between two points, however the sentence around them is built: a word asking for a
 * multiple ("what multiple", "how many times", "by which factor", "-fold"), a thing that has a level (a valuation, a
 * stake, a value) and two points of it ("between A and B", "from A to B", "A vs B"). "Roughly what multiple did OpenAI's
 * valuation grow by between the January 2023 round and its most recent funding round?", "OpenAI valuation from January
 * 2023 to the latest round: how many times it got multiplied?". The later point over the earlier; a point that is only
 * a time is the thing at that time. Read only when no other form of comparison fits the question.
 */
final class SpanGrowth {
    private static final Pattern MULTIPLE_ASKED = Comparison.pattern("\\b(?:what|which)\\s+(?:multiple|factor)\\b|\\bhow many(?:\\s+times|-?\\s*fold)\\b"
            + "|\\bmultiples?\\b|\\bmultiplied\\b|\\btimes over\\b");
    /** Two points, each ending at a clause's end: "between A and B", "from A to B", "A vs B". */
    private static final Pattern SPAN = Comparison.pattern("\\bbetween\\s+([^,;:?—–]{3,}?)\\s+and\\s+([^,;:?—–]{3,}?)(?=\\s*[,;:?—–]|\\s+-\\s|$)"
            + "|\\bfrom\\s+([^,;:?—–]{3,}?)\\s+to\\s+([^,;:?—–]{3,}?)(?=\\s*[,;:?—–]|\\s+-\\s|$)"
            + "|(?:^|[,;:]\\s*)([^,;:?—–]{3,}?)\\s+(?:vs\\.?|versus)\\s+([^,;:?—–]{3,}?)(?=\\s*[,;:?—–]|\\s+-\\s|$)");
    /** The thing that grew: a level, with its owner when written before it. */
    private static final Pattern THING = Pattern.compile("(?:[\\p{L}-]+['’]s?\\s+|\\p{Lu}[\\p{L}-]*\\s+)?(?i:book value|valuation|value|worth|stake|holding|ownership)\\b");

    private SpanGrowth() {}

    /** The ratio of the later point to the earlier, or null when {@code q} does not ask a multiple of a thing between two points. */
    static Comparison of(String q, boolean gap) {
        if (!MULTIPLE_ASKED.matcher(q).find()) return null;
        Matcher span = SPAN.matcher(q);
        if (!span.find()) return null;
        int g = span.group(1) != null ? 1 : span.group(3) != null ? 3 : 5;
        String earlier = span.group(g).strip(), later = span.group(g + 1).strip();
        if (Comparison.onlyNames(earlier) || Comparison.onlyNames(later)) return null;
        String outside = q.substring(0, span.start()) + " " + q.substring(span.end());
        Matcher thing = THING.matcher(outside);
        String level = thing.find() ? thing.group().strip() : null;
        List<String> points = List.of(earlier, later);
        // each point is a time of the thing, or the thing's figure itself ("a $29 billion valuation")
        if (points.stream().anyMatch(p -> pointOnly(p) && (level == null || Comparison.bareYear(p)))) return null;
        if (points.stream().noneMatch(SpanGrowth::pointOnly) && level == null && points.stream().noneMatch(p -> Comparison.LEVEL.matcher(p).find())) return null;
        List<String> sides = points.stream().map(p -> pointOnly(p) ? Comparison.at(level, p) : p).toList();
        return new Comparison(List.of(sides.get(1), sides.get(0)), Comparison.kindOf(String.join(" ", sides) + " " + (level == null ? "" : level), ""),
                Comparison.Op.RATIO, true, "apart", gap);
    }

    /** The point names only a time: no level of the thing, no amount. */
    private static boolean pointOnly(String point) {
        return !Comparison.LEVEL.matcher(point).find() && Comparison.POINT_IN_TIME.matcher(point).find()
                && dev.dealbot.text.Figures.of(point).stream().allMatch(f -> f.type() == dev.dealbot.text.Figure.Type.YEAR
                        || f.type() == dev.dealbot.text.Figure.Type.DATE);
    }
}
