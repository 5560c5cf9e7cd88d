package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.text.CalendarDates;
import java.util.regex.Pattern;

/**
 * A finer date asked for than an article may give: "Which month in 2032 does the licence end?" asks a month, "What date
 * exactly in October was the recapitalization?" a day. The answer's first sentence must give one (a month, or a month
 * with its day, in the sentence or the one before it that its quote gives); a sentence giving only the year or the
 * month answers something coarser, and the articles do not say.
 */
final class FinerDate {
    private static final Pattern MONTH_ASKED = Pattern.compile("(?i)\\b(?:what|which)\\s+month\\b");
    /** "the exact date", "what date exactly", "which day in October": a day of a month asked, not a day of the week. */
    private static final Pattern DAY_ASKED = Pattern.compile("(?i)\\b(?:exact|precise|specific)\\s+(?:date|day)\\b"
            + "|\\b(?:what|which)\\s+(?:date|day)\\b(?!\\s+of\\s+the\\s+week).*\\b(?:exactly|precisely)\\b"
            + "|\\b(?:exactly|precisely)\\s+(?:what|which)\\s+(?:date|day)\\b"
            + "|\\b(?:what|which)\\s+day\\s+(?:of|in)\\s+(?:the\\s+month|" + CalendarDates.MONTH_NAMES + ")\\b");
    /** The month names as the articles write them, capitalised. */
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** A day with its month, as the articles write it ("April 27", "27 April"); the month capitalised, not the verb "may". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d)"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b");

    private FinerDate() {}

    /** The question asks a month or a day that {@code first}, the answer's first sentence, does not give. */
    static boolean unanswered(Question q, SentenceInfo first) {
        return unanswered(q.english(), first.quote());
    }

    /** The question's text asks a month or a day that the sentence's text does not give. */
    static boolean unanswered(String asked, String sentence) {
        if (DAY_ASKED.matcher(asked).find()) return !MONTH_DAY.matcher(sentence).find();
        if (MONTH_ASKED.matcher(asked).find()) return CalendarDates.of(sentence, java.time.YearMonth.of(2000, 12)).isEmpty();
        return false;
    }
}
