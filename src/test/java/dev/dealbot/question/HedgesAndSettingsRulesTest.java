package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for hedges on the asker's wording, most of a thing owned, a cheque written to someone, a year the asker sets
 * the present at, a statement before "so", the thing a sum is asked of after its unit, words of depending, "more recently", and a start named before "how many".
 */
class HedgesAndSettingsRulesTest {
    @Test
    void aHedgeOnTheAskersWordingIsNoSearchTerm() {
        for (String hedge : new String[] {"basically", "essentially", "literally", "practically", "virtually", "kinda", "sorta"})
            assertTrue(Terms.isFunctionWord(hedge), hedge);
        assertFalse(Terms.isFunctionWord("exclusive"));
    }

    @Test
    void mostOfAThingOwnedIsMoreThanHalfOfIt() {
        assertEquals("Does Alpha own more than 50% of Beta?", Shorthand.spelledOut("Does Alpha own most of Beta?"));
        assertEquals("alpha holds more than 50% of beta right?", Shorthand.spelledOut("alpha holds most of beta right?"));
        assertEquals("Did Alpha spend most of the money?", Shorthand.spelledOut("Did Alpha spend most of the money?"), "not a thing owned");
    }

    @Test
    void writingSomeoneACheckIsPayingThemInTheVerbsTense() {
        assertEquals("is Alpha still paying Beta in 2031?", Shorthand.spelledOut("is Alpha still cutting Beta a check in 2031?"));
        assertEquals("Does Alpha still pay Beta?", Shorthand.spelledOut("Does Alpha still write Beta checks?"));
        assertEquals("Alpha paid Beta last year", Shorthand.spelledOut("Alpha wrote Beta a big cheque last year"));
        assertEquals("Did Alpha cut the price?", Shorthand.spelledOut("Did Alpha cut the price?"), "a cut that is no cheque");
    }

    @Test
    void aYearTheAskerSetsThePresentAtIsSupposed() {
        assertEquals("Is Alpha still paying Beta in 2031?", Supposition.asked("is Alpha still paying Beta?", "It's 2031. is Alpha still paying Beta?"));
        assertEquals("Does Alpha still hold the licence in 2033?", Supposition.asked("ok its 2033 - does Alpha still hold the licence?", ""));
        assertTrue(Supposition.supposesFirst("It is 2029, does Alpha still pay Beta?"));
        assertFalse(Supposition.supposesFirst("Its 2029 revenue, does Alpha still pay Beta?"), "a possessive before a noun");
    }

    @Test
    void aStatementBeforeSoIsTakenAsGiven() {
        assertEquals("Alpha owns half of Beta anyway", Presumption.clause("Alpha owns half of Beta anyway, so who cares about exclusivity?"));
        assertEquals("the licence runs to 2035", Presumption.clause("the licence runs to 2035 so what happens after that?"));
        assertNull(Presumption.clause("Is the share capped, so what happens next?"), "a question before the so");
    }

    @Test
    void aSumAskedInAUnitIsOfTheThingAfterTheVerb() {
        assertEquals("cap", Focus.measured(Tokens.of("How many billions of dollars is the revenue share cap?"), List.of()).word());
        assertEquals("cap", Focus.measured(Tokens.of("What is the total cap worth in dollars?"), List.of()).word());
        assertEquals("cap", Focus.measured(Tokens.of("What is cap of the revenue share in dollars?"), List.of()).word());
        assertNull(Focus.measured(Tokens.of("How many billions did Alpha invest?"), List.of()), "a unit, then a verb: no thing");
    }

    @Test
    void dependingOnAThingIsOppositeToBeingIndependentOfIt() {
        for (String w : new String[] {"depends", "dependent", "contingent", "conditional", "tied"})
            assertTrue(dev.dealbot.text.Opposites.of(Tokens.of(w).get(0)).contains("independ"), w);
        assertTrue(dev.dealbot.text.Opposites.of(Tokens.of("ties").get(0)).isEmpty(), "ties are most often the bonds themselves");
    }

    @Test
    void moreRecentlyIsLaterInTimeButTheMostRecentRoundIsAThing() {
        Comparison c = Comparison.of("Which happened more recently, the October recapitalization or the January 2023 investment?");
        org.junit.jupiter.api.Assertions.assertNotNull(c);
        assertEquals(Comparison.Op.WHICH, c.op());
        assertTrue(c.larger(), "the later one wins");
        assertNull(Comparison.of("What was Beta's valuation in its most recent funding round?"));
    }

    @Test
    void aStartNamedBeforeHowManyIsCountedFrom() {
        Comparison c = Comparison.of("From the announcement, about how many years does the licence still run?");
        org.junit.jupiter.api.Assertions.assertNotNull(c);
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals("the announcement", c.sides().get(0));
    }
}
