package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: who said or wrote something is answered by the sentence that names the speaker, and not by a
 * sentence whose word of speech only describes a thing ("the estimated valuation").
 */
class SpeakerAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void whoSaidWithAnAdverbBeforeTheVerbIsAnsweredByTheSpeaker() {
        Answer a = BOT.bot().asker().ask("Who publicly said OpenAI's models would soon be available to customers on AWS Bedrock?", null);
        assertTrue(a.answered() && a.answer().contains("Jassy"), a.answer());
    }

    @Test
    void whoWroteIsAnsweredFirstByTheSentenceThatNamesTheWriter() {
        Answer a = BOT.bot().asker().ask("Who wrote the internal memo saying the old arrangement kept OpenAI from serving customers where they are?", null);
        assertTrue(a.answered() && a.answer().startsWith("Denise Dresser"), a.answer());
    }

    @Test
    void anEstimatedFigureIsNoOnesStatement() {
        Answer a = BOT.bot().asker().ask("Who is estimating that the capped revenue share could still be worth billions to Microsoft?", null);
        assertFalse(a.answered() && a.answer().startsWith("Since 2019"), a.answer());
    }
}
