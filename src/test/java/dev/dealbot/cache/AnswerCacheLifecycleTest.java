package dev.dealbot.cache;

import static dev.dealbot.testing.IndexFixtures.KNOWN_QUESTION;
import static dev.dealbot.testing.IndexFixtures.NEW_ARTICLE;
import static dev.dealbot.testing.IndexFixtures.NEW_DOC_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.testing.FakeOpenAiServer;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What may be kept and for how long: grounded model answers only, and nothing past an index swap. */
class AnswerCacheLifecycleTest {
    static Answer ask(Dealbot bot, String question) {
        return bot.withAsker(asker -> asker.ask(question, null));
    }

    @Test
    void anIndexSwapDropsEveryKeptAnswer(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        try (Dealbot bot = Fixtures.bot(dir.resolve("data"), Map.of("DEALBOT_CORPUS_DIR", docs.toString(),
                "DEALBOT_CACHE_ANSWERS", "100"))) {
            ask(bot, KNOWN_QUESTION);
            ask(bot, KNOWN_QUESTION);
            assertEquals(1, bot.answerCache().hits());
            assertEquals(1, bot.answerCache().size());

            Files.writeString(docs.resolve(NEW_DOC_ID + ".md"), NEW_ARTICLE);
            bot.reload();
            assertEquals(0, bot.answerCache().size(), "dropped with the old index");
            assertTrue(ask(bot, KNOWN_QUESTION).answered());
            assertEquals(1, bot.answerCache().hits(), "answered from the new index, not the cache");
        }
    }

    @Test
    void aModelAnswerIsKeptOnlyWhenItPassedTheGroundingCheck(@TempDir Path dir) throws Exception {
        try (FakeOpenAiServer fake = FakeOpenAiServer.start();
             Dealbot bot = Fixtures.bot(dir, Map.of("DEALBOT_LLM_PROVIDER", "openai", "DEALBOT_LLM_BASE_URL", fake.baseUrl(),
                     "DEALBOT_LLM_MODEL", "fake-model", "DEALBOT_LLM_API_KEY", "sk-test-cache",
                     "DEALBOT_CACHE_ANSWERS", "100"))) {
            fake.reply("The license runs until 2032 [99]."); // cites no passage it was shown: degraded
            assertTrue(ask(bot, KNOWN_QUESTION).degraded());
            assertTrue(ask(bot, KNOWN_QUESTION).degraded());
            assertEquals(2, fake.requests().size(), "a degraded answer is not kept: the model is asked again");

            fake.reply(r -> "The license runs until 2032 [" + passageWith(r.messageContents(), "2032") + "].");
            Answer grounded = ask(bot, "Until when is the licence?");
            assertFalse(grounded.degraded(), grounded.toString());
            Answer again = ask(bot, "until when is the licence");
            assertEquals(3, fake.requests().size(), "the grounded answer is reused");
            assertEquals(grounded.answer(), again.answer());
            assertEquals("openai", again.mode());
        }
    }

    /** The number under which the prompt shows the passage containing {@code text}. */
    static int passageWith(java.util.List<String> messages, String text) {
        String user = messages.get(messages.size() - 1);
        int at = user.indexOf(text);
        var m = java.util.regex.Pattern.compile("(?m)^\\[(\\d+)] ").matcher(user.substring(0, at));
        int n = -1;
        while (m.find()) n = Integer.parseInt(m.group(1));
        return n;
    }
}
