package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for a claimed change from one figure to another, for a statement set off by a dash after an opener, for two
 * sides set against each other before a gap is asked, an adverb after a party's name, a role asked with "hold",
 * a comparison asked with "for how many" or after a lead-in and a colon, and "rev" for revenue.
 */
class ChangeAndDashRulesTest {
    @Test
    void ofAChangeTheClaimIsWhatTheThingBecame() {
        String q = "Was the share cut from 20% to 15%?";
        List<Figure> figures = Figures.of(q);
        assertEquals(15.0, Claims.claimed(q, figures, List.of(figures.get(1))).value(), "the end the articles do not state");
        assertEquals(15.0, Claims.claimed(q, figures, List.of()).value(), "both stated: still the end");
    }

    @Test
    void ofAChangeToAStatedFigureFromAnUnstatedOneTheStartIsInDoubt() {
        String q = "Was the stake diluted from 32.5% to 27%?";
        List<Figure> figures = Figures.of(q);
        assertEquals(32.5, Claims.claimed(q, figures, List.of(figures.get(0))).value());
    }

    @Test
    void figuresNotJoinedAsAChangeKeepTheFirstClaim() {
        String q = "Did Alpha invest $10 billion and Gamma $50 billion?";
        assertEquals(10e9, Claims.claimed(q, Figures.of(q), List.of()).value());
    }

    @Test
    void whatToAskInsteadOfAChangeDropsWhereItStarted() {
        String q = "Did the valuation rise from $29 billion to $850 billion?";
        Figure claimed = Figures.of(q).get(1);
        assertEquals("Did the valuation rise dollars billion ?", Claims.without(q, claimed));
    }

    @Test
    void aStatementBeforeADashLosesItsOpener() {
        assertEquals("Alpha still pays Beta a revenue share under new terms",
                Presumption.clause("Since Alpha still pays Beta a revenue share under new terms — what percentage does Alpha pay?"));
    }

    @Test
    void twoSidesSetAgainstEachOtherThenAGapAskedAreADifference() {
        for (String q : new String[] {"Revenue share end vs license end — how many years apart?",
                "revenue share end year vs license end year — gap how many years?", "The share's end vs the license's end: what's the gap?"}) {
            Comparison c = Comparison.of(q);
            assertNotNull(c, q);
            assertEquals(Comparison.Op.DIFFERENCE, c.op(), q);
            assertEquals(2, c.sides().size(), q);
        }
    }

    @Test
    void anAdverbAfterAPartyIsNoThingItOwns() {
        assertEquals("amazon only invested $15B in Beta?", Wording.headlineOwner("amazon only invested $15B in Beta?", "amazon"::equals));
        assertEquals("amazon's stake %?", Wording.headlineOwner("amazon stake %?", "amazon"::equals));
    }

    @Test
    void aRoleAskedWithALightVerbOfHavingItIsTheHoldersRole() {
        assertEquals("What is Gamma Delta's role?", Wording.roleHeld("What role does Gamma Delta hold?"));
        assertEquals("What is Gamma Delta's position at Alpha?", Wording.roleHeld("Which position did Gamma Delta have at Alpha?"));
        assertEquals("What role does the memo describe?", Wording.roleHeld("What role does the memo describe?"));
    }

    @Test
    void forHowManyYearsAsksWhatHowManyYearsAsks() {
        Comparison c = Comparison.of("For how many years does Alpha keep its license after the revenue share ends?");
        assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
    }

    @Test
    void aQuestionAfterALeadInOfUpToEightyCharactersAndAColonIsAskedOnItsOwn() {
        String asked = "for how many years does Alpha keep its license after the revenue share ends?";
        assertEquals(asked, QuestionSentence.leadIn("Help me understand the gap between the two end dates: " + asked));
        org.junit.jupiter.api.Assertions.assertNull(QuestionSentence.leadIn("Help me understand the gap between the two end dates: the licence"));
    }

    @Test
    void oneOfTwoStatedFiguresNamedByItsAgeIsComparedWithTheOther() {
        Comparison c = Comparison.of("How much higher is the newer figure?",
                List.of("The stake was valued at $135 billion in October, and the book value is now $228.3 billion."));
        assertNotNull(c);
        assertEquals(2, c.sides().size());
        org.junit.jupiter.api.Assertions.assertTrue(c.isStated(0) && c.isStated(1), c.toString());
    }

    @Test
    void revBeforeAWordOfSharingOrOfThoseInChargeIsRevenue() {
        assertEquals("who's Beta revenue chief", Shorthand.spelledOut("who's Beta rev chief"));
        assertEquals("revenue share end year?", Shorthand.spelledOut("rev share end yr?"));
        assertEquals("which rev of the deal?", Shorthand.spelledOut("which rev of the deal?"));
    }
}
