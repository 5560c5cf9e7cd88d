package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: an indefinite pronoun or a chat interjection names no thing the articles lack; a topic set
 * before a colon is what a pronoun after it stands for; sums named by what they are (a tranche, a gain) are money.
 */
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

    @Test
    void aTopicSetBeforeAColonIsWhatThePronounAfterItStandsFor() {
        Answer a = BOT.bot().asker().ask("Suleyman's 2027 goal: how many years before the license expiry is that?", null);
        assertTrue(a.answered() && a.answer().startsWith("The difference is 5 years"), a.answer());
    }

    @Test
    void aDifferenceOfTwoSumsNamedByWhatTheyAreIsWorkedOut() {
        Answer a = BOT.bot().asker().ask("How much bigger is Amazon's first tranche than Microsoft's gain last quarter?", null);
        assertTrue(a.answered() && a.answer().startsWith("The difference is $7.5 billion"), a.answer());
    }
}
