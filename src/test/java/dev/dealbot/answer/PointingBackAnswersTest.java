package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: questions that compare with a figure stated before them, gaps asked in other shapes, speakers. */
class PointingBackAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aRatioWithTheFigureStatedBeforeTheQuestionIsComputedFromTheArticlesFigures() {
        Answer a = ask("Back in January 2023 OpenAI was worth about $29 billion. How many times higher is its newest valuation?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
        assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("$29 billion valuation")), a.citations().toString());
        assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("$850 billion")), a.citations().toString());
    }

    @Test
    void aShortQuestionThatPointsBackIsReadWithTheStatementBeforeIt() {
        Answer a = ask("OpenAI's models will now be sold through AWS. So why does Microsoft still make money when that happens?");
        assertTrue(a.answer().contains("stake"), "'that' is the AWS sales: " + a.answer());
    }

    @Test
    void theAskersStatementIsNamedNotRepeated() {
        Answer a = ask("OpenAI, a truly awful company, was valued at $29 billion in January 2023. By what factor has its valuation grown since?");
        assertTrue(a.answer().contains("the figure stated before the question"), a.answer());
        assertFalse(a.answer().contains("awful"), "the asker's words are not the bot's: " + a.answer());
    }

    @Test
    void aStatedFigureTheArticlesDoNotGiveAnswersNoComparison() {
        Answer a = ask("OpenAI was valued at $41 billion in January 2023. How many times bigger is its latest valuation?");
        assertFalse(a.answer().contains("times as much"), a.answer());
    }

    @Test
    void aStatedNumberTheArticlesGiveForAnotherThingOrPartyIsNotTaken() {
        // $10 billion is what Microsoft invested, not OpenAI's valuation; the $29 billion valuation is not Microsoft's
        for (String q : java.util.List.of("OpenAI was valued at $10 billion in 2023. How many times bigger is its valuation now?",
                "Microsoft was valued at $29 billion in January 2023. How many times bigger is OpenAI's valuation now?",
                "OpenAI was founded in 2019. How many years later does its license to Microsoft end?",
                "Microsoft invested $10 billion at a $29 billion valuation in 2023. How many times bigger is the valuation now?")) {
            Answer a = ask(q);
            assertFalse(a.answer().contains("stated before the question"), q + " -> " + a.answer());
        }
    }

    @Test
    void theSideSetAgainstAStatementIsTheStatementsPartysAndOneFigureOfItsKind() {
        Answer full = ask("Amazon's first tranche was $15 billion. How many times bigger is the full investment?");
        assertTrue(full.answer().startsWith("That is 3.3 times as much: the full investment, $50 billion"), full.answer());
        Answer total = ask("Microsoft gained $7.5 billion last quarter. How many times bigger is its total investment?");
        assertTrue(total.answer().startsWith("That is 1.7 times as much: its total investment, $13 billion"), total.answer());
    }

    @Test
    void howMuchTimePassedBetweenTwoEventsIsNotCountedFromDatesOfOtherEvents() {
        Answer a = ask("How much time passed between the leaked memo and the announcement?");
        assertFalse(a.answer().contains("6 months"), a.answer());
    }

    @Test
    void aRatioNamesTheLargerFigureFirstAndNeverRepeatsTheAskersClauses() {
        Answer fell = ask("Microsoft got nearly a third of OpenAI in the 2023 round. By what factor has its stake fallen since?");
        assertTrue(fell.answer().startsWith("That is 1.2 times as much: the figure stated before the question, 33.3%"), fell.answer());
        Answer echo = ask("How many times bigger is OpenAI's latest valuation, which everyone agrees is fraudulent, than its January 2023 valuation?");
        assertFalse(echo.answer().contains("fraudulent"), echo.answer());
    }

    @Test
    void aStakeComparedWithAFractionStatedBeforeTheQuestion() {
        Answer a = ask("In the 2023 round Microsoft ended up with nearly a third of OpenAI. Is its stake today bigger or smaller?");
        assertTrue(a.answer().contains("smaller: 27%"), a.answer());
        assertTrue(a.answer().contains("33.3%"), a.answer());
    }

    @Test
    void aGapAskedAsApartOrAfterTheFirstThingIsCounted() {
        Answer apart = ask("how many years apart are the end of microsoft's IP licence and the end of the revenue share payments?");
        assertTrue(apart.answer().startsWith("The difference is 2 years"), apart.answer());
        Answer comes = ask("The end of the revenue share payments comes how many years before the end of the licence?");
        assertTrue(comes.answer().startsWith("The difference is 2 years"), comes.answer());
    }

    @Test
    void aQuestionNamingItsThingByAPronounIsSearchedByItsOtherWords() {
        Answer a = ask("New OpenAI products go to Azure first. Does it mean Azure gets them exclusively for a period?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("ambiguous"), a.answer());
    }

    @Test
    void aFigureInAClauseTakenAsGivenIsCheckedAsAClaim() {
        Answer wrong = ask("Since Microsoft keeps collecting OpenAI's revenue share until 2032, how much could that add up to?");
        assertTrue(wrong.answer().startsWith("Not 2032 — the articles say 2030."), wrong.answer());
        Answer right = ask("Given that Microsoft owns 27% of OpenAI, how much is its stake worth?");
        assertFalse(right.answer().startsWith("Not"), right.answer());
        assertTrue(right.answer().contains("228.3"), right.answer());
        // a figure that holds leaves the clause's words to be checked: "stays exclusive" is still corrected
        Answer words = ask("Since Microsoft's license to OpenAI's models stays exclusive through 2032, how do AWS customers get OpenAI products?");
        assertTrue(words.answer().startsWith("The articles contradict what the question takes as given"), words.answer());
    }

    @Test
    void aFigureTakenAsGivenIsCorrectedOnlyByAFigureOfTheSameThingInTheSameRole() {
        for (String q : java.util.List.of("Since Microsoft pays OpenAI 20% of its revenue, how long does that last?",
                "Since the license was first granted in 2019, how long does it now run?",
                "After Amazon's investment in February 2026, what did Microsoft do?")) {
            Answer a = ask(q);
            assertFalse(a.answer().startsWith("Not ") || a.answer().contains("don't tie"), q + " -> " + a.answer());
        }
        assertTrue(ask("Given that Amazon invested $40 billion, how much arrived immediately?").answer()
                .startsWith("Not $40 billion — the articles say $50 billion."));
    }

    @Test
    void aYesNoQuestionAboutWhatAPartyKeepsReceivingIsReadInThatDirection() {
        Answer a = ask("Does Microsoft keep collecting OpenAI's revenue share until 2032?");
        assertTrue(a.answer().startsWith("No — the articles say 2030."), a.answer());
    }

    @Test
    void someoneTheArticlesNeverMentionIsNotQuotedEvenInLowerCase() {
        Answer a = ask("what did nadella say about the deal?");
        assertFalse(a.answered(), a.answer());
        // an English word in the speaker's slot is no name: "people" are whoever the articles quote
        assertTrue(ask("why do people say enterprises gain from the new terms?").answered());
    }

    @Test
    void aThingAskedOfOnePartyIsNotAnsweredWithAnothersThing() {
        Answer a = ask("What stake in OpenAI does Amazon get in return for its investment?");
        assertFalse(a.answered(), a.answer());
    }

    @Test
    void aStatedEndIsPlacedBeforeOrAfterTheOtherWithTheGap() {
        Answer a = ask("OpenAI says it will pay Microsoft until 2030. Is that before or after Microsoft's IP license runs out, and by how many years?");
        assertTrue(a.answer().startsWith("The figure stated before the question comes before Microsoft's IP license runs out: 2030 [1], "
                + "against 2032 [2], 2 years apart."), a.answer());
    }

    @Test
    void aChangeSinceAnEarlierFigureIsComputedFromBoth() {
        Answer a = ask("By roughly what factor has OpenAI's valuation grown since the $29 billion estimate from early 2023?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
    }

    @Test
    void aStatedGoalFallsWithinWhatStillRunsWhenItsYearComesEarlier() {
        Answer a = ask("Suleyman wants Microsoft's own models at the frontier by 2027. Would that happen while OpenAI is still paying Microsoft "
                + "its revenue share?");
        assertTrue(a.answer().startsWith("Yes: the figure stated before the question, 2027 [1];"), a.answer());
        assertTrue(a.answer().contains("2030 [2]"), a.answer());
    }
}
