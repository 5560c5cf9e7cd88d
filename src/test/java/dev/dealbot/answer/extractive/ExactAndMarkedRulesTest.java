package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import org.junit.jupiter.api.Test;

/** A figure claimed to the unit, a goal word that only describes a statement, and a clause of a thing now as a label. */
class ExactAndMarkedRulesTest {
    private static boolean exactly(String q) {
        Figure f = Figures.of(q).stream().filter(x -> x.type() != Figure.Type.YEAR).findFirst().orElseThrow();
        return Threshold.exactly(q, f);
    }

    @Test
    void exactlyOrPreciselyBeforeTheFigureClaimsItToTheUnit() {
        assertTrue(exactly("Did Alpha put exactly $12 billion into Beta?"));
        assertTrue(exactly("Is the fee precisely 15%?"));
        assertTrue(exactly("Was it a flat $40 billion?"));
        assertFalse(exactly("Did Alpha put $12 billion into Beta?"));
        assertFalse(exactly("Did Alpha put over $12 billion into Beta?"));
    }

    @Test
    void aGoalWordBeforeAWordOfSpeechOnlyDescribesTheStatement() {
        assertFalse(SideChecks.namesGoal("Dana's 2027 goal statement"));
        assertFalse(SideChecks.namesGoal("the target announcement"));
        assertTrue(SideChecks.namesGoal("Dana's goal year"));
    }

    @Test
    void aStatedThingAsItIsNowIsNamedByItsPlaceNotRepeated() {
        assertEquals("the first figure asked about", Reasoner.label("Beta was valued now", "the first"));
        assertEquals("the revised deal was announced", Reasoner.label("the revised deal was announced", "the second"), "an event keeps its words");
        assertEquals("Beta's valuation now", Reasoner.label("Beta's valuation now", "the first"));
    }
}
