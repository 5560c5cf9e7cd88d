package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.Dealbot;
import dev.dealbot.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model server that is not running: connection refused, for the blocking and the streaming path. */
class LlmAnswererUnreachableTest {
    @TempDir
    static Path dataDir;
    static Dealbot bot;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        bot = Fixtures.bot(dataDir, Map.of("DEALBOT_LLM_PROVIDER", "openai",
                "DEALBOT_LLM_BASE_URL", "http://127.0.0.1:" + port + "/v1", "DEALBOT_LLM_MODEL", "fake-model"));
    }

    @AfterAll
    static void stop() throws IOException {
        bot.close();
    }

    @Test
    void refusedConnectionServesTheDegradedExtractiveAnswer() {
        Answer a = bot.asker().ask(LlmAnswererTest.LICENSE_QUESTION, null);

        assertTrue(a.degraded());
        assertTrue(a.answered());
        assertTrue(a.answer().contains("2032"), a.answer());
    }

    @Test
    void refusedConnectionWhileStreamingStreamsTheExtractiveAnswer() {
        List<String> tokens = new ArrayList<>();
        Answer a = bot.asker().stream(LlmAnswererTest.LICENSE_QUESTION, null, tokens::add);

        assertTrue(a.degraded());
        assertTrue(a.answer().contains("2032"), a.answer());
        assertEquals(a.answer(), String.join("", tokens));
    }
}
