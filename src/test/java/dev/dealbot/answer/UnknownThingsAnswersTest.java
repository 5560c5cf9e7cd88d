package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: an amount asked in a unit no article uses is declined (nothing says it), while one asked in
 * the articles' terms is answered; a question in Chinese is read through the domain's words the glossary knows.
 */
class UnknownThingsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void anAmountInAUnitNoArticleUsesIsDeclined() {
        Answer a = ask("What will the total compute capacity of the new data centers be in gigawatts?");
        assertFalse(a.answered(), a.answer());
        Answer valuation = ask("What is OpenAI's latest valuation?");
        assertTrue(valuation.answered() && valuation.answer().contains("$850 billion"), valuation.answer());
    }

    @Test
    void aChineseQuestionIsReadThroughTheDomainsWords() {
        Answer principles = ask("这次修订围绕哪三项原则？");
        assertTrue(principles.answered() && principles.answer().contains("flexibility, certainty"), principles.answer());
        Answer valuation = ask("OpenAI最新一轮融资的估值是多少？");
        assertTrue(valuation.answered() && valuation.answer().contains("$850 billion"), valuation.answer());
    }
}
