package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for a multiple of a thing between two points however the sentence is built, a label before the question, a
 * share of a sum checked against a figure written anywhere, "that gap", a hedge opening the question, "at that point",
 * a supposition then a yes/no clause, and a supposed event the articles never date.
 */
class SpansAndSuppositionsRulesTest {
    @Test
    void aMultipleOfAThingBetweenTwoPointsIsTheLaterOverTheEarlier() {
        Comparison c = SpanGrowth.of("Roughly what multiple did Beta's valuation grow by between the January 2023 round and its most recent round", false);
        assertNotNull(c);
        assertEquals(Comparison.Op.RATIO, c.op());
        assertEquals(List.of("Beta's valuation at its most recent round", "Beta's valuation at the January 2023 round"), c.sides());
        Comparison labelled = SpanGrowth.of("Beta valuation from January 2023 to the latest round: how many times it got multiplied", false);
        assertNotNull(labelled);
        assertEquals("Beta valuation at the latest round", labelled.sides().get(0));
        assertNull(SpanGrowth.of("How much did Beta's valuation grow between the January 2023 round and now", false), "no multiple asked");
        assertNull(SpanGrowth.of("What multiple did it grow by between 2019 and 2023", false), "a bare year names no figure of no thing");
        assertNull(SpanGrowth.of("What multiple separates Alpha from Beta", false), "no two points");
    }

    @Test
    void aLabelOfTheAskersOwnBeforeTheQuestionIsNoPartOfTheFirstSide() {
        Comparison c = Comparison.of("Ratio check for my table: the book value versus the cash put in since 2019 — about how many times over is that?");
        assertNotNull(c);
        assertEquals("the book value", c.sides().get(0));
        Comparison named = Comparison.of("Alpha's stake: October value vs the latest book value — which is bigger and by how much?");
        assertNotNull(named);
        assertTrue(named.sides().get(0).startsWith("Alpha's stake"), "a label that names the thing stays: " + named.sides());
    }

    @Test
    void aShareOfASumWrittenAnywhereIsCheckedAgainstTheFigureAfterIt() {
        Comparison c = Comparison.of("Is 27% of Beta's $850 billion valuation roughly consistent with the $228.3 billion book value?");
        assertNotNull(c);
        assertEquals(Comparison.Op.PRODUCT, c.op());
        assertEquals(3, c.sides().size(), c.sides().toString());
        Comparison asked = Comparison.of("27% of an $850 billion company, does that line up with the $228 billion figure or is someone making numbers up?");
        assertNotNull(asked);
        assertEquals(List.of("27%", "an $850 billion valuation", "the $228 billion figure"), asked.sides(),
                "a company told by a sum is its valuation; the check ends before another question");
        Comparison stake = Comparison.of("If Alpha owns 27% of an $850 billion company, what is its stake worth?");
        assertNotNull(stake);
        assertEquals(Comparison.Op.PRODUCT, stake.op());
    }

    @Test
    void thatGapAskedAfterTheSidesIsTheirDifference() {
        Comparison c = Comparison.of("So Alpha keeps the licence longer than it collects the fee? How big is that gap, in years?");
        assertNotNull(c);
        assertTrue(c.gap(), "the gap between the sides is asked: " + c);
    }

    @Test
    void aHedgeOpeningAQuestionAndAtThatPointAreReadAsTheQuestionMeansThem() {
        assertEquals("So has its stake gone up or down?", Intensifiers.plain("So basically, has its stake gone up or down?"));
        assertEquals("How long had Alpha invested?", Intensifiers.plain("Honestly, how long had Alpha invested?"));
        assertEquals("Basically free", Intensifiers.plain("Basically free"), "no question after it");
        assertEquals("Would the fee end then?", Intensifiers.plain("Would the fee end at that point?"));
        assertTrue(Terms.isFunctionWord("hypothetically"));
    }

    @Test
    void aSuppositionThenAYesNoClauseAsksYesOrNo() {
        assertTrue(Wording.supposedYesNo("If Beta reached AGI, would its payments end then?"));
        assertTrue(Wording.supposedYesNo("Say Beta declares AGI. Does the fee stop?"));
        assertFalse(Wording.supposedYesNo("If Beta reached AGI, what would happen to its payments?"));
        assertFalse(Wording.supposedYesNo("Would its payments end if Beta reached AGI?"), "read as yes/no already");
        assertFalse(Wording.supposedYesNo("When do the payments end, exactly? Is there a date?"), "'when' before an auxiliary asks a time");
    }

    @Test
    void aSuppositionAfterALabelIsReadAsOne() {
        assertEquals("Does the fee stop in 2028?", Supposition.asked("Does the fee stop then?",
                () -> "Let's play it out: say Beta announces AGI in 2028. Does the fee stop then?"));
    }
}
