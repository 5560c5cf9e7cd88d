package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: one article's bullet says OpenAI's payments to Microsoft are discontinued while its next bullet,
 * and the other articles, say they continue until 2030. A yes/no question is answered by the articles that say only one
 * thing; the disagreement is still noted.
 */
class SelfContradictionAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void aClaimOnlyASelfContradictingArticleMakesIsAnsweredNoWithTheConflictNoted() {
        Answer a = BOT.bot().asker().ask("Are the revenue share payments from OpenAI to Microsoft discontinued under the new deal?", null);
        assertTrue(a.answer().startsWith("No. "), a.answer());
        assertTrue(a.answer().contains("2030") && a.answer().contains("contradicts itself"), a.answer());
    }

    @Test
    void aClaimTheArticlesMakeIsNotDenied() {
        Answer a = BOT.bot().asker().ask("Are OpenAI's revenue share payments to Microsoft continuing?", null);
        assertTrue(!a.answer().startsWith("No"), a.answer());
    }

    @Test
    void aSentenceWhosePronounSubjectPaysTheOtherPartyDoesNotAgreeWithAStopTheOtherWay() {
        // "However, it [Microsoft] will no longer pay OpenAI" is no stop of OpenAI's payments to Microsoft
        Answer a = BOT.bot().asker().ask("Did OpenAI stop paying Microsoft a revenue share?", null);
        assertTrue(a.answer().startsWith("No. ") && a.answer().contains("2030"), a.answer());
        Answer why = BOT.bot().asker().ask("Why did OpenAI stop paying Microsoft a revenue share?", null);
        assertTrue(why.answer().startsWith("The articles contradict what the question takes as given") && why.answer().contains("2030"), why.answer());
    }
}
