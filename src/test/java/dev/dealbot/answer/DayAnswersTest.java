package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles (one says "On Monday", one "On the evening of April 27"): a day of the week or part of the day is
 * answered by the sentence that gives it, corrected when the question gives the event another, and declined when no
 * sentence about the event gives one; a month taken as given for an event is corrected by the month the articles give.
 */
class DayAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aDayOfTheWeekAskedIsAnsweredByTheSentenceThatGivesIt() {
        Answer a = ask("What day of the week was the revised deal announced?");
        assertTrue(a.answered() && a.answer().startsWith("On Monday, Microsoft and OpenAI unveiled"), a.answer());
        Answer published = ask("What day of the week was Alps Wang's article published?");
        assertFalse(published.answer().startsWith("On Monday"), "the announcement's day is not the article's: " + published.answer());
        Answer none = ask("On which weekday did Amazon announce its investment?");
        assertFalse(none.answered(), "no sentence about Amazon's investment gives a weekday: " + none.answer());
    }

    @Test
    void anotherMonthGivenTheEventIsCorrected() {
        Answer why = ask("Why was the Dresser memo leaked in early March?");
        assertTrue(why.answer().startsWith("Not March — the articles say mid-April."), why.answer());
        Answer yesNo = ask("Did Amazon announce its investment in January?");
        assertTrue(yesNo.answer().startsWith("No — the articles say late February."), yesNo.answer());
        Answer dated = ask("Why was the deal announced on May 27, 2026?");
        assertTrue(dated.answer().startsWith("Not May — the articles say April 27, 2026."), "a claimed day of a month: " + dated.answer());
        Answer same = ask("Was the revised deal announced in April?");
        assertTrue(same.answered() && !same.answer().startsWith("No"), same.answer());
    }

    @Test
    void anotherDayGivenTheEventIsCorrected() {
        Answer yesNo = ask("The new agreement was announced on a Friday, right?");
        assertTrue(yesNo.answer().startsWith("No — the articles say Monday."), yesNo.answer());
        Answer why = ask("Why did the Microsoft and OpenAI agreement get announced on a Friday?");
        assertTrue(why.answer().startsWith("Not Friday — the articles say Monday."), why.answer());
        Answer weekend = ask("Why was the deal announced over the weekend?");
        assertTrue(weekend.answer().startsWith("Not the weekend — the articles say Monday."), weekend.answer());
        Answer morning = ask("Was the deal announced in the morning of April 27?");
        assertTrue(morning.answer().startsWith("No — the articles say the evening."), morning.answer());
        Answer same = ask("What did Microsoft and OpenAI unveil on Monday?");
        assertTrue(same.answered() && !same.answer().startsWith("No") && !same.answer().startsWith("Not"), same.answer());
    }
}
