package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The share of a sum a part is, as a question asks it ("What fraction of Amazon's commitment came in the first tranche?"). */
final class ShareQuestions {
    private ShareQuestions() {}

    /**
     * "What fraction of Amazon's commitment came in the first tranche?", "what share of its total investment is that?":
     * the share a part is of a sum, the part's side first. The part is what the question says of it after the sum, said of
     * the sum ("came in the first tranche of Amazon's commitment"), since it is found in the sum's evidence.
     */
    private static final Pattern SHARE_OF_SUM = Comparison.pattern("^(?:what|which|how (?:big|large|much) (?:of )?an?)\\s+(?:fraction|share|portion|"
            + "proportion|percentage|percent|part)\\s+of\\s+(.{3,}?)\\s+(?:(?:is|was|are|were)\\s+)?((?:that|this|it|(?:came|come|comes|"
            + "arrived?|arrives|went|goes|showed up|shows up|landed|lands|was paid|is paid|were paid|paid|made up|makes up|is made up)\\b.*))$");

    /** Where a part's words end and another question begins: ", and how much ...". */
    private static final Pattern CLAUSE_END = Comparison.pattern("\\s*[,;]\\s*(?:and|but|or)?\\s*(?=how|what|which|when|who|why|is|are|was|were|does|did)\\b");

    /** Words that ask for what is left of a sum besides a part: "later", "after", "the rest", "not". */
    private static final Pattern COMPLEMENT = Comparison.pattern("\\b(later|after\\w*|rest|remain\\w*|remainder|balance|left|other|not|never|\\w+n['’]t|"
            + "subsequent\\w*|still|yet|future|outstanding|besides|except)\\b");

    /** "What percent of the total was the first tranche?": the part a noun phrase after the verb. */
    private static final Pattern SHARE_IS = Comparison.pattern("^(?:what|which)\\s+(?:fraction|share|portion|proportion|percentage|percent|part)\\s+of\\s+"
            + "(.{3,}?)\\s+(?:is|was|are|were)\\s+(.{3,})$");

    /** "What percent of its total investment does the gain represent?": the part the subject of a verb of amounting. */
    private static final Pattern SHARE_OF_SUBJECT = Comparison.pattern("^(?:what|which)\\s+(?:fraction|share|portion|proportion|percentage|percent|part)\\s+of\\s+"
            + "(.{3,}?)\\s+(?:does|did|do|would|will)\\s+(.{3,}?)\\s+(?:represent|make up|amount to|account for|equal|come to|constitute)\\w*$");

    /** Where a later question of a sentence starts: "How much was left, and what percent ...". */
    private static final Pattern LATER_QUESTION = Comparison.pattern("[,;]\\s*(?:and\\s+|but\\s+)?(?=(?:what|which)\\s)");

    /**
     * The share of a sum a part is, asked in one of three shapes (or in the last question of a sentence): only a share of
     * a sum is worked out ("what share of OpenAI ..." or "of its revenue" asks for a stated percentage); a sum written as
     * a figure ("of the $50 billion") is found by that figure (Wording.part); the rest of a sum ("arrived later", "was
     * not paid at first") is not the part a quote gives beside it.
     */
    static Comparison of(String q, boolean gap) {
        Matcher later = LATER_QUESTION.matcher(q);
        int last = -1;
        while (later.find()) last = later.end();
        for (String asked : last < 0 ? List.of(q) : List.of(q, q.substring(last))) {
            String whole = null, part = null;
            boolean subject = false;
            for (Pattern p : List.of(SHARE_OF_SUM, SHARE_OF_SUBJECT, SHARE_IS)) {
                Matcher m = p.matcher(asked);
                if (!m.matches()) continue;
                whole = m.group(1).strip();
                part = CLAUSE_END.split(m.group(2), 2)[0].strip(); // "..., and how much is still to come" asks on
                subject = p == SHARE_OF_SUBJECT;
                break;
            }
            // a part that points back ("what proportion of its $13bn investment is that?") is a figure stated before, and
            // one that is the subject of a verb of amounting ("did Amazon's investment amount to") a thing of its own: no
            // quote gives either with a sum written as a figure, so the share is the one figure over the other
            boolean statedApart = part != null && (Comparison.BACK.matcher(part).matches() || subject && Comparison.writes(whole, Kind.MONEY));
            if (whole == null || Comparison.onlyNames(whole) || Comparison.writes(whole, Kind.MONEY) && !statedApart || COMPLEMENT.matcher(whole + " " + part).find()) continue;
            String lower = whole.toLowerCase(Locale.ROOT);
            if (statedApart) return new Comparison(List.of(part, whole), Kind.MONEY, Comparison.Op.RATIO, true, Comparison.PERCENT_OF, gap);
            if (Comparison.unitKind(lower) == Kind.MONEY || lower.matches("(?:the\\s+)?(?:total|sum|whole|full amount|entire amount)"))
                return new Comparison(List.of(part + " of " + whole, whole), Kind.MONEY, Comparison.Op.SHARE, true, "of", gap);
        }
        return null;
    }
}
