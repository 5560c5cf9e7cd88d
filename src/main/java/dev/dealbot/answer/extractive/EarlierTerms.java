package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.text.Kind;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A figure asked of the terms before the revision ("Before this revision, in what year was the licence set to expire?",
 * "what share did the old deal give ..."): the articles' figures are the revised terms' unless the sentence giving one
 * speaks of the earlier terms ("under the earlier terms", "the previous agreement"); a sentence that does not is no
 * answer, and the question is declined rather than answered with the new figure.
 */
final class EarlierTerms {
    private EarlierTerms() {}

    /** The kinds of a figure: a time, a year, a day, a sum, a share, a count. */
    private static final Set<Kind> FIGURES = EnumSet.of(Kind.TIME, Kind.YEAR, Kind.DAY, Kind.MONEY, Kind.PERCENT, Kind.NUMBER, Kind.AMOUNT);

    /** The question dates what it asks by the terms before the revision. */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:before|prior to|ahead of)\\s+(?:this|the|that)\\s+(?:revision|revised|new|"
            + "amend\\w*|renegotiat\\w*|updated?|overhaul|deal|agreement|change)|\\b(?:under|in|of)\\s+the\\s+(?:old|previous|prior|original|"
            + "earlier|former)\\s+(?:deal|agreement|terms|contract|arrangement|partnership)");

    /** Words by which a sentence speaks of the earlier terms. */
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:previous|previously|earlier|prior|old|original|originally|former|formerly)\\b");

    /** A figure is asked of the earlier terms and {@code first}, the answer's sentence, does not speak of them. */
    static boolean unanswered(Question q, SentenceInfo first) {
        if (q.yesNo() || q.kinds().stream().noneMatch(FIGURES::contains) || !BEFORE.matcher(q.english()).find()) return false;
        return !EARLIER.matcher(first.text()).find();
    }
}
