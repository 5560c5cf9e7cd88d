package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is left of a whole asked after the statements that give it, a thing "now" against a figure stated of it before,
 * the time between two things "away from" each other, how far one figure stands above another, a supposed change, which way a thing went between two figures told, two points named before a change, adverbs of a clause, words of the synonym list, Korean
 * interrogatives, a question word at the end of chat, a holding described by one word, and a share in words searched
 * for by its fraction word.
 */
class RemaindersAndNowRulesTest {
    @Test
    void anAmountOrSumStillOutstandingAsksWhatIsLeft() {
        assertEquals(Part.REST, Wording.part("which amount of the announced total is then still outstanding?"));
        assertEquals(Part.REST, Wording.part("what sum is still to come?"));
        assertEquals(Part.NONE, Wording.part("which amount did alpha announce?"), "no word of what is left");
    }

    @Test
    void aQuestionForWhatIsLeftIsReadWithTheStatementsThatGiveTheWholeAndPart() {
        String text = "Alpha pledged $40 billion to Beta and $12 billion came at once. How much is still to come?";
        assertEquals(text, QuestionSentence.of(text));
        assertEquals("When did Alpha pledge it?", QuestionSentence.of("Alpha pledged $40 billion to Beta last year. When did Alpha pledge it?").replace("Alpha pledged $40 billion to Beta last year. ", ""));
    }

    @Test
    void aThingNowIsTheStatementWithoutItsFigureAndItsTime() {
        assertEquals("Beta was valued now", StatedComparisons.thingNow("Beta was valued at $20 billion in March 2021.", Kind.MONEY));
        assertEquals("Alpha valued its holding now", StatedComparisons.thingNow("Alpha valued its holding at about $60 billion in October", Kind.MONEY));
        assertNull(StatedComparisons.thingNow("$20 billion in 2021", Kind.MONEY), "nothing of the thing is left");
        assertNull(StatedComparisons.thingNow("Beta was valued highly in 2021", Kind.MONEY), "no figure of the kind");
    }

    @Test
    void itNowAfterAStatementOfAFigureIsTheStatedThingNowAgainstThatFigure() {
        String told = "Beta was valued at $20 billion in March 2021";
        Comparison c = StatedComparisons.of("How many times bigger is it now?", List.of(told));
        assertNotNull(c);
        assertEquals(List.of("Beta was valued now", told), c.sides());
        assertEquals(Comparison.Op.RATIO, c.op());
        assertTrue(c.isStated(1) && !c.isStated(0));
        Comparison both = StatedComparisons.of("How many times bigger is this than that?", List.of(told));
        assertEquals(List.of("this", "that"), both.sides(), "both point back, no time named: the sides stay as written");
    }

    @Test
    void howManyYearsAwayOneThingIsFromAnotherIsTheTimeBetweenThem() {
        Comparison c = Comparison.of("How many years away was Dana's target year from the launch?");
        assertNotNull(c);
        assertEquals(List.of("Dana's target year", "the launch"), c.sides());
        assertEquals(Kind.TIME, c.kind());
        assertNotNull(Comparison.of("Counting from 2026, for about how many more years will Beta pay the fee?"), "'for about' before the question word");
    }

    @Test
    void howFarAboveOneFigureAnotherStandsIsTheirDifference() {
        Comparison c = Comparison.of("How far above Alpha's total investment is the book value of that investment?");
        assertNotNull(c);
        assertEquals(List.of("the book value of that investment", "Alpha's total investment"), c.sides());
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals("lower", Comparison.of("How much below the book value was the March valuation?").word());
    }

    @Test
    void aSupposedChangeFromOneFigureToAnotherIsTheChangeAskedAfterIt() {
        Comparison c = Comparison.of("If Alpha's stake went from nearly one-third to about 25%, by roughly how many percentage points did it shrink?");
        assertNotNull(c);
        assertEquals(Kind.PERCENT, c.kind());
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertTrue(c.sides().get(0).contains("one-third") && c.sides().get(1).contains("25%"), c.sides().toString());
    }

    @Test
    void whichWayAThingWentOverTheSpanOfTwoStatedFiguresIsAskedOfBoth() {
        String told = "In 2021 Alpha held 40% of Beta, and now it holds about 30% of it";
        String text = told + ". So did Alpha's share go up or down over this time?";
        assertEquals(text, QuestionSentence.of(text), "the figures told are kept with the question");
        Comparison c = StatedComparisons.of("So did Alpha's share go up or down over this time?", List.of(told));
        assertNotNull(c);
        assertEquals(Comparison.UP_OR_DOWN, c.word());
        assertEquals(2, c.sides().size());
    }

    @Test
    void twoPointsNamedFirstThenAChangeAskedAreTheThingAtEachPoint() {
        Comparison c = Comparison.of("From March 2021 to the latest round, by how much in dollars did Beta's valuation rise?");
        assertNotNull(c);
        assertEquals(List.of("Beta's valuation at March 2021", "Beta's valuation at the latest round"), c.sides());
        assertEquals(Comparison.Op.DIFFERENCE, c.op());
        assertEquals(Kind.MONEY, c.kind());
    }

    @Test
    void aQuestionWordAtTheEndOfAChatQuestionAsksItsKind() {
        assertTrue(Wording.kinds("beta launch gets announced when exactly").contains(Kind.TIME));
        assertTrue(Wording.kinds("the memo leaked when?").contains(Kind.TIME));
        assertFalse(Wording.kinds("what happens when the fee ends?").contains(Kind.TIME), "a clause of when is no time asked");
    }

    @Test
    void aHoldingAfterOneWordDescribingItIsTheThingMeasured() {
        assertEquals("stake", Focus.measured(Tokens.of("What ownership stake does Alpha get for its $50 billion?"), List.of()).word());
        assertEquals("stake", Focus.measured(Tokens.of("What equity stake does Alpha hold?"), List.of()).word());
    }

    @Test
    void anAdverbOfTheClauseBeforeItsVerbIsNoThingMeasured() {
        assertNull(Focus.measured(Tokens.of("Approximately how much was therefore invested outside of this round?"), List.of()));
        assertEquals("fee", Focus.measured(Tokens.of("How much is the fee?"), List.of()).word());
    }

    @Test
    void aWordOfTheSynonymListIsAWordNotAMisspelling() {
        assertTrue(Terms.listed("multiply"));
        assertTrue(Terms.listed("surged"));
        assertFalse(Terms.listed("zebra"));
    }

    @Test
    void koreanInterrogativesAskForATimeAnAmountOrAPercentage() {
        assertTrue(CrossLanguage.kinds("언제까지 계속되나요?").contains(Kind.TIME));
        assertTrue(CrossLanguage.kinds("몇 년까지 유효한가요?").contains(Kind.TIME));
        assertTrue(CrossLanguage.kinds("얼마였나요?").contains(Kind.NUMBER));
        assertTrue(CrossLanguage.kinds("몇 퍼센트 가지고 있나요?").contains(Kind.PERCENT));
    }

    @Test
    void aShareInWordsIsSearchedForByItsFractionWordAsWell() {
        String q = "Did Alpha hold nearly a third of Beta?";
        Figure third = Figures.of(q).stream().filter(Figure::inWords).findFirst().orElseThrow();
        assertEquals("Did Alpha hold nearly percent of Beta?", Claims.without(q, third));
        String p = "Does Alpha hold 30% of Beta?";
        assertEquals("Does Alpha hold percent of Beta?", Claims.without(p, Figures.of(p).get(0)));
    }
}
