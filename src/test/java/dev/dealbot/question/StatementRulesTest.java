package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import org.junit.jupiter.api.Test;

/** Rules for questions written as statements: tags, statements before the question, and the clauses of a claim. */
class StatementRulesTest {
    @Test
    void aClosingRightWithoutItsCommaIsATagUnlessItsSentenceAsksAQuestionWord() {
        assertTrue(Wording.yesNo("the licence runs until 2030 right?"));
        assertTrue(Wording.yesNo("Alpha owns 49% correct?"));
        assertFalse(Wording.yesNo("One piece says 20%, another 27%. Which is right?"));
        assertFalse(Wording.yesNo("what is right?"));
    }

    @Test
    void aTagIsNotSearchedFor() {
        assertEquals("the licence runs until 2030?", Wording.withoutTag("the licence runs until 2030 right?"));
        assertEquals("Alpha owns 49%?", Wording.withoutTag("Alpha owns 49%, right?"));
        assertEquals("Which is right?", Wording.withoutTag("Which is right?"));
    }

    @Test
    void sayingFramesAQuestionAsDoSayAndSaid() {
        assertFalse(Terms.ofQuestion("why are people saying the clause is unclear").contains("sai"));
        assertTrue(Terms.ofQuestion("why are people saying the clause is unclear").contains("unclear"));
    }

    @Test
    void aStatementEndedByAFullStopBeforeTheQuestionIsTakenAsGiven() {
        assertEquals("Alpha has put more than $13B into Beta since 2015",
                Presumption.clause("Alpha has put more than $13B into Beta since 2015. How much of that came in 2023?"));
        assertNull(Presumption.clause("How much did Alpha put into Beta?"));
    }

    @Test
    void theCommaBetweenADayAndItsYearEndsNoClauseButAFullStopDoes() {
        String q = "The deal was announced on April 28, 2026. What did it change about the clouds?";
        Figure day = Figures.of(q).get(0);
        assertEquals("The deal was announced on April 28, 2026", Claims.claimClause(q, day));
    }

    @Test
    void aDayCorrectedKeepsItsMonthInWhatIsAskedInstead() {
        String q = "Was it announced on April 28?";
        assertEquals("Was it announced on April ?", Claims.without(q, Figures.of(q).get(0)));
    }

    @Test
    void moreThanAFigureBoundsItAndComparesNothing() {
        assertNull(Comparison.of("Alpha has poured more than $13B into Beta since 2015. How much of that came in 2023?"));
        assertNull(Comparison.of("Did Alpha invest more than $20 billion?"), "asked with 'did', a threshold its figure is checked against");
        assertNotNull(Comparison.of("Did Alpha invest more than Beta?"), "two things compared");
    }

    @Test
    void aStatementWithAFigureAskedByItsQuestionMarkAloneIsAYesNoQuestion() {
        assertTrue(Wording.statesFigureAsked("so alpha owns roughly a third of beta these days?"));
        assertTrue(Wording.statesFigureAsked("Beta pays Alpha 15%?"));
        assertFalse(Wording.statesFigureAsked("Beta pays Alpha how much?"), "a question word asks for the figure");
        assertFalse(Wording.statesFigureAsked("alpha owns part of beta?"), "no figure to check");
        assertFalse(Wording.statesFigureAsked("Since the licence ends in 2030, will Alpha keep the share?"), "the clause after the comma asks");
        assertFalse(Wording.statesFigureAsked("2023 round size?"), "a headline asks for its figure");
    }

    @Test
    void aClauseOpenedByWhenAndItsSubjectIsTakenAsGivenButWhenAskingIsNot() {
        assertEquals("Alpha and Beta revised their deal in April 2025",
                Presumption.clause("When Alpha and Beta revised their deal in April 2025, did they drop the clause?"));
        assertNull(Presumption.clause("When does the licence expire, and why?"));
        assertNull(Presumption.clause("When exactly was the deal signed, and by whom?"));
    }

    @Test
    void aYearAWhenQuestionAsksWithinIsTakenForGrantedButAYearDatingADeedIsNot() {
        String q = "When in 2025 did Alpha announce the licence?";
        assertEquals("2025", Claims.presupposed(q, Figures.of(q)).digits());
        String month = "What month of 2025 did Alpha announce it?";
        assertEquals("2025", Claims.presupposed(month, Figures.of(month)).digits());
        String deed = "What did Alpha invest in 2015?";
        assertNull(Claims.presupposed(deed, Figures.of(deed)), "the articles may simply not cover that year");
        String changed = "How much has Beta's ownership fallen since 2021?";
        assertNull(Claims.presupposed(changed, Figures.of(changed)), "a change is counted from the year, which starts no term");
        String start = "Has Beta invested in Gamma since 2015?";
        assertEquals("2015", Claims.presupposed(start, Figures.of(start)).digits(), "a deed since a year claims when it started");
    }
}
