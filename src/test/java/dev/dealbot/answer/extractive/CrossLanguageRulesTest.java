package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLanguageRulesTest {
    private static boolean noOtherAnswer(Set<Kind> asked, String best, String other) {
        return ExtractiveAnswerer.noOtherAnswer(asked, Figures.of(best), Figures.of(other));
    }

    @Test
    void aSentenceRestatingTheBestFigureGivesNoOtherAnswer() {
        assertTrue(noOtherAnswer(Set.of(Kind.NUMBER), "Alpha announced a $50 billion investment, $15 billion at once.",
                "Alpha announced an investment of up to $50 billion."), "a count question is answered by money too");
        assertTrue(noOtherAnswer(Set.of(Kind.TIME), "On the evening of April 27, they announced it.",
                "The agreement, announced on April 27, 2026, is a pivot."));
    }

    @Test
    void aSentenceWithNoFigureOfTheAskedKindGivesNoOtherAnswer() {
        assertTrue(noOtherAnswer(Set.of(Kind.TIME), "On April 27 they announced it.", "On Monday they unveiled it."));
    }

    @Test
    void aDifferentFigureOfTheAskedKindIsAnotherAnswer() {
        assertFalse(noOtherAnswer(Set.of(Kind.NUMBER), "Beta owns 27 percent.", "Beta valued its stake at $135 billion."));
        assertFalse(noOtherAnswer(Set.of(), "Beta owns 27 percent.", "Beta is a shareholder."),
                "without a kind of figure asked, sentences are told apart by other rules");
    }

    @Test
    void anAmountAskedWithoutItsUnitIsGivenByAPercentageOrASum() {
        assertTrue(ExtractiveAnswerer.givesKinds(Set.of(Kind.PERCENT), Set.of(Kind.NUMBER)));
        assertTrue(ExtractiveAnswerer.givesKinds(Set.of(Kind.MONEY), Set.of(Kind.NUMBER)));
        assertFalse(ExtractiveAnswerer.givesKinds(Set.of(Kind.TIME), Set.of(Kind.NUMBER)));
        assertFalse(ExtractiveAnswerer.givesKinds(Set.of(Kind.MONEY), Set.of(Kind.PERCENT)), "a percentage is asked by its unit");
    }
}
