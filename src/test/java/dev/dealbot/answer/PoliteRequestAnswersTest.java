package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a question asked inside a polite request after the asker's situation is answered as the plain
 * question is; a length of time from a year the asker gives up to an event is worked out; an amount asked of "that cap"
 * the articles never give is declined.
 */
class PoliteRequestAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aYearAskedAfterTheAskersSituationIsAnswered() {
        Answer a = ask("I am preparing a vendor risk note for a mobile network operator that relies heavily on AI services hosted on Azure, "
                + "and for that note I would kindly like to know until which year Microsoft will continue to hold its licence to OpenAI's "
                + "models and products under the revised arrangement.");
        assertTrue(a.answered() && a.answer().contains("2032"), a.answer());
        assertFalse(a.answer().contains("Amazon"), "'I am' names no party: " + a.answer());
    }

    @Test
    void aSumAskedInsideARequestIsAnswered() {
        Answer a = ask("Our board is comparing how much the large technology firms have committed to AI developers over the years, and for "
                + "that purpose I would kindly ask how much money Microsoft has invested in OpenAI in total since 2019.");
        assertTrue(a.answered() && a.answer().contains("$13 billion"), a.answer());
    }

    @Test
    void yearsFromAGivenYearUntilTheLicenceExpiresAreWorkedOut() {
        Answer a = ask("If Microsoft first backed OpenAI in 2019, how many years will that relationship have stretched by the time the IP licence expires?");
        assertTrue(a.answer().startsWith("The difference is 13 years"), a.answer());
    }

    @Test
    void yearsFromASupposedLaterYearAreWorkedOutAndAnEarlierYearMustBeTheArticles() {
        Answer a = ask("If OpenAI declares AGI in 2028, how many years until the revenue share ends?");
        assertTrue(a.answer().startsWith("The difference is 2 years: the year supposed, 2028 (supposed)"), a.answer());
        Answer b = ask("If Microsoft first backed OpenAI in 2021, how many years until the licence expires?");
        assertFalse(b.answer().contains("11 years"), "a past year the articles don't give is no supposition: " + b.answer());
    }

    @Test
    void theAmountOfThatCapIsNotGiven() {
        Answer a = ask("So the revenue share's got a cap on it now. What's the actual dollar amount of that cap?");
        assertFalse(a.answered(), a.answer());
    }
}
