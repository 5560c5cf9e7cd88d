package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: figures worked out of two stated ones, in the wordings readers use for them. */
class WorkedOutAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aTakenShareAppliedToASumIsWorkedOutAndCheckedAgainstTheFigureComparedAfter() {
        Answer worth = ask("If I take Microsoft's ownership share of OpenAI and apply it to OpenAI's latest valuation, what is that stake worth?");
        assertTrue(worth.answer().startsWith("That is about $229.5 billion: 27% [1] of $850 billion [2]."), worth.answer());
        Answer checked = ask("Take Microsoft's 27% and apply it to the $850 billion valuation. What do you get, and how does it compare to the book value?");
        assertTrue(checked.answer().startsWith("Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion"), checked.answer());
    }

    @Test
    void aFigureDescribingTheRoundIsNotTheValuationAtIt() {
        Answer a = ask("How many times did OpenAI's valuation grow from the round where Microsoft invested $10 billion to its latest round?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much:"), a.answer());
        assertTrue(!a.answer().contains("85 times"), "the $10 billion is Microsoft's money, not OpenAI's worth: " + a.answer());
    }

    @Test
    void aRatioOrGapAskedAfterTwoSidesIsWorkedOut() {
        Answer ratio = ask("OpenAI's January 2023 valuation versus its most recent round: how many times larger is it?");
        assertTrue(ratio.answer().startsWith("That is 29.3 times as much:"), ratio.answer());
        Answer gap = ask("How does Amazon's OpenAI investment compare with Microsoft's investment since 2019? What's the difference?");
        assertTrue(gap.answer().startsWith("The difference is $37 billion:"), gap.answer());
    }

    @Test
    void aWorthsGrowthSinceARoundIsItsLatestFigureAgainstItsFigureAtTheRound() {
        Answer a = ask("By roughly how many times has OpenAI's valuation grown since the January 2023 round?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much: OpenAI's valuation, $850 billion [1]; OpenAI's valuation at the January 2023 round, $29 billion [2]."),
                a.answer());
    }

    @Test
    void aTermsRunCountedFromANamedPointIsTheTimeToItsEnd() {
        Answer a = ask("How many years does Microsoft's license run from the 2026 announcement?");
        assertTrue(a.answer().startsWith("The difference is about 6 years:"), a.answer());
        assertTrue(a.answer().contains("2032"), a.answer());
        Answer denied = ask("How long will the exclusive license continue from 2026?");
        assertTrue(denied.answer().startsWith("Not exclusive — the articles say “no longer be exclusive”."),
                "a side described by a state the articles deny is corrected, not worked out: " + denied.answer());
    }

    @Test
    void aShareOfACompanyValuedAtASumInOneClauseIsWorkedOut() {
        Answer a = ask("If Microsoft owns 27% of a company valued at $850 billion, what is its stake worth?");
        assertTrue(a.answer().startsWith("That is about $229.5 billion: 27% [1] of $850 billion [2]."), a.answer());
    }

    @Test
    void aWholeLessAPartDescribedInWordsLeavesTheRest() {
        Answer a = ask("Of the more than $13 billion Microsoft has invested in OpenAI, how much was invested apart from the January 2023 round?");
        assertTrue(a.answer().startsWith("That leaves more than $3 billion: $13 billion [1] less $10 billion [2]."), a.answer());
        Answer unknown = ask("Of the more than $13 billion Microsoft has invested in OpenAI, how much came outside its 2019 deal with Nvidia?");
        assertTrue(!unknown.answer().startsWith("That leaves"), "no sentence describes that part: " + unknown.answer());
    }

    @Test
    void aPartWrittenInWhatIsSetAsideLeavesTheRestOfATotalDescribedInWords() {
        Answer a = ask("How much of Microsoft's total OpenAI investment came outside the January 2023 $10 billion round?");
        assertTrue(a.answer().startsWith("That leaves more than $3 billion: $13 billion [1] less $10 billion [2]."), a.answer());
        Answer times = ask("How much of Microsoft's stake value is not counting the $135 billion October figure?");
        assertTrue(!times.answer().startsWith("That leaves"), "a value at another time is no part of a total: " + times.answer());
    }

    @Test
    void eventsAskedToBeOrderedAreOrderedByTheirOwnDates() {
        Answer listed = ask("Three things came before the revised deal: Amazon's OpenAI investment, the leaked memo from OpenAI's revenue chief, and "
                + "Mustafa Suleyman's comments on Microsoft's own models. In what order did they happen?");
        assertTrue(listed.answer().matches("(?s)In order: Amazon's OpenAI investment, late February \\[1\\]; Mustafa Suleyman's comments.*, early April \\[2\\]; "
                + "the leaked memo.*, mid-April \\[3\\]\\..*"), listed.answer());
        Answer years = ask("Could you put these in chronological order: the end of Microsoft's IP license, the last year of OpenAI's revenue-share "
                + "payments, and the year Suleyman wants Microsoft's models at the cutting edge?");
        assertTrue(years.answer().matches("(?s)In order: .*2027 \\[1\\]; the last year of OpenAI's revenue-share payments, 2030 \\[2\\]; "
                + "the end of Microsoft's IP license, 2032 \\[3\\]\\..*"), years.answer());
    }

    @Test
    void aStatementNamedByTheYearItSpeaksOfIsDatedByWhenItWasMade() {
        Answer a = ask("Which came first, Suleyman's 2027 statement or Dresser's leaked memo?");
        assertTrue(a.answer().startsWith("Suleyman's 2027 statement comes first: early April [1], against mid-April [2]"), a.answer());
    }

    @Test
    void aSumClaimedAtTheWrongScaleIsCorrectedToTheSameNumberAtItsScale() {
        Answer a = ask("Since the January 2023 round valued OpenAI at $29 million, how did Microsoft get a third for $10 billion?");
        assertTrue(a.answer().startsWith("Not $29 million — the articles say $29 billion."), a.answer());
    }

    @Test
    void aPriceOrARoleNoOneInTheArticlesHoldsIsDeclined() {
        for (String q : java.util.List.of("How much did Microsoft pay for the new non-exclusive license?", "Who is Google Cloud's CEO?",
                "who's the chief executive of google cloud")) {
            Answer a = ask(q);
            assertTrue(!a.answered(), q + " -> " + a.answer());
        }
        assertTrue(ask("Who is the CEO of Amazon?").answer().contains("Andy Jassy"));
    }

    @Test
    void aShareTheAskerWritesIsAppliedToTheStatedSumAndNamedAsTheirs() {
        Answer a = ask("What's 10% of OpenAI's latest valuation?");
        assertTrue(a.answer().startsWith("That is about $85 billion: 10% (the share asked about) of $850 billion [1]."), a.answer());
        Answer third = ask("At the January 2023 valuation, what would one-third of OpenAI have been worth?");
        assertTrue(third.answer().startsWith("That is about $9.7 billion: 33.3% (the share asked about) of $29 billion [1]."), third.answer());
        Answer given = ask("If Microsoft owns 27% and OpenAI is worth $850 billion, what is Microsoft's stake worth, and does that match the reported book value?");
        assertTrue(given.answer().startsWith("Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion"), given.answer());
    }

    @Test
    void twoFiguresComparedOrSeveralRankedAreSetOutBySize() {
        Answer compared = ask("Compare twice Microsoft's January 2023 investment with Amazon's first tranche.");
        assertTrue(compared.answer().startsWith("Twice Microsoft's January 2023 investment is larger: $10 billion [1], so $20 billion, against $15 billion [2]"),
                compared.answer());
        Answer ranked = ask("Rank from largest to smallest: Amazon's total investment, Amazon's first tranche, Microsoft's January 2023 investment, "
                + "Microsoft's quarterly gain.");
        assertTrue(ranked.answer().startsWith("From largest to smallest: Amazon's total investment, $50 billion [1]; Amazon's first tranche, $15 billion [1]; "
                + "Microsoft's January 2023 investment, $10 billion [2]; Microsoft's quarterly gain, $7.5 billion [3]."), ranked.answer());
    }

    @Test
    void theTimeFromAPointToAThingsEndIsCountedHoweverTheSpanIsAsked() {
        Answer passed = ask("Counting from the year Microsoft first started investing in OpenAI, how many years will have passed when its IP license expires?");
        assertTrue(passed.answer().startsWith("The difference is 13 years"), passed.answer());
        Answer left = ask("Suleyman wants Microsoft's own models at the cutting edge by 2027. How many more years of its license to OpenAI's IP "
                + "would Microsoft have after that target?");
        assertTrue(left.answer().startsWith("The difference is 5 years"), left.answer());
    }

    @Test
    void aSideNamingTheOtherSidesMeasureByItsHeadMeansTheSameKind() {
        Answer a = ask("Compare Microsoft's ownership share after the January 2023 round with its share now.");
        assertTrue(a.answer().contains("27%") && !a.answer().contains("against 20%"), "its share now is its ownership share: " + a.answer());
    }

    @Test
    void aSideWrittenAsOneIsTheOtherSidesThing() {
        Answer a = ask("Was the $29 billion valuation higher than the one today?");
        assertTrue(a.answer().startsWith("No") && a.answer().contains("$850 billion"), a.answer());
    }

    @Test
    void whoDidMoreOfADeedNamesTheDoerWithBothFiguresAndNotAnotherMeasure() {
        Answer more = ask("Who has invested more in OpenAI, Amazon or Microsoft?");
        assertTrue(more.answer().startsWith("Amazon: $50 billion [1], against $13 billion [2] for Microsoft."), more.answer());
        // "Microsoft valued its stake ... at $135 billion" is no sum Microsoft committed
        Answer committed = ask("Who has committed more money to OpenAI, Amazon or Microsoft?");
        assertTrue(!committed.answer().contains("135"), committed.answer());
    }

    @Test
    void eventsAskedInOrderAfterAStatementOrAnIntroducingPhraseAreOrdered() {
        Answer slide = ask("I need a timeline slide. Order these: Amazon's OpenAI investment, Suleyman's comments on Microsoft's in-house models, "
                + "the leak of Dresser's memo, and the revised-deal announcement.");
        assertTrue(slide.answer().startsWith("In order: Amazon's OpenAI investment, late February [1]; Suleyman's comments on Microsoft's in-house models, "
                + "early April [2]; the leak of Dresser's memo, mid-April [3]"), slide.answer());
        Answer runUp = ask("Can you put the run-up to the April 27 announcement in order for me: the recapitalization, Amazon's investment, "
                + "Suleyman's comments on in-house models and the leaked Dresser memo? Roughly when did each happen?");
        assertTrue(runUp.answer().startsWith("In order: the recapitalization, October [1]; Amazon's investment, late February [2];"), runUp.answer());
    }

    @Test
    void anEventNamedByItsSumIsDatedOnlyByASentenceStatingThatSum() {
        Answer a = ask("Put the run-up to the April 2026 revision in order: Microsoft's $7.5 billion gain from its OpenAI investment, "
                + "Amazon's investment announcement, the October recapitalization.");
        assertFalse(a.answer().contains("2019"), "the gain is not dated by the 'since 2019' sentence: " + a.answer());
    }

    @Test
    void aPartysCutOfSupposedRevenueIsWorkedOutAndNothingAfterTheShareEnds() {
        Answer cut = ask("Say OpenAI makes $10 billion in revenue in 2028 - what's Microsoft's cut?");
        assertTrue(cut.answer().startsWith("That is about $2 billion: 20%"), cut.answer());
        Answer after = ask("If OpenAI makes $50 billion in revenue in 2031, how much goes to Microsoft as revenue share?");
        assertTrue(after.answer().startsWith("Nothing, on the articles' terms: the share is paid until 2030, before 2031."), after.answer());
        assertTrue(after.citations().stream().anyMatch(c -> c.quote().contains("2030")), "the end is cited");
    }

    @Test
    void aStakeAtTheLatestValuationIsCheckedAgainstTheBookValueHoweverAsked() {
        for (String q : java.util.List.of(
                "Sanity check on the stake: does roughly 27% of OpenAI's latest $850bn valuation square with the ~$228.3bn book value reported for Microsoft's investment?",
                "Does Microsoft's roughly 27% stake, marked at OpenAI's latest round valuation, line up with the reported book value of its investment?",
                "Can you sanity-check the numbers: take Microsoft's percentage ownership of OpenAI's for-profit entity, apply it to the valuation from OpenAI's latest round, and compare the result with the reported book value of Microsoft's investment. Do they roughly line up?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("Yes, roughly: 27%") && a.answer().contains("$229.5 billion, against $228.3 billion"), q + " -> " + a.answer());
        }
    }

    @Test
    void aSupposedSumInItsOwnSentenceIsWorkedOutAndAStakeAtASupposedValuation() {
        Answer owed = ask("Say OpenAI makes $50 billion of revenue in 2029. Using the share percentage reported for the deal, how much would it owe Microsoft that year?");
        assertTrue(owed.answer().startsWith("That is about $10 billion: 20%"), owed.answer());
        Answer plain = ask("OpenAI makes $20bn in revenue in 2027. What's Microsoft's cut?");
        assertTrue(plain.answer().startsWith("That is about $4 billion: 20%"), plain.answer());
        Answer far = ask("Does 27% of the $850bn valuation come close to the $135bn October stake value?");
        assertTrue(far.answer().startsWith("That is about $229.5 billion") && !far.answer().startsWith("No — the articles say January"),
                "a month dating a side is no event's month to correct: " + far.answer());
        Answer close = ask("Does 27% of $850bn come close to $228.3bn?");
        assertTrue(close.answer().startsWith("Yes, roughly: 27% of $850 billion"), close.answer());
        Answer stake = ask("Say OpenAI is valued at $1 trillion. What would Microsoft's 27% stake be worth?");
        assertTrue(stake.answer().startsWith("That is about $270 billion: 27%"), stake.answer());
    }

    @Test
    void aQuestionOfferingAnotherChoiceIsAnsweredWithWhatTheArticlesSayNotYes() {
        Answer a = ask("Is Amazon's OpenAI commitment a firm $50bn or an 'up to' number?");
        assertTrue(a.answered() && !a.answer().startsWith("Yes") && a.answer().contains("up to $50 billion"), a.answer());
    }

    @Test
    void whetherOneEventCameBeforeOrAfterAnotherIsAnsweredByTheirDates() {
        Answer a = ask("Did Suleyman's statement come before or after Dresser's memo leaked?");
        assertTrue(a.answer().startsWith("Suleyman's statement comes before Dresser's memo leaked: early April"), a.answer());
    }
}
