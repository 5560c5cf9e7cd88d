package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: comparisons worded loosely (a framing phrase, a ratio asked after "versus", the thing measured
 * against named first, who "has got" more, the share a figure stated before is of a written sum, the points of a growth
 * named first or a month it grew since) are worked out, and
 * a rank the articles say the opposite of is corrected.
 */
class ComparisonWordingAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aFramingPhraseAskingForAMultipleGetsTheRatio() {
        Answer a = ask("On a simple money-multiple basis, how does Microsoft's reported book value on OpenAI compare with the cash it has invested since 2019?");
        assertTrue(a.answer().startsWith("That is 17.6 times as much"), a.answer());
    }

    @Test
    void aRatioAskedAfterVersusIsWorkedOut() {
        Answer a = ask("Amazon's headline commitment to OpenAI versus Microsoft's cumulative investment since 2019: roughly what ratio is that?");
        assertTrue(a.answer().startsWith("That is 3.8 times as much"), a.answer());
    }

    @Test
    void howBigAThingIsComparedWithOneNamedFirstGivesBothFigures() {
        Answer a = ask("Compared with the $13bn-plus Microsoft has put into OpenAI since 2019, how big is the tranche Amazon paid in up front?");
        assertTrue(a.answer().startsWith("The difference is $2 billion") && a.answer().contains("$15 billion"), a.answer());
    }

    @Test
    void whoHasGotMoreRidingOnItComparesWhatEachPutIn() {
        Answer a = ask("Who's got more money riding on OpenAI now, Amazon with its new investment or Microsoft with everything it's put in since 2019?");
        assertTrue(a.answer().contains("$50 billion") && a.answer().contains("$13 billion") && !a.answer().contains("don't tie"), a.answer());
    }

    @Test
    void theShareAFigureStatedBeforeIsOfAWrittenSumIsWorkedOut() {
        Answer a = ask("Microsoft reportedly booked a $7.5bn gain on OpenAI last quarter. What proportion of its cumulative $13bn-plus investment is that?");
        assertTrue(a.answer().startsWith("That is about 57.7% of it"), a.answer());
    }

    @Test
    void aRankTheArticlesSayTheOppositeOfIsCorrected() {
        Answer a = ask("Now that Azure got demoted to just a secondary cloud for OpenAI, should we expect new models to show up on other clouds first?");
        assertTrue(a.answer().startsWith("No — the articles say “primary”."), a.answer());
    }

    @Test
    void twoThingsNamedAfterBetweenGetTheirGap() {
        Answer a = ask("Between when the payments to Microsoft end and when Microsoft's license ends, what's the gap?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void aChangeBetweenTwoWrittenFiguresIsWorkedOutNotCorrected() {
        Answer a = ask("what's the percentage increase from $29B to $850B valuation?");
        assertTrue(a.answer().startsWith("That is an increase of about 2831%: $29B, $29 billion [1]"), a.answer());
    }

    @Test
    void whatAPartyWouldGetFromASupposedSumOfRevenueIsItsShare() {
        Answer a = ask("At a 20% revenue share, how much would Microsoft get from $100 of OpenAI revenue?");
        assertTrue(a.answer().startsWith("That is about $20: 20% [1] of $100 (the sum supposed)."), a.answer());
    }

    @Test
    void aClauseTakenAsGivenThatNegatesTheArticlesStateIsCorrected() {
        Answer a = ask("Now that the revenue share is uncapped, could Microsoft's take be huge?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given:") && a.answer().contains("subject to an overall cap"),
                a.answer());
        Answer loss = ask("Why does Microsoft's stake matter for its loss of cloud exclusivity?");
        assertTrue(loss.answered() && !loss.answer().startsWith("Not"), "the loss asked is said ('losing'): " + loss.answer());
    }

    @Test
    void aPartAndItsSumStatedApartAreWorkedOutAsTheOneOverTheOther() {
        Answer a = ask("What share of Microsoft's total investment in OpenAI did the January 2023 round represent?");
        assertTrue(a.answer().startsWith("That is about 76.9% of it"), a.answer());
        Answer alone = ask("Roughly what share of Microsoft's cumulative OpenAI investment came from the January 2023 round alone?");
        assertTrue(alone.answer().startsWith("That is about 76.9% of it"), "'alone' says nothing of which part: " + alone.answer());
        Answer first = ask("What share of Microsoft's total investment came from its first round?");
        assertFalse(first.answer().startsWith("That is"), "no quote says 'first' of the $10 billion round: " + first.answer());
        Answer owned = ask("What fraction of OpenAI's $850B valuation did Amazon's full investment amount to?");
        assertTrue(owned.answer().startsWith("That is about 5.9% of it"), "a figure written as OpenAI's is not said to be Amazon's: " + owned.answer());
    }

    @Test
    void aSideAsItIsNowIsNoFigureDatedToAnEarlierYear() {
        Answer a = ask("How much did Microsoft's stake value rise between October and now, in dollars?");
        assertFalse(a.answer().contains("$106 billion"), "the January 2023 valuation is not the stake's value now: " + a.answer());
        Answer then = ask("How much did OpenAI's valuation increase from January 2023 to now?");
        assertTrue(then.answer().startsWith("The difference is $821 billion"), then.answer());
    }

    @Test
    void aWhenClauseDatingOneSideLeavesTheComparisonOneOfAmounts() {
        Answer a = ask("How many times bigger is OpenAI's valuation in its latest funding round compared with the valuation used when Microsoft invested in January 2023?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
    }

    @Test
    void theMultipleAThingGrewByBetweenTwoPointsNamedFirstOrSinceAMonthIsWorkedOut() {
        for (String q : new String[] {
                "Rough math: going from that $29 billion valuation in early 2023 to the latest round, roughly how many times over has OpenAI's valuation grown?",
                "Comparing OpenAI's valuation at the time of Microsoft's January 2023 investment with the valuation from its latest funding round, by roughly what multiple has the company's value grown?",
                "How many times has OpenAI's valuation grown since January 2023?",
                "Valuation step-up: $29bn in Jan 2023 to the latest round - what multiple is that?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("That is 29.3 times as much"), q + " -> " + a.answer());
        }
    }

    @Test
    void theValuationFromTheLatestRoundIsNotTheBookValueOfMicrosoftsInvestment() {
        Answer a = ask("OpenAI was valued at $29 billion when Microsoft made its big 2023 bet. How many times bigger is the valuation from its latest funding round?");
        assertFalse(a.answer().contains("7.9 times"), "the book value of a holding is no valuation of the company: " + a.answer());
        Answer made = ask("Comparing the cash Microsoft has invested with the current book value of its OpenAI stake, roughly what multiple has it made on paper?");
        assertTrue(made.answer().startsWith("That is 17.6 times as much"), made.answer());
    }

    @Test
    void theFirstOfAKindIsTheEarliestDatedNotTheBestRanked() {
        Answer a = ask("How many years is it from the first investment to the end of the license?");
        assertTrue(a.answer().startsWith("The difference is 13 years"), "2019 to 2032, not Amazon's February investment: " + a.answer());
        Answer back = ask("Microsoft first put money into OpenAI in 2019. How many years would the relationship span from that first investment to the license expiring?");
        assertTrue(back.answer().startsWith("The difference is 13 years"), back.answer());
    }

    @Test
    void theYearsOneTermRunsWithoutTheOtherAreTheGapBetweenTheirEnds() {
        Answer a = ask("Rev share to MSFT ends 2030, licence ends 2032 - how many yrs of licence tail with no rev share coming in?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
        Answer run = ask("How many years does the licence run without the revenue share?");
        assertTrue(run.answer().startsWith("The difference is 2 years"), run.answer());
    }

    @Test
    void theRevisionIsTheOneReportedNotTheEarlierRevisionsOfOctober() {
        Answer a = ask("Months between AMZN announcement and revision?");
        assertTrue(a.answer().startsWith("The difference is about 2 months"), "late February to April 27: " + a.answer());
        Answer recap = ask("How many months between the October recapitalization and the revision?");
        assertTrue(recap.answer().startsWith("The difference is about 6 months"), recap.answer());
    }
}
