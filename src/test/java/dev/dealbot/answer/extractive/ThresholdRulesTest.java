package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import org.junit.jupiter.api.Test;

/** A threshold asked of a figure, decided by the range the articles' words give theirs. */
class ThresholdRulesTest {
    private static Threshold.Ask asked(String q) {
        Figure f = Figures.of(q).stream().filter(x -> x.type() != Figure.Type.YEAR).findFirst().orElseThrow();
        return Threshold.asked(q, f);
    }

    @Test
    void theWordsBeforeTheQuestionsFigureSayWhichWayItIsBounded() {
        assertEquals(Threshold.Ask.ABOVE, asked("Did Microsoft invest more than $13 billion since 2019?"));
        assertEquals(Threshold.Ask.ABOVE, asked("Does its stake exceed 20%?"));
        assertEquals(Threshold.Ask.AT_LEAST, asked("Does it own at least 27% of OpenAI?"));
        assertEquals(Threshold.Ask.BELOW, asked("Is the stake under 30%?"));
        assertEquals(Threshold.Ask.AT_MOST, asked("Is the share no more than 20%?"));
        assertEquals(Threshold.Ask.NONE, asked("Is the share 20%?"));
        assertEquals(Threshold.Ask.NONE, Threshold.asked("Is it still valid after 2030?", Figures.of("Is it still valid after 2030?").get(0)),
                "a year is judged by its role, not as a threshold");
    }

    @Test
    void aRangeOnOneSideOfTheThresholdDecidesItAndOneAcrossItDoesNot() {
        // "over 13" (bound 1) is more than 13 but may or may not be more than 15
        assertEquals(Boolean.TRUE, Threshold.meets(Threshold.Ask.ABOVE, 13, 13, 1));
        assertNull(Threshold.meets(Threshold.Ask.ABOVE, 15, 13, 1));
        assertEquals(Boolean.FALSE, Threshold.meets(Threshold.Ask.BELOW, 5, 13, 1));
        // an exact figure equal to the threshold is not more than it, but is at least it
        assertEquals(Boolean.FALSE, Threshold.meets(Threshold.Ask.ABOVE, 13, 13, 0));
        assertEquals(Boolean.TRUE, Threshold.meets(Threshold.Ask.AT_LEAST, 13, 13, 0));
        // "about 27" is near 27: above 20, not above 30, undecided against 27 itself
        assertEquals(Boolean.TRUE, Threshold.meets(Threshold.Ask.ABOVE, 20, 27, 2));
        assertEquals(Boolean.FALSE, Threshold.meets(Threshold.Ask.ABOVE, 30, 27, 2));
        assertNull(Threshold.meets(Threshold.Ask.AT_LEAST, 27, 27, 2));
        // "up to 50" is at most 50
        assertEquals(Boolean.FALSE, Threshold.meets(Threshold.Ask.ABOVE, 50, 50, -1));
        assertNull(Threshold.meets(Threshold.Ask.ABOVE, 40, 50, -1));
    }

    @Test
    void theAskersExactFigureAgainstABoundedOneIsDecidedOnlyWhereTheBoundAllows() {
        assertNull(Threshold.firstWins(true, 15, true, 0, 13, false, 1), "$15B against over $13B");
        assertEquals(Boolean.FALSE, Threshold.firstWins(true, 10, true, 0, 13, false, 1), "$10B against over $13B");
        assertEquals(Boolean.TRUE, Threshold.firstWins(true, 13, false, 1, 10, true, 0), "over $13B against $10B");
    }

    @Test
    void aFigureItsSentenceSaysHeldAtAnEarlierTimeIsNoFigureOfNow() {
        String quote = "The announcement follows revisions made in October. At that time, Microsoft valued its stake at approximately $135 billion.";
        Figure f = Figures.of(quote).stream().filter(x -> x.type() == Figure.Type.MONEY).findFirst().orElseThrow();
        assertEquals("At that time, Microsoft valued its stake at approximately $135 billion.", Threshold.sentenceOf(quote, f).strip());
        assertTrue(Threshold.datedBefore(Threshold.sentenceOf(quote, f)));
        assertFalse(Threshold.datedBefore("In late February, Amazon announced a $50 billion investment."), "a month dates an event, not a state");
    }

    @Test
    void aQuestionNamesTheTimeOfAQuoteByAMonthOrYearBothGive() {
        String quote = "The announcement follows revisions made in October. At that time, Microsoft valued its stake at approximately $135 billion.";
        assertTrue(Threshold.namesTimeOf("Was its stake worth less than $150B in October?", quote));
        assertFalse(Threshold.namesTimeOf("Was its stake worth more than $200B?", quote));
    }

    @Test
    void nearlyAFigureIsALittleBelowItNotAnythingUpToIt() {
        assertEquals(Boolean.TRUE, Threshold.meets(Threshold.Ask.ABOVE, 200, 228.3, Threshold.NEARLY));
        assertEquals(Boolean.TRUE, Threshold.meets(Threshold.Ask.BELOW, 228.3, 228.3, Threshold.NEARLY));
        assertEquals(Boolean.FALSE, Threshold.meets(Threshold.Ask.ABOVE, 228.3, 228.3, Threshold.NEARLY));
        assertNull(Threshold.meets(Threshold.Ask.ABOVE, 200, 228.3, -1), "up to 228.3 may be anything below it");
    }
}
