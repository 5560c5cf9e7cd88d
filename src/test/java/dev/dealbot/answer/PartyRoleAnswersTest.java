package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: a role given to the wrong party is corrected; the right party's is not. */
class PartyRoleAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aRoleTheArticlesGiveAnotherPartyIsCorrected() {
        for (String q : List.of("Is Google Cloud now OpenAI's primary cloud partner?", "Amazon is OpenAI's main cloud provider now, right?",
                "since aws is now openai's primary cloud partner, does azure still get new products first?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles name Microsoft as OpenAI"), q + " -> " + a.answer());
        }
    }

    @Test
    void aRoleAWhyQuestionTakesAsGivenIsSetRightByTheParty() {
        for (String q : List.of("Why did Amazon become OpenAI's primary cloud partner under the new deal?", "Why is AWS now OpenAI's primary cloud partner?",
                "Why did the new deal make Amazon OpenAI's primary cloud?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("Not ") && a.answer().contains(" — the articles name Microsoft as OpenAI"), q + " -> " + a.answer());
        }
    }

    @Test
    void aPartyChosenForARoleTheArticlesSayAnotherWasChosenForIsCorrected() {
        Answer a = ask("Why did OpenAI choose Google Cloud as exclusive third-party distributor of Frontier?");
        assertTrue(a.answer().startsWith("Not Google Cloud — the articles name AWS as the exclusive third-party cloud distributor."), a.answer());
        Answer right = ask("Why did OpenAI select AWS as the exclusive distributor for Frontier?");
        assertFalse(right.answer().startsWith("Not"), right.answer());
    }

    @Test
    void theRightHolderOrItsProductIsNotCorrected() {
        for (String q : List.of("Is Microsoft still OpenAI's primary cloud partner?", "Is Azure OpenAI's primary cloud?",
                "Will Microsoft remain OpenAI's primary cloud partner?")) {
            Answer a = ask(q);
            assertFalse(a.answer().startsWith("No"), q + " -> " + a.answer());
        }
    }

    @Test
    void aPersonsRoleTakenAsGivenThatTheArticlesContradictIsCorrectedBeforeTheRestIsAnswered() {
        Answer a = ask("Since Mustafa Suleyman is OpenAI's CEO, what did he say about 2027?");
        assertTrue(a.answer().startsWith("Not OpenAI's CEO — the articles call Mustafa Suleyman CEO of Microsoft AI. [1]"), a.answer());
        assertTrue(a.answer().contains("2027"), a.answer());
    }
}
