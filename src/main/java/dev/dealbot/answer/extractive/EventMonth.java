package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import java.util.List;
import java.util.Set;

/**
 * A month a question takes as given for an event ("Why was the memo leaked in early March?", "Did Amazon announce its
 * investment in January?") checked against the month the best sentence about that event dates it with: "Not March —
 * the articles say mid-April.", and so is a part of the month ("early April" against "mid-April"). A figure claimed
 * of a month is {@link Premise}'s, a claimed date this rule's; a month asked for is not a claim.
 */
final class EventMonth {
    private EventMonth() {}

    static DraftBuilder check(Question q, List<Candidate> candidates, Selector selector, Composer composer, Names names) {
        // a claimed date is this rule's too ("announced on May 27, 2026?"); another claimed figure is the premise check's
        if (!q.takesAsGiven() || q.claimed() != null && !q.claimed().day()) return null;
        Set<String> claimed = ClaimMonths.of(q.english());
        if (claimed.size() != 1) return null;
        Set<String> event = EventRule.eventStems(q.query(), names);
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), false)) {
            if (!selector.aboutQuestion(s)) continue;
            SentenceInfo sentence = s.sentence();
            Set<String> months = ClaimMonths.of(sentence.text());
            if (months.size() != 1 || !EventRule.dates(sentence.text(), sentence.figures().stream()
                    .filter(f -> f.end() <= sentence.text().length()).toList(), event)) continue;
            // the same month, in another part of it ("early April" against "mid-April"), is no more the date than another month
            String askedPart = ClaimMonths.part(q.english()), saidPart = ClaimMonths.part(sentence.text());
            if (months.equals(claimed) && (askedPart == null || saidPart == null || askedPart.equals(saidPart))) return null;
            // only the date's words are said ("mid-April"): the year a month without one falls in does not matter here
            List<Figure> dates = dev.dealbot.text.CalendarDates.of(sentence.text(), java.time.YearMonth.of(2000, 12));
            if (dates.size() != 1) return null;
            String asked = claimed.iterator().next();
            String askedWritten = (months.equals(claimed) ? askedPart + " " : "") + Character.toUpperCase(asked.charAt(0)) + asked.substring(1);
            DraftBuilder draft = new DraftBuilder().deny(askedWritten);
            List<Integer> cited = composer.cite(draft, sentence);
            String said = dates.get(0).text();
            draft.say(q.yesNo() ? "No — the articles say " + said + "." : "Not " + askedWritten + " — the articles say " + said + ".", List.of());
            draft.say(sentence.quote(), cited);
            return draft;
        }
        return null;
    }
}
