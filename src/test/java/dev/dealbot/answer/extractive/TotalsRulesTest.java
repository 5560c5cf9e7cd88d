package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import org.junit.jupiter.api.Test;

/** A figure claimed as a total is checked against the figure a quote gives as the total, not against a part of it. */
class TotalsRulesTest {
    private static Figure first(String text) {
        return Figures.of(text).get(0);
    }

    @Test
    void aFigureIsClaimedAsATotalByAWordOfTotalityNearItOrByOnly() {
        for (String q : new String[] {"Did Alpha invest $10 billion in total?", "Has Alpha put a total of $10 billion in?",
                "Is Alpha's total investment $10 billion?", "Did Alpha invest only $10 billion?", "a combined $10 billion?"})
            assertTrue(Totals.claimedAsTotal(q, first(q)), q);
        for (String q : new String[] {"Did Alpha invest $10 billion in January 2023?", "Did Alpha invest $10 billion?"})
            assertFalse(Totals.claimedAsTotal(q, first(q)), q);
    }

    @Test
    void theTotalIsTheOneFigureAQuoteGivesWithAWordOfTotality() {
        String quote = "Since 2019, Alpha has invested over $13 billion in Beta cumulative. In January 2023, Alpha invested $10 billion in that round.";
        String q = "Did Alpha invest $10 billion in total?";
        assertEquals(13e9, Totals.statedTotal(q, first(q), quote, Figures.of(quote)).value());
        String plain = "Did Alpha invest $10 billion in January 2023?";
        assertNull(Totals.statedTotal(plain, first(plain), quote, Figures.of(quote)), "no total claimed");
    }

    @Test
    void onlyBeforeAFigureClaimsNoMoreThanIt() {
        String q = "Did Alpha invest only $13 billion?";
        assertTrue(Totals.claimedOnly(q, first(q)));
        String plain = "Did Alpha invest $13 billion?";
        assertFalse(Totals.claimedOnly(plain, first(plain)));
    }

    @Test
    void onlyBeforeTheVerbOfAFigureClaimsNoMoreThanIt() {
        for (String q : new String[] {"Alpha only invested $15B in Beta?", "Alpha only put $15B into Beta?", "Did Alpha just put in $15 billion?"})
            assertTrue(Totals.claimedOnly(q, first(q)), q);
        for (String q : new String[] {"Did Alpha invest just over $13 billion?", "Alpha only said it invested more than $13 billion?"})
            assertFalse(Totals.claimedOnly(q, first(q)), q);
    }
}
