package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: where a figure comes from is answered with the sources the articles give for it. */
class OriginAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void eachArticlesSourceForAFigureIsNamedAndQuoted() {
        for (String q : List.of("Where does the 20% revenue share figure come from?", "Is the 20% share official?",
                "Who says Microsoft keeps a 20% revenue share?", "How solid is the 20% revenue-share figure — do the articles source it the same way?")) {
            Answer a = BOT.bot().asker().ask(q, null);
            assertTrue(a.answer().startsWith("The articles give 20% on the word of different sources: sources familiar with the deal ["),
                    q + " -> " + a.answer());
            assertTrue(a.answer().contains("; the Microsoft official blog ["), a.answer());
            assertFalse(a.answer().startsWith("Yes"), "whether a source is official is not the bot's to say: " + a.answer());
            // the source named in a paragraph's opening sentence is quoted with the sentence that states the figure
            assertTrue(a.citations().stream().anyMatch(c -> c.quote().startsWith("According to the Microsoft official blog")), a.citations().toString());
            assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("unchanged at 20%")), a.citations().toString());
            assertEquals("Wedoany", a.citations().stream().filter(c -> c.quote().startsWith("According to")).findFirst().orElseThrow().source());
        }
    }

    @Test
    void aSourceIsGivenOnlyForTheFigureOfTheThingThePartiesAndTheWayTheQuestionSays() {
        for (String q : List.of("Who says the license runs until 2030?", "Who says Microsoft owns 20% of OpenAI?",
                "Who says the cap is 20%?", "Who says OpenAI receives 20% of Microsoft's revenue?", "Who gives Microsoft the 20% revenue share?")) {
            Answer a = BOT.bot().asker().ask(q, null);
            assertFalse(a.answer().contains("on the word of"), q + " -> " + a.answer());
        }
        Answer counted = BOT.bot().asker().ask("Who said the revenue share continues until 2030?", null);
        assertTrue(counted.answer().startsWith("Of the articles that give 2030, one gives it on the word of the Microsoft official blog ["),
                counted.answer());
        assertTrue(counted.answer().contains("others name none"), "the articles that give no source are counted: " + counted.answer());
    }

    @Test
    void whetherAFigureNoArticleGivesASourceForIsOfficialIsNotAnsweredYes() {
        Answer a = BOT.bot().asker().ask("Is the 27% stake official?", null);
        assertTrue(a.answer().startsWith("The articles give 27% without naming a source for it."), a.answer());
    }

    @Test
    void aFigureNoArticleGivesASourceForGetsTheOrdinaryAnswer() {
        Answer a = BOT.bot().asker().ask("Who says Amazon is investing $50 billion?", null);
        assertTrue(a.answered(), a.answer());
        assertFalse(a.answer().contains("on the word of"), a.answer());
    }

    @Test
    void aQuestionNamingAnArticlesPublisherOrAuthorIsAnsweredFromThatArticle() {
        for (String q : List.of("What did Alps Wang write about the license?", "What does Wedoany say about the revenue share?")) {
            Answer a = BOT.bot().asker().ask(q, null);
            assertTrue(a.answered(), q + " -> " + a.answer());
            String doc = q.contains("Wedoany") ? "wedoany-revised-partnership" : "new-era-of-ai-partnership";
            assertEquals(doc, a.citations().get(0).docId(), q + " -> " + a.citations());
        }
        Answer fact = BOT.bot().asker().ask("According to Wedoany, what did Microsoft value its stake at in October?", null);
        assertTrue(fact.answer().contains("$135 billion"), "a figure the named article lacks is taken from another: " + fact.answer());
    }

    @Test
    void noArticleIsSaidToNameNoSourceWhenOneGivesTheFigureOnItsWord() {
        Answer a = BOT.bot().asker().ask("Do the articles source the 2032 license date the same way?", null);
        assertFalse(a.answer().contains("without naming a source"), a.answer());
        Answer official = BOT.bot().asker().ask("Is the 2032 date official?", null);
        assertTrue(official.answer().contains("the Microsoft official blog"), official.answer());
    }
}
