package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a question asks for a detail of a thing they mention (who signed it, what it costs) that no
 * sentence gives. The nearest sentence about the thing is no answer; the bot says the articles don't say.
 */
class UnansweredDetailsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void whichExecutiveDidADeedNeedsAPersonsNameAndTheDeed() {
        Answer a = BOT.bot().asker().ask("Which Microsoft executive signed the revised agreement?", null);
        assertFalse(a.answered(), a.answer());
        // "Microsoft had publicly sought to affirm ...", "Wall Street analysts suggest ...": no one named
        for (String q : java.util.List.of("Which Microsoft executive publicly sought to affirm exclusive control over OpenAI's IP?",
                "Which analyst said the deal could be worth billions?"))
            assertFalse(BOT.bot().asker().ask(q, null).answered(), q);
        Answer named = BOT.bot().asker().ask("Which Amazon executive posted about the deal?", null);
        assertTrue(named.answered() && named.answer().contains("Jassy"), named.answer());
        Answer adverb = BOT.bot().asker().ask("Which Microsoft exec publicly set a 2027 target for Microsoft's in-house models?", null);
        assertTrue(adverb.answered() && adverb.answer().contains("Suleyman"), adverb.answer());
    }

    @Test
    void anAmountOfADeedNoArticleSpeaksOfIsNotAnsweredWithAnotherSum() {
        Answer a = BOT.bot().asker().ask("How much money will Microsoft save by no longer paying revenue share to OpenAI?", null);
        assertFalse(a.answered(), a.answer());
        Answer known = BOT.bot().asker().ask("How much did Microsoft reportedly gain from its OpenAI investment last quarter?", null);
        assertTrue(known.answered() && known.answer().contains("7.5 billion"), known.answer());
    }

    @Test
    void theNameOfAThingNoArticleNamesIsNotAPlaceItIsFor() {
        Answer a = BOT.bot().asker().ask("What is the name of Microsoft's in-house AI model?", null);
        assertFalse(a.answered(), "'AI models for Azure' names no model: " + a.answer());
        Answer named = BOT.bot().asker().ask("What is the name of the AWS service that will offer OpenAI's models?", null);
        assertTrue(named.answered() && named.answer().contains("Bedrock"), named.answer());
    }

    @Test
    void aPartysHoldingNoArticleGivesIsNotAnsweredWithAnotherPartysStake() {
        Answer a = BOT.bot().asker().ask("What is the exact percentage Amazon owns of OpenAI?", null);
        assertFalse(a.answered(), a.answer());
        Answer known = BOT.bot().asker().ask("What was OpenAI valued at in January 2023?", null);
        assertTrue(known.answered() && known.answer().contains("$29 billion"), "a party valued holds nothing: " + known.answer());
    }

    @Test
    void aPriceNoArticleGivesIsNotAnsweredWithASentenceAboutTheProduct() {
        Answer a = BOT.bot().asker().ask("What will OpenAI models cost on AWS Bedrock?", null);
        assertFalse(a.answered(), a.answer());
    }

    @Test
    void aPercentageOfANamedThingIsNotAnsweredWithAnotherThingsPercentage() {
        assertFalse(BOT.bot().asker().ask("What revenue share percentage did Microsoft pay OpenAI before the change?", null).answered());
        Answer paid = BOT.bot().asker().ask("What revenue share percentage does OpenAI pay Microsoft?", null);
        assertTrue(paid.answered() && paid.answer().contains("20%"), paid.answer());
    }

    @Test
    void aNameAskedOfAThingTheArticlesNeverNameIsNotGivenAnothersName() {
        for (String q : java.util.List.of("What is the name of the next-generation chip Microsoft and OpenAI will co-develop?",
                "What is the name of the Microsoft in-house model?"))
            assertFalse(BOT.bot().asker().ask(q, null).answered(), q);
        Answer named = BOT.bot().asker().ask("What is the name of OpenAI's enterprise agent management platform?", null);
        assertTrue(named.answered() && named.answer().contains("Frontier"), named.answer());
    }

    @Test
    void aMonthOrExactDayTheArticlesDoNotGiveIsNotAnsweredWithTheYearOrMonth() {
        for (String q : java.util.List.of("Which month in 2032 does the license end?", "What date exactly in October was the recapitalization?"))
            assertFalse(BOT.bot().asker().ask(q, null).answered(), q);
        assertFalse(BOT.bot().asker().ask("When did Microsoft sell its stake in OpenAI?", null).answered(), "the stake's valuing is dated, no sale");
        Answer month = BOT.bot().asker().ask("Which month did Amazon announce its investment?", null);
        assertTrue(month.answered() && month.answer().contains("February"), month.answer());
    }
}
