package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wordings that ask for a figure worked out of others: a share applied to a sum, a ratio or gap asked after two sides, a part set aside in words. */
class WorkedOutWordingTest {
    @Test
    void whatATakenShareIsAppliedToIsTheSumAndThePronounIsTheShare() {
        Comparison c = Comparison.of("Take Beta's 40% holding and apply it to Gamma's $500B valuation. What do you get?");
        assertNotNull(c);
        assertEquals(Comparison.Op.PRODUCT, c.op());
        assertEquals(List.of("Beta's 40% holding", "Gamma's $500B valuation"), c.sides());
        Comparison iffy = Comparison.of("If you take Beta's ownership share of Gamma and apply it to Gamma's latest valuation, what is that stake worth?");
        assertNotNull(iffy, "the clauses joined by 'and' are not the sides");
        assertEquals(List.of("Beta's ownership share of Gamma", "Gamma's latest valuation"), iffy.sides());
    }

    @Test
    void howMuchOfASumAShareRepresentsIsTheirProduct() {
        Comparison c = Comparison.of("How much of Gamma's $500B valuation does Beta's 40% stake represent?");
        assertNotNull(c);
        assertEquals(Comparison.Op.PRODUCT, c.op());
        assertEquals(List.of("Beta's 40% stake", "Gamma's $500B valuation"), c.sides());
        Comparison back = Comparison.of("If Beta only has a 40% stake, how much of Gamma's $500B valuation does that represent?");
        assertNotNull(back, "'that' is the share the clause before states");
        assertEquals(List.of("Beta only has a 40% stake", "Gamma's $500B valuation"), back.sides());
        assertNull(Comparison.of("How much of Gamma's revenue does the deal represent?"), "no share to apply");
    }

    @Test
    void aFigureComparedAfterAProductIsTheOneItIsCheckedAgainst() {
        Comparison c = Comparison.of("Apply Beta's stake to Gamma's valuation. What figure do you get, versus the reported book value?");
        assertNotNull(c);
        assertEquals(List.of("Beta's stake", "Gamma's valuation", "the reported book value"), c.sides());
        Comparison compared = Comparison.of("Take Beta's 40% stake and apply it to the $500B valuation. What do you get, and how does that compare to the book value?");
        assertNotNull(compared);
        assertEquals("the book value", compared.checkedSide());
    }

    @Test
    void aSumTakenAsGivenAndAShareCheckedAgainstAFigureIsAProduct() {
        Comparison c = Comparison.of("Given Gamma's $500B valuation, does Beta's 40% stake line up with the book value of its investment?");
        assertNotNull(c);
        assertEquals(Comparison.Op.PRODUCT, c.op());
        assertEquals(List.of("Beta's 40% stake", "Gamma's $500B valuation", "the book value of its investment"), c.sides());
        assertNull(Comparison.of("Given the new terms, does Beta's stake change?"), "no figure is checked");
    }

    @Test
    void twoSidesSetAgainstEachOtherThenAskedHowManyTimesAskARatio() {
        Comparison c = Comparison.of("Gamma's valuation in 2021 vs its latest round - roughly how many times bigger is it now?");
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Gamma's valuation in 2021", "its latest round"), c.sides());
        assertNull(Comparison.of("Beta vs Gamma - how many times bigger?"), "parties are no figures");
    }

    @Test
    void twoPointsNamedFirstThenTheMultipleAThingGrewByAskTheLaterOverTheEarlier() {
        Comparison c = Comparison.of("Going from the $29 billion valuation in early 2021 to the latest round, roughly how many times over has Gamma's valuation grown?");
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Gamma's valuation at the latest round", "the $29 billion valuation in early 2021"), c.sides(),
                "a side that is only a point in time is the thing at that point; one writing out its amount stays as it is");
        Comparison compared = Comparison.of("Comparing Gamma's valuation at Beta's January 2021 investment with the valuation from its latest round, by what multiple has its value grown?");
        assertEquals(List.of("the valuation from its latest round", "Gamma's valuation at Beta's January 2021 investment"), compared.sides(),
                "a side naming a level of the thing is its own figure");
        assertEquals(List.of("Gamma's valuation at the latest round", "Gamma's valuation at January 2021"),
                Comparison.of("From January 2021 to the latest round, by what factor did Gamma's valuation increase?").sides());
        assertNull(Comparison.of("Comparing 2019 with today, how many times has Beta's revenue share grown?"), "a year alone names no figure of the thing");
        Comparison dashed = Comparison.of("$29bn in Jan 2021 to the latest round - what multiple is that?");
        assertEquals(Comparison.Op.RATIO, dashed.op(), "two points joined by 'to', then the multiple asked of them after a dash");
        assertEquals(List.of("the latest round", "$29bn in Jan 2021"), dashed.sides());
        Comparison made = Comparison.of("Comparing the cash Beta has invested with the current book value of its Gamma stake, roughly what multiple has it made on paper?");
        assertEquals(List.of("the current book value of its Gamma stake", "the cash Beta has invested"), made.sides(), "the multiple made between two sums");
        assertNull(Comparison.of("Beta's payments to Gamma - what multiple has it made?"), "without 'from' or a verb of growth the points are no growth");
    }

    @Test
    void aMonthWithItsYearDatesTheLevelAThingGrewFrom() {
        Comparison c = Comparison.of("How many times has Gamma's valuation grown since January 2021?");
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Gamma's valuation at January 2021", "Gamma's valuation"), c.sides());
        assertNull(Comparison.of("How many times has Gamma's valuation grown since October?"), "a month alone names no figure of the thing");
        assertNull(Comparison.of("How much has Beta's investment grown since March 2021?"), "a sum put in over time has no level at a month");
    }

    @Test
    void aTrailingQuestionForTheGapOrDifferenceAsksForADifference() {
        Comparison c = Comparison.of("How does Beta's investment compare with Gamma's investment? Roughly what's the gap in dollars?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(List.of("Beta's investment", "Gamma's investment"), c.sides());
        assertEquals(Comparison.Op.DIFFERENCE, Comparison.of("How does Beta's stake compare with Gamma's stake, and what is the difference?").op());
    }

    @Test
    void howBigTheGapBetweenTwoThingsIsIsADifference() {
        Comparison c = Comparison.of("How big is the gap between when Alpha stops paying and when Beta's licence runs out?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(List.of("when Alpha stops paying", "when Beta's licence runs out"), c.sides());
    }

    @Test
    void twoSumsComparedWithNothingMoreAskedAreComparedBothWays() {
        Comparison c = Comparison.of("How does Beta's investment compare with Gamma's investment?");
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(Comparison.COMPARED, c.word());
        assertEquals("apart", Comparison.of("How does Beta's investment compare with Gamma's investment? Roughly what's the gap in dollars?").word(),
                "the gap alone asked");
    }

    @Test
    void aPartSetAsideInWordsIsReadAsWhatIsLeftBesidesIt() {
        assertEquals(Part.BESIDES, Wording.part("Of the $9 billion Beta has invested, how much came from outside the 2021 round?"));
        assertEquals("the 2021 round", Wording.aside("Of the $9 billion Beta has invested, how much came from outside the 2021 round?"));
        assertEquals(Part.BESIDES, Wording.part("Beta has put in $9 billion. Leaving out the 2021 round, how much did it invest?"));
        assertEquals(Part.BESIDES, Wording.part("Beta put in $9 billion; if $5 billion of that came in 2021, how much came from other investments?"));
        assertNull(Wording.aside("How much did Beta invest in 2021?"));
    }

    @Test
    void eventsListedAfterAColonAndThenAskedForTheirOrderAreOrdered() {
        Comparison asked = Comparison.of("Can you put these in chronological order: the Beta memo, the Gamma deal, and Delta's investment?");
        assertNotNull(asked);
        assertEquals(Comparison.Op.ORDER, asked.op());
        assertEquals(List.of("the Beta memo", "the Gamma deal", "Delta's investment"), asked.sides());
        Comparison listed = Comparison.of("Three things happened before the deal: a memo from Beta, Gamma's comments on models, and Delta's investment. What order did they come in?");
        assertNotNull(listed);
        assertEquals(List.of("a memo from Beta", "Gamma's comments on models", "Delta's investment"), listed.sides());
        assertNull(Comparison.of("Three things happened before the deal: a memo from Beta, Gamma's comments on models, and Delta's investment."),
                "a list with no question asks nothing");
    }

    @Test
    void aPriceAskedIsASumOfMoneyThatNoShareGives() {
        assertTrue(Wording.kinds("How much did Beta pay for the new licence?").contains(dev.dealbot.text.Kind.MONEY));
        assertTrue(Wording.kinds("How much does the licence cost?").contains(dev.dealbot.text.Kind.MONEY));
        assertFalse(Wording.kinds("How much does Gamma pay Beta?").contains(dev.dealbot.text.Kind.MONEY), "a payment may be a share");
    }

    @Test
    void aShareWrittenOfNoOneIsTheAskersOwnAndAShareHeldIsStated() {
        Comparison bare = Comparison.of("What's 10% of Gamma's latest valuation?");
        assertNotNull(bare);
        assertTrue(bare.supposes(0) && !bare.supposes(1));
        Comparison third = Comparison.of("At the 2021 valuation, what would one-third of Gamma have been worth?");
        assertNotNull(third);
        assertEquals(List.of("one-third of Gamma", "the 2021 valuation"), third.sides());
        assertTrue(third.supposes(0));
        Comparison half = Comparison.of("What is half of the $50 billion investment?");
        assertEquals("half of it", half.sides().get(0));
        Comparison held = Comparison.of("What would Beta's 27% stake be worth at the $850 billion valuation?");
        assertFalse(held.supposes(0), "a party's share is the articles' to state");
        Comparison given = Comparison.of("If Beta owns 27% and Gamma is worth $850 billion, what is Beta's stake worth, and does that match the book value?");
        assertNotNull(given);
        assertEquals(List.of("Beta owns 27%", "Gamma is worth $850 billion", "the book value"), given.sides());
    }

    @Test
    void comparingTwoFiguresAsksWhichIsLargerAndByHowMuch() {
        Comparison c = Comparison.of("Compare twice Beta's 2021 investment with Gamma's first tranche.");
        assertNotNull(c);
        assertEquals(Comparison.Op.WHICH, c.op());
        assertTrue(c.larger() && c.gap());
        assertEquals("later", Comparison.of("compare the licence end with the revenue share end").word());
        assertNull(Comparison.of("Compare Beta with Gamma."), "parties are no figures");
    }

    @Test
    void figuresListedToRankAreOrderedBySize() {
        Comparison c = Comparison.of("Rank from largest to smallest: Gamma's total investment, Gamma's first tranche, Beta's 2021 investment.");
        assertNotNull(c);
        assertEquals(Comparison.Op.ORDER, c.op());
        assertEquals(dev.dealbot.text.Kind.MONEY, c.kind());
        assertTrue(c.larger());
        assertFalse(Comparison.of("Sort these from smallest to largest: Gamma's investment, Gamma's first tranche, Beta's investment").larger());
        assertNull(Comparison.of("Rank from largest to smallest: Beta, Gamma, Delta"), "names measure nothing");
    }

    @Test
    void aRatioWordSettingTwoThingsAgainstEachOtherAsksTheirRatio() {
        Comparison c = Comparison.of("Roughly what multiple is the book value of Beta's stake compared with what it invested?");
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("the book value of Beta's stake", "what it invested"), c.sides());
        Comparison when = Comparison.of("What multiple is Beta sitting on when you compare the book value of its stake with the cash it has put in since 2019?");
        assertNotNull(when);
        assertEquals(List.of("the book value of its stake", "the cash it has put in since 2019"), when.sides());
        assertEquals(dev.dealbot.text.Kind.MONEY, when.kind(), "'when you compare' asks no time; cash is money");
    }

    @Test
    void howBigTheGapIsAfterAChoiceAsksTheGapToo() {
        Comparison c = Comparison.of("Which runs out first, Beta's license or Gamma's payments, and how big is the gap between them?");
        assertNotNull(c);
        assertTrue(c.gap(), "the gap is asked");
        assertEquals(List.of("Beta's license", "Gamma's payments"), c.sides());
    }

    @Test
    void aChangeAskedInAUnitIsTheThingAtEachPointAndNowIsNoPlace() {
        Comparison c = Comparison.of("How much did Gamma's valuation increase in dollars from January 2023 to now?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(List.of("Gamma's valuation at January 2023", "Gamma's valuation now"), c.sides());
    }

    @Test
    void aRatioOfTwoThingsOrOneDividedByTheOtherIsTheirRatio() {
        for (String q : List.of("What is the ratio of Beta's book value to its October stake value?",
                "Divide Beta's book value by its October stake value - what's the ratio?")) {
            Comparison c = Comparison.of(q);
            assertNotNull(c, q);
            assertEquals(Comparison.Op.RATIO, c.op(), q);
            assertEquals(List.of("Beta's book value", "its October stake value"), c.sides(), q);
        }
    }

    @Test
    void aCombinedAmountOfTwoThingsIsTheirSum() {
        Comparison c = Comparison.of("What's the combined amount of Beta's total investment and Gamma's pledge?");
        assertNotNull(c);
        assertEquals(Comparison.Op.SUM, c.op());
        assertEquals(List.of("Beta's total investment", "Gamma's pledge"), c.sides());
    }

    @Test
    void howManyMoreYearsADeedGoesOnFromAPointGivenFirstIsTheTimeLeft() {
        Comparison c = Comparison.of("From 2026, for how many more years will Gamma pay Beta its revenue share?");
        assertNotNull(c);
        assertEquals(Comparison.LEFT, c.word());
        assertEquals(List.of("2026", "Gamma pay Beta its revenue share"), c.sides());
        assertNull(Comparison.of("How many more years will Gamma pay Beta its revenue share?"), "no point, no count: the articles' now is not the asker's");
    }

    @Test
    void fromOnePartyToAnotherIsTheWayAPaymentRunsNotTwoPoints() {
        assertNull(Comparison.of("Since the revenue share from Microsoft to OpenAI now runs until 2032, how much will it total?"));
        assertNull(Comparison.of("How much will the revenue share from Microsoft to OpenAI total?"));
        assertNotNull(Comparison.of("How many years from the announcement to the licence's end?"), "two points in time");
    }

    @Test
    void extraOrAdditionalYearsAreMoreYears() {
        Comparison c = Comparison.of("How many extra years does Beta hold the license after the revenue share ends?");
        assertEquals(Comparison.LEFT, c.word());
        assertEquals(List.of("the revenue share ends", "Beta's license"), c.sides());
        assertEquals(List.of("2026", "Gamma pay Beta its revenue share"),
                Comparison.of("From 2026, for how many additional years will Gamma pay Beta its revenue share?").sides());
        assertEquals(List.of("Beta's license", "the end of the share payments"),
                Comparison.of("How many extra years does Beta's license run past the end of the share payments?").sides());
        assertEquals(List.of("the license", "Gamma's share"), Comparison.of("By how many additional years does the license outlast Gamma's share?").sides());
    }

    @Test
    void eventsToPutInOrderMayBeIntroducedByAPhraseAndFollowedByWhenEachHappened() {
        Comparison c = Comparison.of("Can you put the run-up to the deal in order for me: the recapitalization, Gamma's investment, "
                + "Dana's comments and the leaked memo? Roughly when did each happen?");
        assertNotNull(c);
        assertEquals(Comparison.Op.ORDER, c.op());
        assertEquals(List.of("the recapitalization", "Gamma's investment", "Dana's comments", "the leaked memo"), c.sides());
    }

    @Test
    void eventsPutInOrderForAPurposeNamedBeforeTheColonAreOrdered() {
        Comparison c = Comparison.of("Can you put these in order for a timeline piece: Gamma's investment, Dana's comments and the leaked memo?");
        assertNotNull(c);
        assertEquals(List.of("Gamma's investment", "Dana's comments", "the leaked memo"), c.sides());
    }

    @Test
    void withNoSentenceAskingARequestIsTheQuestionAndKeepsItsColon() {
        String text = "I need a timeline slide. Order these: Gamma's investment, Dana's comments, and the leaked memo.";
        assertEquals("Order these: Gamma's investment, Dana's comments, and the leaked memo.", QuestionSentence.of(text));
        assertEquals("I need a timeline slide.", QuestionSentence.of("I need a timeline slide."), "one sentence is the question as it is");
    }

    @Test
    void aFrameAskingForAMultipleMakesTheComparisonAfterItARatio() {
        Comparison c = Comparison.framed("On a simple money-multiple basis, ", Comparison.of("how does Beta's book value compare with the cash it has put in?"));
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Beta's book value", "the cash it has put in"), c.sides());
        Comparison plain = Comparison.framed("For my model, ", Comparison.of("how does Beta's book value compare with the cash it has put in?"));
        assertEquals(Comparison.Op.DIFFERENCE, plain.op(), "a frame without a ratio word leaves it as asked");
    }

    @Test
    void aRatioAskedAfterTwoThingsSetAgainstEachOtherIsTheirRatio() {
        Comparison c = Comparison.of("Gamma's headline commitment versus Beta's cumulative investment: roughly what ratio is that?");
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Gamma's headline commitment", "Beta's cumulative investment"), c.sides());
    }

    @Test
    void howBigOneThingIsComparedWithAnotherNamedFirstIsTheirDifference() {
        Comparison c = Comparison.of("Compared with the $13bn Beta has put in, how big is the tranche Gamma paid up front?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(List.of("the tranche Gamma paid up front", "the $13bn Beta has put in"), c.sides());
        assertNull(Comparison.of("Compared with Beta, how big is Gamma?"), "names alone measure nothing");
    }

    @Test
    void whoHasGotMoreOfASumIsWhoGaveMoreNotWhoReceivedIt() {
        Comparison c = Comparison.of("Who's got more money riding on Beta, Gamma with its new investment or Delta with everything it's put in?");
        assertNotNull(c);
        assertEquals(Comparison.Op.WHICH, c.op());
        assertEquals(dev.dealbot.text.Kind.MONEY, c.kind());
        assertNull(Comparison.of("Who got more money from Beta, Gamma or Delta?"), "a sum got is received, no amount of a deed");
    }

    @Test
    void theShareASumIsOfAWrittenSumIsTheFigureStatedBeforeOverIt() {
        Comparison c = Comparison.of("What proportion of its cumulative $13bn investment is that?");
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(Comparison.PERCENT_OF, c.word());
        assertEquals(List.of("that", "its cumulative $13bn investment"), c.sides());
        assertNull(Comparison.of("What share of the $50 billion came up front?"), "a part named in the question is found with the written sum");
    }

    @Test
    void whatSomeoneWouldGetFromASupposedSumOfRevenueIsTheirShareOfIt() {
        Comparison c = Comparison.of("How much would Beta get from $100 of Gamma revenue?");
        assertNotNull(c);
        assertEquals(Comparison.Op.PRODUCT, c.op());
        assertEquals(Comparison.SUPPOSED, c.word());
        assertEquals("$100", c.sides().get(1));
    }

    @Test
    void aChangeNamedByItsNounBetweenTwoPointsIsTheirDifferenceOrInPercentTheirRatio() {
        Comparison pct = Comparison.of("What's the percentage increase from $29B to $850B?");
        assertNotNull(pct);
        assertEquals(Comparison.Op.RATIO, pct.op());
        assertEquals(dev.dealbot.text.Kind.MONEY, pct.kind(), "the kind of what changed, not of 'percentage'");
        assertEquals(Comparison.PERCENT_CHANGE, pct.word());
        Comparison rise = Comparison.of("What was the increase in Beta's valuation from January 2023 to the latest round?");
        assertNotNull(rise);
        assertEquals(Comparison.Op.DIFFERENCE, rise.op());
        assertEquals(List.of("Beta's valuation at January 2023", "Beta's valuation at the latest round"), rise.sides());
    }

    @Test
    void twoThingsNamedAfterBetweenThenTheGapAskedAreTheirDifference() {
        Comparison c = Comparison.of("Between when Beta's payments end and when Gamma's license ends, what's the gap?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(List.of("Beta's payments end", "Gamma's license ends"), c.sides());
        assertNull(Comparison.of("Between Beta and Gamma, what's the gap?"), "names alone measure nothing");
    }

    @Test
    void theShareAThingOfItsOwnAmountsToOfAWrittenSumIsTheOneOverTheOther() {
        Comparison c = Comparison.of("What fraction of Beta's $850B valuation did Gamma's full investment amount to?");
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(Comparison.PERCENT_OF, c.word());
        assertEquals(List.of("Gamma's full investment", "Beta's $850B valuation"), c.sides());
        Comparison part = Comparison.of("What share of Beta's total investment did the January 2023 round represent?");
        assertEquals(Comparison.Op.SHARE, part.op(), "a part of a sum named in words may be given with it in one quote");
        assertEquals(Comparison.Op.RATIO, part.percentOf().op());
        assertEquals(part.sides(), part.percentOf().sides());
    }

    @Test
    void aSideAsItIsNowEndsWithAWordOfThePresent() {
        assertTrue(Comparison.atNow("Beta's stake value now"));
        assertTrue(Comparison.atNow("Beta's valuation today "));
        assertFalse(Comparison.atNow("Beta's valuation in January 2023"));
        assertFalse(Comparison.atNow("now that Beta pays"), "a word of the present opening a clause is no point in time");
    }

    @Test
    void whenAsksTimeOnlyAsAQuestionWordNotAsAConjunctionInASide() {
        assertEquals(dev.dealbot.text.Kind.MONEY, Comparison.kindOf("how many times bigger is gamma's valuation now than the valuation used when beta invested in january 2023?", "bigger"));
        assertEquals(dev.dealbot.text.Kind.TIME, Comparison.kindOf("how many times bigger is gamma's valuation now than the valuation used when beta invested?", "bigger"),
                "a when-clause without a date names no figure to find the side by");
        assertEquals(dev.dealbot.text.Kind.TIME, Comparison.kindOf("how far apart are the deal and the memo, and when?", ""));
        assertEquals(dev.dealbot.text.Kind.TIME, Comparison.kindOf("how much between when beta invested and when gamma did?", ""));
        assertEquals(dev.dealbot.text.Kind.TIME, Comparison.kindOf("when was the deal signed, before or after the memo?", ""));
    }

    @Test
    void whatGoesToAPartyOrItsCutOfASupposedSumOfRevenueIsItsShareOfIt() {
        for (String q : List.of("Say Gamma makes $10 billion in revenue in 2028 - what's Beta's cut?",
                "If Gamma makes $40 billion of revenue in 2027, how much goes to Beta?",
                "If Gamma brought in $25bn in 2029, what would Beta's cut be?",
                "Say Gamma makes $50 billion of revenue in 2029. Using the share percentage reported, how much would it owe Beta that year?")) {
            Comparison c = Comparison.of(q);
            assertNotNull(c, q);
            assertEquals(Comparison.Op.PRODUCT, c.op(), q);
            assertEquals(Comparison.SUPPOSED, c.word(), q);
        }
        assertNull(Comparison.of("If Gamma is worth $40 billion, how much goes to Beta?"), "a worth is no flow of revenue");
    }

    @Test
    void aShareOfASumCheckedAgainstAFigureIsAProductWithItsCheckHoweverWorded() {
        Comparison of = Comparison.of("Does roughly 40% of Gamma's latest $500bn valuation square with the $190bn book value reported for Beta?");
        assertNotNull(of);
        assertEquals(List.of("roughly 40%", "Gamma's latest $500bn valuation", "the $190bn book value reported for Beta"), of.sides());
        Comparison marked = Comparison.of("Does Beta's roughly 40% stake, marked at Gamma's latest round valuation, line up with the reported book value of its investment?");
        assertNotNull(marked);
        assertEquals(List.of("Beta's roughly 40% stake", "Gamma's latest round valuation", "the reported book value of its investment"), marked.sides());
        Comparison taken = Comparison.of("Take Beta's percentage ownership of Gamma, apply it to Gamma's latest valuation, and compare the result with the reported book value. Do they line up?");
        assertNotNull(taken, "a comma between taking and applying; the figure compared ends with its sentence");
        assertEquals(List.of("Beta's percentage ownership of Gamma", "Gamma's latest valuation", "the reported book value"), taken.sides());
        Comparison stated = Comparison.of("What's 40% of Gamma's $500 billion valuation, and does it match Beta's reported book value?");
        assertNotNull(stated);
        assertEquals("Beta's reported book value", stated.checkedSide());
        assertNull(Comparison.of("Does Beta's stake line up with its strategy?"), "no sum the share is of");
        Comparison close = Comparison.of("Does 40% of $500bn come close to $190bn?");
        assertNotNull(close);
        assertEquals(List.of("40%", "$500bn", "$190bn"), close.sides());
        assertNotNull(Comparison.of("Does 40% of the $500 billion valuation match the $190 billion book value?"));
    }

    @Test
    void aStakeNamingItsPercentageIsWorkedOutAtASupposedValuation() {
        Comparison c = Comparison.of("If Gamma is valued at $1 trillion, what would Beta's 40% stake be worth?");
        assertNotNull(c);
        assertEquals(Comparison.SUPPOSED, c.word());
        assertEquals("$1 trillion", c.sides().get(1));
        assertNull(Comparison.of("If Gamma makes $10 billion, what would 40% of it be worth to Beta in 2029 at 3%?"), "two figures of the asker's own");
    }

    @Test
    void aVerbOfHappeningBeforeBeforeOrAfterIsNoWordOfTheSide() {
        Comparison c = Comparison.of("Did Lee's statement come before or after Kim's memo leaked?");
        assertNotNull(c);
        assertEquals(List.of("Lee's statement", "Kim's memo leaked"), c.sides());
    }
}
