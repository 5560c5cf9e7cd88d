package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a change asked since a figure the asker states is worked out from it, in quotation marks or not,
 * however the request for the figure reached is worded; of two figures offered as a choice, an answer never gives a
 * third figure of another thing; the asker's figure against the same figure the articles give as a bound is answered
 * by the bound; a year claimed as a thing's end in few words is not corrected by the date of an event; a date naming the
 * deal itself ("the April 27 revision") is tied to no party, and frames the question when the articles give that date.
 */
class FigureChoicesAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aChangeSinceAFigureTheAskerStatesIsWorkedOutFromIt() {
        for (String q : new String[] {"In 2023 Microsoft bought nearly one-third of OpenAI. Did its ownership go up or down since then, and to how much?",
                "Microsoft had 'nearly one-third' of OpenAI after 2023. So did its ownership grow or shrink since then, and to what?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("It went down by") && a.answer().contains("27%"), q + " -> " + a.answer());
        }
    }

    @Test
    void aChoiceOfTwoFiguresIsNeverAnsweredWithAThirdFigureOfAnotherThing() {
        Answer share = ask("Is the revenue share 20% or 30%?");
        assertFalse(share.answer().contains("27%"), share.answer());
        Answer cap = ask("Is the revenue share cap $10 billion or $20 billion?");
        assertFalse(cap.answered(), "no article sizes the cap: " + cap.answer());
        Answer stake = ask("Is Microsoft's stake 27% or 20%?");
        assertTrue(stake.answer().startsWith("The articles say 27%."), stake.answer());
        // both offered figures wrong: the thing's own figure is what the articles say
        Answer neither = ask("Is Microsoft's stake 30% or 40%?");
        assertTrue(neither.answer().startsWith("The articles say approximately 27%."), neither.answer());
        Answer amazon = ask("Was Amazon's investment $40 billion or $60 billion?");
        assertTrue(amazon.answer().startsWith("The articles say $50 billion."), amazon.answer());
    }

    @Test
    void theAskersFigureAgainstTheSameFigureGivenAsABoundIsAnsweredByTheBound() {
        Answer a = ask("Has Microsoft invested more or less than $13 billion?");
        assertTrue(a.answer().startsWith("The articles say over $13 billion"), a.answer());
        assertFalse(a.answer().contains("the same"), a.answer());
    }

    @Test
    void aYearClaimedAsAThingsEndInFewWordsIsNotCorrectedByTheDateOfAnEvent() {
        for (String q : new String[] {"does partnership end 2030", "does partnership end 2032"}) {
            Answer a = ask(q);
            assertFalse(a.answer().contains("the articles say 2026"), q + " -> " + a.answer());
        }
        Answer licence = ask("does the licence end 2030");
        assertTrue(licence.answer().startsWith("No — the articles say 2032."), licence.answer());
    }

    @Test
    void whatIsStillOnlyPromisedOfASumIsWhatRemains() {
        Answer a = ask("Amazon announced $50 billion and $15 billion arrived at once. How much of it is still pending?");
        assertTrue(a.answer().startsWith("That leaves $35 billion"), a.answer());
    }

    @Test
    void aSumCommittedToADeedIsTheDeedsSum() {
        Answer a = ask("How much did Amazon commit to invest in OpenAI?");
        assertTrue(a.answered() && a.answer().contains("$50 billion"), a.answer());
    }

    @Test
    void theDealNamedByADateTheArticlesGiveFramesTheQuestion() {
        Answer a = ask("Under the April 27, 2026 agreement, who is OpenAI's primary cloud partner?");
        assertTrue(a.answer().startsWith("Regarding cloud service cooperation, Microsoft remains OpenAI's primary cloud partner"), a.answer());
        Answer clause = ask("In the 27 April deal, what happens to the AGI clause?");
        assertTrue(clause.answer().contains("completely removed"), clause.answer());
    }

    @Test
    void aDateThatNamesTheDealIsNoPartysDeed() {
        Answer a = ask("Did Azure's exclusive access to OpenAI's API products end with the April 27 revision?");
        assertFalse(a.answer().contains("don't tie"), a.answer());
        Answer amazon = ask("Did Amazon announce its investment on April 27?");
        assertTrue(amazon.answer().startsWith("No — the articles say late February."), amazon.answer());
    }
}
