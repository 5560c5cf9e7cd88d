package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.testing.FakeOllamaServer;
import dev.dealbot.testing.LoopbackLlmServer;
import dev.dealbot.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Ollama's /api/chat through LangChain4j's Ollama client: plain JSON and NDJSON streams, no key. */
class OllamaProviderTest extends LlmProviderContract {
    @Override
    LoopbackLlmServer startFake() {
        return FakeOllamaServer.start();
    }

    @Override
    String provider() {
        return "ollama";
    }

    @Override
    String model() {
        return "llama3.2:3b";
    }

    @Override
    boolean usesKey() {
        return false;
    }

    @Override
    int serverErrorStatus() {
        return 500;
    }

    @Override
    void assertWire(RecordedRequest r, boolean streaming) {
        assertEquals("POST /api/chat", r.method() + " " + r.path());
        assertNull(r.header("Authorization"));
        JsonNode body = r.json();
        assertEquals(model(), body.path("model").asText());
        assertTrue(body.path("stream").isBoolean(), "explicit: Ollama streams when the flag is absent");
        assertEquals(streaming, body.path("stream").asBoolean());
        assertEquals(ChatModels.MAX_OUTPUT_TOKENS, body.path("options").path("num_predict").asInt());
        assertEquals(0.0, body.path("options").path("temperature").asDouble(-1));
        List<String> roles = new ArrayList<>();
        body.path("messages").forEach(m -> roles.add(m.path("role").asText()));
        assertEquals(r.messageRoles(), roles);
    }

    @Test
    void errorLineInTheMiddleOfTheStreamGivesTheDegradedExtractiveAnswer() {
        fake.chunks("The license ", "runs until ").streamError();
        List<String> tokens = new CopyOnWriteArrayList<>();
        long millis = timed(() -> assertDegraded(bot.asker().stream(LlmAnswererTest.LICENSE_QUESTION, null, tokens::add)));

        assertTrue(millis < DEADLINE_MILLIS, "took " + millis + " ms");
        assertEquals("The license runs until ", String.join("", tokens));
        assertEquals(1, fake.requests().size(), "no retry");
    }
}
