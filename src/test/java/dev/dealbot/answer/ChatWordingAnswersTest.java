package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: an indefinite pronoun or a chat interjection names no thing the articles lack. */
class ChatWordingAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void anIndefinitePronounIsNoUnknownThing() {
        Answer a = BOT.bot().asker().ask("Does Microsoft still pay OpenAI anything?", null);
        assertTrue(a.answered() && a.answer().contains("no longer pay"), a.answer());
    }

    @Test
    void aChatInterjectionIsNoUnknownThing() {
        Answer a = BOT.bot().asker().ask("whats frontier lol", null);
        assertTrue(a.answered() && a.answer().contains("Frontier"), a.answer());
    }
}
