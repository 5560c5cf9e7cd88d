package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import org.junit.jupiter.api.Test;

/** The sentences the bot says in its own words: verdicts on premises and computed shares. */
class OwnWordsRulesTest {
    private static Figure figure(String text) {
        return Figures.of(text).get(0);
    }

    @Test
    void aYesNoClaimIsConfirmedOrDeniedWithTheArticlesFigure() {
        assertEquals("Yes.", Premise.verdict(true, true, figure("2032"), figure("2032")));
        assertEquals("No — the articles say 2032.", Premise.verdict(true, false, figure("2040"), figure("2032")));
    }

    @Test
    void aFigureTakenForGrantedIsCorrectedByName() {
        assertEquals("Not $100 billion — the articles say $50 billion.",
                Premise.verdict(false, false, figure("$100 billion"), figure("$50 billion")));
    }

    @Test
    void aShareIsSaidAsAPercentageCitingBothFigures() {
        assertEquals("That is 30% of it: $15 billion [1] of $50 billion [1].",
                Reasoner.shareSentence(figure("$15 billion"), figure("$50 billion"), 1));
    }

    @Test
    void aFigureTheArticlesTieToAnotherPartyIsSaidToBeUntied() {
        assertEquals("The articles don't tie $50 billion to Google.", Premise.unlinked(false, figure("$50 billion"), java.util.List.of("Google")));
        assertEquals("No — the articles don't tie 2030 to Jassy.", Premise.unlinked(true, figure("2030"), java.util.List.of("Jassy")));
    }

    @Test
    void aProductIsInLineWithACheckedFigureWithinFivePercent() {
        assertEquals("Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion [3].",
                Checks.sentence(figure("27%"), figure("$850 billion"), figure("$228.3 billion"), 1, 2, 3));
        assertTrue(Checks.inLine(figure("27%"), figure("$850 billion"), figure("$228.3 billion")));
        assertFalse(Checks.inLine(figure("27%"), figure("$850 billion"), figure("$135 billion")), "far off: the product is said alone");
    }
}
