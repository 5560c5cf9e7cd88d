package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.index.Context;
import dev.dealbot.text.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules for a question that leans on what is stated before it, and the comparison shapes read with them. */
class PointingBackRulesTest {
    @Test
    void theStatementsBeforeTheOneQuestionAreKeptNearestFirst() {
        assertEquals(List.of("Its latest round put it much higher", "In 2023 Beta was valued at $29B"),
                QuestionSentence.statements("In 2023 Beta was valued at $29B. Its latest round put it much higher. How many times bigger is it?"));
        assertEquals(List.of(), QuestionSentence.statements("How many times bigger is the valuation?"), "no statement before it");
        assertEquals(List.of(), QuestionSentence.statements("Beta was valued at $29B. Is it more? And why?"), "two questions: none is the one");
        assertEquals("How many times bigger is it?", QuestionSentence.question("Beta was valued at $29B. How many times bigger is it?"));
    }

    @Test
    void aShortQuestionThatPointsBackIsReadWithTheStatementsBeforeIt() {
        String text = "Beta's models will now be sold through Gamma. So why does Alpha still make money when that happens?";
        assertEquals(text, QuestionSentence.of(text), "'that' is what the statement tells");
        String own = "Beta's models will now be sold through Gamma. Why does Alpha keep a revenue share from Beta's sales?";
        assertEquals("Why does Alpha keep a revenue share from Beta's sales?", QuestionSentence.of(own), "no pointing back");
    }

    @Test
    void aSideThatPointsBackIsTheNearestStatementWithAFigureOfTheKindCompared() {
        List<String> stated = List.of("Its latest round put it much higher", "In 2023 Beta was valued at $29B");
        Comparison c = Comparison.of("Is the new valuation bigger than that?", stated);
        assertEquals(List.of("the new valuation", "In 2023 Beta was valued at $29B"), c.sides());
        assertEquals(Kind.MONEY, c.kind());
        assertTrue(c.isStated(1) && !c.isStated(0));
        Comparison quoted = Comparison.of("Is “Gamma's investment” bigger than “Delta's investment”?");
        assertTrue(!quoted.isStated(0) && !quoted.isStated(1), "a side the question quotes is still the question's");
        // a statement with no figure of the kind compared is nothing to point back to: the side stays as written
        assertEquals(List.of("the new stake", "that"), Comparison.of("Is the new stake bigger than that?", List.of("Beta is great")).sides());
    }

    @Test
    void aPointingBackSubjectIsTheStatementBeforeTheQuestion() {
        Comparison c = Comparison.of("Is that more than half of what Alpha has invested in total?", List.of("Alpha booked a $7.5 billion gain last quarter"));
        assertEquals(List.of("Alpha booked a $7.5 billion gain last quarter", "half of what Alpha has invested in total"), c.sides());
        assertEquals(Comparison.Op.YES_NO, c.op());
        assertTrue(c.isStated(0));
    }

    @Test
    void aStatementJoinedToTheQuestionByADashIsAStatement() {
        assertEquals(List.of("Beta was valued at $29B in Jan 2023"),
                QuestionSentence.statements("Beta was valued at $29B in Jan 2023 - by what factor has its valuation grown as of the latest round?"));
        assertEquals(List.of(), QuestionSentence.statements("What is the one-third stake - still held?"), "too short to be a statement");
        assertEquals(List.of(), QuestionSentence.statements("OpenAI's valuation vs the book value of Microsoft's stake — how many times bigger?"),
                "no figure stated before the dash");
    }

    @Test
    void aComparativeWithNoThanComparesWithTheStatementBeforeIt() {
        List<String> stated = List.of("Gamma got nearly a third of Beta in the 2023 round");
        Comparison c = Comparison.of("Is its current stake bigger or smaller?", stated);
        assertEquals(List.of("its current stake", "Gamma got nearly a third of Beta in the 2023 round"), c.sides());
        assertEquals(Kind.PERCENT, c.kind());
        Comparison ratio = Comparison.of("Roughly how many times bigger is the new valuation?", List.of("Beta was valued at $29B"));
        assertEquals(Comparison.Op.RATIO, ratio.op());
        assertNull(Comparison.of("Roughly how many times bigger is the new valuation?"), "alone it compares with nothing");
    }

    @Test
    void aChangeSinceAStatedFigureComparesTheThingNowWithIt() {
        List<String> stated = List.of("Beta was valued at $29 billion in January 2023");
        Comparison factor = Comparison.of("By what factor has its valuation grown as of the latest round?", stated);
        assertEquals(List.of("its valuation at the latest round", "Beta was valued at $29 billion in January 2023"), factor.sides());
        assertEquals(Comparison.Op.RATIO, factor.op());
        Comparison since = Comparison.of("How much has its valuation risen since?", stated);
        assertEquals(Comparison.Op.DIFFERENCE, since.op());
        assertEquals("its valuation", since.sides().get(0));
        assertNull(Comparison.of("How many times has its valuation changed since?", stated), "how many times it changed is a count");
    }

    @Test
    void aStatementWithTwoFiguresOfTheKindComparedIsNothingToPointBackTo() {
        assertEquals(List.of("the valuation now", "that"), Comparison.of("Is the valuation now bigger than that?",
                List.of("Gamma invested $10 billion at a $29 billion valuation")).sides());
        assertTrue(Comparison.of("Is the valuation now bigger than that?", List.of("Gamma invested $10 billion in 2023")).isStated(1),
                "a year is not the sum compared");
    }

    @Test
    void aQuestionNamingNoUnitComparesWhatTheStatementsMeasure() {
        Comparison c = Comparison.of("How many times bigger is Gamma's figure than Delta's total?",
                List.of("Gamma announced its investment, and Delta has put money in since 2019"));
        assertEquals(Kind.MONEY, c.kind());
        assertEquals(List.of("Gamma's figure", "Delta's total"), c.sides());
        assertEquals(Kind.NUMBER, Comparison.of("How many times bigger is Gamma's figure than Delta's total?").kind());
    }

    @Test
    void howManyTimesAsksForARatioAndHowMuchForADifference() {
        assertEquals(Comparison.Op.RATIO, Comparison.of("How many times bigger is the new valuation than the old one?").op());
        assertEquals(Comparison.Op.RATIO, Comparison.of("How many-fold larger is the new valuation than the old one?").op());
        assertEquals(Comparison.Op.DIFFERENCE, Comparison.of("How much bigger is the new valuation than the old one?").op());
    }

    @Test
    void aGapAskedAsApartOrAfterTheFirstThingIsADifference() {
        Comparison apart = Comparison.of("how many years apart are the end of the payments and the end of the licence?");
        assertEquals(List.of("the end of the payments", "the end of the licence"), apart.sides());
        assertEquals(Comparison.Op.DIFFERENCE, apart.op());
        assertEquals(Kind.TIME, apart.kind());
        Comparison comes = Comparison.of("Gamma's target year comes how long before the payments end?");
        assertEquals(List.of("Gamma's target year", "the payments end"), comes.sides());
        assertEquals(Comparison.Op.DIFFERENCE, comes.op());
        assertNull(Comparison.of("How many years apart are Microsoft and OpenAI?"), "parties are set apart, not figures");
        assertNull(Comparison.of("Azure is how far ahead of AWS?"), "no time asked");
        assertEquals(Kind.MONEY, Comparison.of("How many billions apart are Gamma's investment and Delta's investment?").kind());
    }

    @Test
    void theSpeakersSlotIsReadWhetherOrNotItIsCapitalised() {
        assertEquals(List.of("satya", "nadella"), Wording.speakerSlot("what did satya nadella say about the deal?"));
        assertEquals(List.of("the", "agreement"), Wording.speakerSlot("What does the agreement say about exclusivity?"));
        assertEquals(List.of(), Wording.speakerSlot("When does the licence end?"));
    }

    @Test
    void aQuestionAskingWhereAThingSaidComesFromIsAnOriginQuestion() {
        assertTrue(Wording.asksOrigin("Where does the 20% figure come from?"));
        assertTrue(Wording.asksOrigin("Do the articles agree on where the 20% figure comes from?"));
        assertTrue(Wording.asksOrigin("Is the 20% figure official?") && Wording.asksOrigin("who says it is 20%?"));
        assertTrue(!Wording.asksOrigin("Where will new products launch first?") && !Wording.asksOrigin("Who pays whom 20%?"));
        assertTrue(!Wording.asksOrigin("Who gives Microsoft the 20% share?") && !Wording.asksOrigin("Where does Microsoft's 20% share come from?"),
                "who pays or grants something is no source");
        assertTrue(Wording.asksOrigin("Do the articles source it the same way?") && Wording.asksOrigin("How is the 20% figure sourced?"),
                "'source' as a verb asks on whose word");
        assertTrue(!Wording.asksOrigin("Which sources of revenue does the share cover?") && !Wording.asksOrigin("Is open source a factor?"));
    }

    @Test
    void whichYearAndWhatPercentAreAskedInItalianAndJapaneseToo() {
        assertTrue(CrossLanguage.kinds("Fino a quale anno paga?").contains(Kind.TIME));
        assertTrue(CrossLanguage.kinds("株式を何パーセント持っていますか？").contains(Kind.PERCENT));
    }

    @Test
    void pronounsAndFramingVerbsAreNotSearchedFor() {
        assertEquals(List.of("azur", "exclus", "period"), Terms.ofQuestion("Does that mean Azure gets them exclusively for some period?"));
        assertEquals(List.of("ceo", "amazon"), Terms.ofQuestion("What did he tell me about his CEO at Amazon?"));
        assertTrue(Terms.ofQuestion("Can customers in the US use it?").contains("us"), "US is a place");
    }

    @Test
    void aDemonstrativeAfterAPrepositionPointsBackButThatOpeningAClauseDoesNot() {
        assertTrue(Context.leansOnPrevious("Gamma invested $10 billion in that round to buy shares."));
        assertTrue(!Context.leansOnPrevious("Gamma said that it will invest."));
        assertTrue(!Context.leansOnPrevious("Beta grew, since that is what investors wanted."), "'that is' opens a clause");
        assertTrue(!Context.leansOnPrevious("The deal matters in that it frees Beta."), "'in that it' means because");
        assertTrue(!Context.leansOnPrevious("Gamma invested in that OpenAI round."), "a name after 'that' is not read as pointing back");
    }

    @Test
    void wordsThatOnlyStressABoundAreReadAsTheBound() {
        assertEquals("Why does it run to 2035?", Intensifiers.plain("Why does it run all the way to 2035?"));
        assertEquals("Does it last until 2030?", Intensifiers.plain("Does it last right up until 2030?"));
        assertEquals("an investment of up to $50 billion", Intensifiers.plain("an investment of up to $50 billion"), "'up to' caps a sum");
    }
}
