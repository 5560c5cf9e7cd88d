package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a question that asks two things is answered as two questions, each in full, the case it sets
 * first holding for both; and a share of something is a part held, not a payment.
 */
class TwoPartAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void eachSubQuestionIsAnsweredInTheCaseTheQuestionSetsFirst() {
        Answer a = BOT.bot().asker().ask("Picture a new OpenAI product. Which cloud gets it first, and can OpenAI also sell it through AWS?", null);
        assertTrue(a.answered() && a.answer().contains("first on Azure") && a.answer().contains("AWS"), a.answer());
    }

    @Test
    void aShareOfSomethingHeldIsAnswered() {
        Answer a = BOT.bot().asker().ask("What share of OpenAI's for-profit entity does Microsoft hold?", null);
        assertTrue(a.answered() && a.answer().contains("27%"), a.answer());
    }

    @Test
    void aSecondSubQuestionWorksOutWhatTheFirstAsks() {
        Answer a = BOT.bot().asker().ask("What share of OpenAI's for-profit entity does Microsoft hold, and what would that stake be worth if you applied it to the $850 billion valuation of its latest round?", null);
        assertTrue(a.answered() && a.answer().contains("27%") && a.answer().contains("229.5"), a.answer());
    }

    @Test
    void aSubQuestionReadOnFromTheOneBeforeHasNoNameInItsQuestionWord() {
        Answer a = BOT.bot().asker().ask("Who is the CEO of Microsoft AI? What did he say about 2027?", null);
        assertTrue(a.answered() && a.answer().contains("Suleyman") && !a.answer().contains("attribute this to"), a.answer());
    }
}
