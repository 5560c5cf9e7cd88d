package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Kind;
import dev.dealbot.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions asked inside polite requests, lengths of time asked up to an event from a time given before the question,
 * and the thing measured after a demonstrative: each rule on wording alone.
 */
class RequestRulesTest {
    @Test
    void aQuestionInsideARequestIsAskedAfterWhatTheAskerTells() {
        assertEquals("I am told that the share runs until 2032, and whether the percentage stays the same during that period?",
                Requests.direct("I am told that the share runs until 2032, and I would kindly like to know whether the percentage stays the same "
                        + "during that period."));
        assertEquals("Until which year Alpha will hold its licence?",
                Requests.direct("I am preparing a risk note for a network operator that relies on Zeta, and for that note I would kindly like "
                        + "to know until which year Alpha will hold its licence."), "who the asker is says nothing about the deal");
        assertEquals("I have read that Alpha committed to spending on Zeta. What is the exact value of that commitment?",
                Requests.direct("I have read that Alpha committed to spending on Zeta, and I would like to know the exact value of that commitment."),
                "a thing requested by name is a question of its own");
        assertEquals("I have read that Alpha committed to spending on Zeta, and why Beta agreed?",
                Requests.direct("I have read that Alpha committed to spending on Zeta, and I would like to know why Beta agreed."));
        assertEquals("Given that Alpha holds 72 percent of Beta, why Alpha gave up its exclusive position?",
                Requests.direct("Given that Alpha holds 72 percent of Beta, I would kindly like to know why Alpha gave up its exclusive position."),
                "a clause subordinated to the question stays so");
        assertEquals("How much money Alpha has invested in total?",
                Requests.direct("Good day, I would kindly ask how much money Alpha has invested in total."), "a greeting tells nothing");
        assertEquals("I read that Alpha put in $13 billion, and how much Alpha invested in 2023?",
                Requests.direct("I read that Alpha put in $13 billion, so kindly tell me how much Alpha invested in 2023. Thank you."), "the courtesy after it goes");
        assertEquals("Whether Beta would still release it on Zeta first?",
                Requests.direct("Kindly advise whether Beta would still release it on Zeta first."));
        assertEquals("How much remained after the first tranche?",
                Requests.direct("I would like to know, based on the figures reported, how much remained after the first tranche."), "an aside after the verb");
    }

    @Test
    void aThingRequestedByItsNameIsAskedWhatItIs() {
        assertEquals("What is the exact dollar amount of the cap?", Requests.direct("I would like to know the exact dollar amount of the cap."));
    }

    @Test
    void aSecondIndirectQuestionJoinedByAsWellAsIsJoinedByAnd() {
        assertEquals("Who wrote the memo, and when it leaked?", Requests.direct("I would like to know who wrote the memo, as well as when it leaked."));
    }

    @Test
    void aMessageWithoutARequestForAnIndirectQuestionIsLeftAsItIs() {
        String plain = "I would like to know more about the deal.";
        assertEquals(plain, Requests.direct(plain), "no question follows the request");
        assertEquals("Until when does the licence run?", Requests.direct("Until when does the licence run?"));
    }

    @Test
    void aSizeWordBeforeAStakesFigureSaysNoMoreThanTheFigure() {
        assertEquals("Does Alpha hold a stake of roughly 72 percent in Beta?", Intensifiers.plain("Does Alpha hold a majority stake of roughly 72 percent in Beta?"));
        assertEquals("Does Alpha hold a majority stake?", Intensifiers.plain("Does Alpha hold a majority stake?"), "without a figure the word is asked");
        assertTrue(Shorthand.spelledOut("Does Alpha hold a majority stake of 72% in Beta?").contains("majority stake of 72"), "not read as more than half");
        assertTrue(Shorthand.spelledOut("Does Alpha hold a majority stake in Beta?").contains("more than 50%"));
    }

    @Test
    void twoClausesWithFiguresOfTheirOwnJoinedByWhileAreTwoClaims() {
        assertEquals(List.of("Did the licence end in 2030", "the share runs to 2032?"), Facets.of("Did the licence end in 2030 while the share runs to 2032?"));
        assertEquals(List.of(), Facets.of("Why does Alpha remain primary while Beta can sell elsewhere?"), "no figures: one question");
    }

    @Test
    void theRevisedDealAfterAGreetingIsTheDealNotAChangeTold() {
        assertEquals("When was the revised agreement announced?", QuestionSentence.of("Good evening. I'm assembling a timeline. When was the revised agreement announced?"));
        assertEquals("Its share was raised to 25%. When does the higher rate start?",
                QuestionSentence.of("Its share was raised to 25%. When does the higher rate start?"), "a change told before it");
    }

    @Test
    void themAndAPlaceThereAfterStatementsPointToThem() {
        String place = "One of my customers runs everything on Zeta. Under the new terms, can Beta sell to them directly there?";
        assertEquals(place, QuestionSentence.of(place));
        assertEquals("Is there still a cap on Beta's revenue share payments to Alpha?",
                QuestionSentence.of("Good evening, I'm assembling a note. Is there still a cap on Beta's revenue share payments to Alpha?"),
                "'is there' says a thing exists");
    }

    @Test
    void whetherOpensAYesOrNoQuestion() {
        assertTrue(Wording.yesNo("Whether the share percentage remains the same during that period?"));
    }

    @Test
    void amIsAFormOfBeNotAName() {
        assertTrue(Terms.isFunctionWord("am"));
    }

    @Test
    void theThingMeasuredAfterADemonstrativeIsTheNoun() {
        Focus f = Focus.measured(Tokens.of("What's the dollar amount of that cap?"), List.of());
        assertNotNull(f);
        assertEquals("cap", f.word());
    }

    @Test
    void aGivenTimeBeforeALengthOfTimeAskedUpToAnEventIsAStatement() {
        assertEquals(List.of("Alpha first backed Beta in 2019"),
                QuestionSentence.statements("If Alpha first backed Beta in 2019, how many years until the licence expires?"));
        assertEquals(List.of(), QuestionSentence.statements("If Beta reached AGI in 2028, would the payments stop then?"), "no length of time asked");
    }

    @Test
    void aStatementWithAClosingTagBeforeTheQuestionIsTold() {
        assertEquals(List.of("So the licence and the share end in different years"),
                QuestionSentence.statements("So the licence and the share end in different years, right? How big's the gap between the two?"));
        assertEquals(List.of(), QuestionSentence.statements("Is it 2030? And why?"), "two questions, neither told");
    }

    @Test
    void twoSubjectsOfOneVerbAreTheTwoThingsApartInTime() {
        Comparison c = StatedComparisons.of("How big's the gap between the two?", List.of("So the licence and the share end in different years"));
        assertNotNull(c);
        assertEquals(List.of("the licence", "the share"), c.sides(), "things told only to end: their ends compared");
        assertEquals(Kind.TIME, c.kind());
        Comparison started = StatedComparisons.of("How big's the gap between the two?", List.of("So the licence and the share started in different years"));
        assertNotNull(started);
        assertEquals(List.of("the licence started in different years", "the share started in different years"), started.sides());
        assertEquals(Kind.TIME, started.kind());
    }

    @Test
    void aLengthOfTimeUpToAnEventRunsFromTheTimeAStatementGives() {
        Comparison c = StatedComparisons.of("How many years until the licence expires?", List.of("Alpha first backed Beta in 2019"));
        assertNotNull(c);
        assertEquals(List.of("Alpha first backed Beta in 2019", "the licence expires"), c.sides());
        assertEquals(Kind.TIME, c.kind());
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertNull(StatedComparisons.of("How many years would that be before the licence runs out, and is Alpha allowed to build models?",
                List.of("Alpha targets frontier models by 2027")), "a second question joined to it is asked on its own");
    }

    @Test
    void aLengthOfTimeNamedThenWhereItRunsFromIsASpan() {
        Comparison c = Comparison.of("How long a span in years runs from Alpha's first investment to the year its licence runs out?");
        assertNotNull(c);
        assertEquals(List.of("Alpha's first investment", "the year its licence runs out"), c.sides());
        assertNull(Comparison.of("How long will Alpha benefit from the revenue share until 2030?"), "a verb of its own, no span");
    }

    @Test
    void aSupposedYearBeforeALengthOfTimeUpToAnEventIsNotTheTimeAskedAt() {
        String q = "If Alpha first backed Beta in 2019, how many years until the licence expires?";
        assertEquals(q, Supposition.asked(q, q));
        String still = "If Beta reached AGI in 2028, would the payments still run?";
        assertEquals("Would the payments still run in 2028?", Supposition.asked(still, still), "whether a thing still holds is asked at the year");
    }

    @Test
    void aStatementAfterALabelAskingToCheckItIsAskedBack() {
        assertEquals("The deal was announced on a Monday, right?", Requests.checked("Fact check: the deal was announced on a Monday."));
        assertEquals("Beta owns about 27% of Alpha, right?", Requests.checked("True or false: Beta owns about 27% of Alpha"));
        assertEquals("Fact check: did Gamma invest $5 billion?", Requests.checked("Fact check: did Gamma invest $5 billion?"), "already a question");
        assertEquals("Check the dates please", Requests.checked("Check the dates please"), "no label");
    }

    @Test
    void numberedSubQuestionsAreReadWithoutTheirNumbers() {
        assertEquals("Please tell me: when does the licence end, and when does the royalty end?",
                Enumerations.plain("Please tell me: 1) when does the licence end, and 2) when does the royalty end?"));
        assertEquals("When was it signed? What does Alpha pay?", Enumerations.plain("1. When was it signed? 2. What does Alpha pay?"));
        assertEquals("How much did Gamma invest and how much came at once?", Enumerations.plain("(a) How much did Gamma invest and (b) how much came at once?"));
        assertEquals("Is the share 2) or 3)?", Enumerations.plain("Is the share 2) or 3)?"), "no first label");
        assertEquals("Did Gamma invest $1.5 billion?", Enumerations.plain("Did Gamma invest $1.5 billion?"));
    }
}
