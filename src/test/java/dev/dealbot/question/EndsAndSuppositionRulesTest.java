package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for two things told to end at different times before a question about "the two", lead-ins that stack, a
 * supposition's cause pointed back to, a request after a supposed question, and a supposition in the question's words.
 */
class EndsAndSuppositionRulesTest {
    @Test
    void twoThingsToldToEndAtDifferentTimesAreTheSidesOfTheGapAskedOfThem() {
        for (String told : new String[] {"The royalty ends one year, the licence ends another", "The royalty and the licence end in different years"}) {
            Comparison c = StatedComparisons.of("What's the gap between the two in years?", List.of(told));
            assertNotNull(c, told);
            assertEquals(List.of("the royalty", "the licence"), c.sides(), told);
            assertEquals(Comparison.Op.DIFFERENCE, c.op(), told);
            assertEquals(dev.dealbot.text.Kind.TIME, c.kind(), told);
            assertFalse(c.isStated(0) || c.isStated(1), "their words are read as the question's: " + told);
        }
    }

    @Test
    void whichOfTwoThingsToldToEndFirstIsAskedOfThemAndMayAskTheGapToo() {
        Comparison c = StatedComparisons.of("Which one runs out first?", List.of("The royalty and the licence end in different years"));
        assertNotNull(c);
        assertEquals(Comparison.Op.WHICH, c.op());
        assertEquals(List.of("the royalty", "the licence"), c.sides());
        assertFalse(c.gap());
        Comparison gap = StatedComparisons.of("Which one runs out first, and how big is the gap between them?",
                List.of("The royalty and the licence end in different years"));
        assertNotNull(gap);
        assertTrue(gap.gap(), "the gap asked too");
    }

    @Test
    void twoThingsToldWithFiguresOrWithoutAnEndAreNotReadAsEnds() {
        Comparison c = StatedComparisons.of("Which one runs out first?", List.of("The royalty started in 2020, the licence in 2021"));
        assertTrue(c == null || c.op() != Comparison.Op.WHICH || !c.sides().contains("the royalty"), String.valueOf(c));
    }

    @Test
    void aSidePointingBackWithAVerbOfHappeningIsTheStatementBeforeTheQuestion() {
        assertTrue(StatedComparisons.pointsBack("that target fall"));
        assertTrue(StatedComparisons.pointsBack("that"));
        assertFalse(StatedComparisons.pointsBack("the licence expires"));
        Comparison c = StatedComparisons.of("How many years before the licence expires does that target fall?", List.of("Beta has a target year for its models"));
        assertNotNull(c);
        assertEquals("Beta has a target year for its models", c.sides().get(1));
        assertTrue(c.isStated(1));
    }

    @Test
    void aLabelBeforeAColonThenAStatementBeforeADashLeavesTheQuestion() {
        assertEquals("how many years does the licence outlast the royalty?",
                QuestionSentence.leadIn("quick math: Beta keeps the licence until X and Alpha pays until Y — how many years does the licence outlast the royalty?"));
    }

    @Test
    void aCausePointedBackToIsTheSuppositionItself() {
        assertEquals("Would Beta's royalty stop early in 2029?",
                Supposition.asked("Suppose Alpha reaches AGI in 2029. Would Beta's royalty stop early because of it?",
                        "Suppose Alpha reaches AGI in 2029. Would Beta's royalty stop early because of it?"));
    }

    @Test
    void aRequestAfterASupposedQuestionStaysAfterIt() {
        String q = "If Alpha books large revenues in 2031, is Beta still entitled to its percentage of them? Explain using the dates.";
        assertEquals("Is Beta still entitled to its percentage of them in 2031? Explain using the dates.", Supposition.asked(q, q));
    }

    @Test
    void aSuppositionIsReadInTheQuestionsWordsWhenItHasThem() {
        assertEquals("Does Microsoft's revenue share get cut off early in 2028?",
                Supposition.asked("say OpenAI declares AGI in 2028 — does Microsoft's revenue share get cut off early?",
                        "say OAI declares AGI in 2028 — does MSFT's rev share get cut off early?"));
    }

    @Test
    void aThingCutOffIsAskedAtTheSupposedYearButADeedOfCuttingOffIsNot() {
        String stops = "Suppose Alpha declares AGI in 2028. Does Beta's royalty get cut off?";
        assertEquals("Does Beta's royalty get cut off in 2028?", Supposition.asked(stops, stops));
        String deed = "Suppose Alpha declares AGI in 2028. Could it cut off Beta's access to its models?";
        assertEquals(deed, Supposition.asked(deed, deed));
        assertEquals(dev.dealbot.text.Polarity.STOPS, dev.dealbot.text.Polarity.of("the royalty gets cut off"));
        assertEquals(dev.dealbot.text.Polarity.NEUTRAL, dev.dealbot.text.Polarity.of("Alpha could cut off Beta's access"));
    }
}
