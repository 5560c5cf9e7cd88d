package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A relative time the question sets ("last year") must be stated by the evidence; a year within a thing is none. */
class RelativeTimeRulesTest {
    @Test
    void aTimeBeforeNowIsAQualifierTheEvidenceMustState() {
        assertEquals(List.of("last quarter"), Selector.qualifiers("What gain did Beta book last quarter?"));
        assertEquals(List.of("this year"), Selector.qualifiers("Did Gamma invest this year?"));
    }

    @Test
    void theLastOrFirstYearOfAThingIsAYearWithinIt() {
        assertEquals(List.of(), Selector.qualifiers("What is the last year of Gamma's payments to Beta?"));
        assertEquals(List.of(), Selector.qualifiers("Order these: the licence ending and the last year of the revenue share."));
    }

    @Test
    void aSideNamingAGoalIsTheYearAimedAt() {
        org.junit.jupiter.api.Assertions.assertTrue(SideChecks.namesGoal("Dana's stated goal year"));
        org.junit.jupiter.api.Assertions.assertFalse(SideChecks.namesGoal("Dana's statement"), "a statement is dated by when it was made");
        org.junit.jupiter.api.Assertions.assertFalse(SideChecks.namesGoal("Dana's statement on Beta's model ambitions"),
                "a goal the statement is about leaves the statement the side");
        org.junit.jupiter.api.Assertions.assertFalse(SideChecks.namesGoal("Dana stating the 2027 goal"), "so does a goal a speech verb takes");
    }

    @Test
    void aSideNamedAsTheFirstOfItsKindIsDatedByTheEarliestSentence() {
        org.junit.jupiter.api.Assertions.assertTrue(Reasoner.namesFirst("the first investment"));
        org.junit.jupiter.api.Assertions.assertTrue(Reasoner.namesFirst("Alpha's initial deal"));
        org.junit.jupiter.api.Assertions.assertFalse(Reasoner.namesFirst("the latest investment"));
    }
}
