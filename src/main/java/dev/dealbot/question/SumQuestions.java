package dev.dealbot.question;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two figures added together, as a question asks it: "Add A and B — total?", "If you add A to B, what's the
 * combined total?", "What's the sum of A and B?", "How much have Microsoft and Amazon invested in OpenAI combined?".
 */
final class SumQuestions {
    private SumQuestions() {}

    /** What may follow the second side: a request for the total, after a comma, a dash or a colon. */
    private static final String TAIL = "(?:\\s*[,;:—–]+\\s*.*|\\s+-\\s+.*|\\s+(?:together|combined|altogether|in total|in all))?";

    /** "Add A and B", "if you add A to B, ...", "sum up A and B", "combine A with B", "total up A and B" (not "total amount of ..."). */
    private static final Pattern ADD = Comparison.pattern("^(?:if\\s+(?:you|we|i|one)\\s+)?(?:add(?:ed|ing)?|sum(?:med|ming)?|combin(?:e|ed|ing)|"
            + "total(?:led|ling)?(?=\\s+up\\b))\\s+(?:up\\s+)?(?:together\\s+)?(.{3,}?)\\s+(?:and|to|with|plus)\\s+(.{3,}?)" + TAIL + "$");

    /** "What's the (combined) total of A and B?", "the sum of A plus B". */
    private static final Pattern TOTAL_OF = Comparison.pattern("^(?:what(?:'s|’s|\\s+is|\\s+was|\\s+would\\s+be|\\s+are)?\\s+)?(?:the\\s+)?"
            + "(?:(?:combined|overall)\\s+(?:sum|total|amount|value|figure)|sum|total)\\s+of\\s+(?:both\\s+)?(.{3,}?)\\s+(?:and|plus)\\s+(.{3,}?)" + TAIL + "$");

    /** "What is A plus B?". */
    private static final Pattern PLUS = Comparison.pattern("^(?:what(?:'s|’s|\\s+is|\\s+are|\\s+do(?:es)?)\\s+)(.{3,}?)\\s+plus\\s+(.{3,}?)"
            + "(?:\\s+(?:come to|make|add up to|amount to|equal))?" + TAIL + "$");

    /** "How much have Microsoft and Amazon invested in OpenAI combined?": two parties, one deed, added up. */
    private static final Pattern TOGETHER = Comparison.pattern("^how much\\s+(?:money\\s+)?(?:do|did|does|have|has|had|will|would)\\s+"
            + "(\\p{Lu}[\\p{L}.-]*)\\s+and\\s+(\\p{Lu}[\\p{L}.-]*)\\s+(.{3,}?)\\s+(?:together|combined|altogether|in total|in all|between them)$");

    /** A side that is itself a question ("what's still to come") names no figure to add: it asks for one. */
    private static final Pattern ASKS = Comparison.pattern("^\\s*(?:what|how|which|who|where|when)\\b");

    /** The sum asked in {@code q} (no trailing punctuation), or null. */
    static Comparison of(String q, boolean gap) {
        Matcher m = TOGETHER.matcher(q);
        if (m.matches()) return sum(m.group(1) + " " + m.group(3), m.group(2) + " " + m.group(3), q, gap);
        for (Pattern p : List.of(ADD, TOTAL_OF, PLUS)) {
            m = p.matcher(q);
            if (m.matches() && Comparison.hasContent(m.group(1)) && Comparison.hasContent(m.group(2)) && !Comparison.onlyNames(m.group(1))
                    && !Comparison.onlyNames(m.group(2)) && !ASKS.matcher(m.group(1)).find() && !ASKS.matcher(m.group(2)).find())
                return sum(m.group(1), m.group(2), q, gap);
        }
        return null;
    }

    private static Comparison sum(String a, String b, String q, boolean gap) {
        return new Comparison(List.of(a.strip(), b.strip()), Comparison.unitKind(q.toLowerCase(java.util.Locale.ROOT)), Comparison.Op.SUM, true,
                "together", gap);
    }
}
