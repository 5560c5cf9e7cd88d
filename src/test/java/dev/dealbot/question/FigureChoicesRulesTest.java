package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for a trailing request for the figure a change reached ("..., and to how much?"), a fraction in quotation
 * marks, what is still only promised as what remains, "one day" as some day, and two figures offered as a choice whether or not the articles state them.
 */
class FigureChoicesRulesTest {
    @Test
    void aTrailingRequestForTheFigureReachedIsNoSideOfAChange() {
        Comparison c = Comparison.of("Did its ownership go up or down since then, and to how much?");
        assertNotNull(c);
        assertEquals(List.of("then", "its ownership"), c.sides());
        assertEquals(Comparison.UP_OR_DOWN, c.word());
        assertEquals(c.sides(), Comparison.of("Did its ownership go up or down since then, and to what?").sides());
    }

    @Test
    void aFractionInQuotationMarksIsAShare() {
        for (String text : new String[] {"Alpha had 'nearly one-third' of Beta in 2023.", "Alpha had “one-third” of Beta."}) {
            Figure f = Figures.of(text).stream().filter(x -> x.type() == Figure.Type.PERCENT).findFirst().orElse(null);
            assertNotNull(f, text);
            assertEquals(33.3, f.value(), 0.1, text);
        }
        assertTrue(Figures.of("the third of its rounds").stream().noneMatch(x -> x.type() == Figure.Type.PERCENT), "an order, not a share");
    }

    @Test
    void whatIsPromisedAndNotYetDeliveredIsWhatRemains() {
        assertEquals(Part.REST, Wording.part("So how much of that money is still just a promise?"));
        assertEquals(Part.REST, Wording.part("How much is not yet paid?"));
        assertEquals(Part.NONE, Wording.part("How much did Beta promise?"), "a promise asked, not what remains of one");
    }

    @Test
    void oneDayThatCountsNothingIsNoFigure() {
        assertTrue(Figures.of("If one day Beta announces it has reached AGI, would it pay?").isEmpty());
        assertEquals(1, Figures.of("It came one day after the memo.").size(), "a day counted");
        assertEquals(1, Figures.of("It lasted one day.").size(), "a day counted at the end");
    }

    @Test
    void twoFiguresOfOneKindJoinedByOrAreAChoiceWhetherOrNotTheArticlesStateThem() {
        String q = "Was Alpha's reported gain $7.5 billion or $75 billion?";
        List<Figure> figures = Figures.of(q);
        assertTrue(Claims.offersFigures(q, figures));
        assertFalse(Claims.offersAlternatives(q, figures, List.of(figures.get(1))), "one of them unstated: no pair of alternatives");
        assertEquals(figures.get(0), Claims.offeredWith(q, figures, figures.get(1), -1), "offered before the second");
        assertEquals(figures.get(1), Claims.offeredWith(q, figures, figures.get(0), 1), "offered after the first");
        assertEquals(null, Claims.offeredWith(q, figures, figures.get(0), -1), "nothing offered before the first");
        String two = "Was the gain $7.5 billion, and does the share end in 2030?";
        assertFalse(Claims.offersFigures(two, Figures.of(two)), "two figures of different kinds, not offered as a choice");
    }
}
