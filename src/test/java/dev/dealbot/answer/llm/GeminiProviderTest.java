package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.testing.FakeGeminiServer;
import dev.dealbot.testing.LoopbackLlmServer;
import dev.dealbot.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.List;

/** The Gemini API's generateContent and streamGenerateContent?alt=sse through LangChain4j's Gemini client. */
class GeminiProviderTest extends LlmProviderContract {
    @Override
    LoopbackLlmServer startFake() {
        return FakeGeminiServer.start();
    }

    @Override
    String provider() {
        return "gemini";
    }

    @Override
    String model() {
        return "gemini-2.5-flash";
    }

    @Override
    boolean usesKey() {
        return true;
    }

    /** Gemini's "UNAVAILABLE: the model is overloaded". */
    @Override
    int serverErrorStatus() {
        return 503;
    }

    @Override
    void assertWire(RecordedRequest r, boolean streaming) {
        assertEquals("POST /v1beta/models/" + model() + (streaming ? ":streamGenerateContent" : ":generateContent"),
                r.method() + " " + r.path());
        assertEquals(streaming ? "alt=sse" : null, r.query());
        assertEquals(KEY, r.header("x-goog-api-key"));
        assertFalse(r.query() != null && r.query().contains(KEY), "the key stays out of the URL (and access logs)");
        assertNull(r.header("Authorization"));
        JsonNode body = r.json();
        assertEquals(ChatModels.MAX_OUTPUT_TOKENS, body.path("generationConfig").path("maxOutputTokens").asInt());
        assertEquals(0.0, body.path("generationConfig").path("temperature").asDouble(-1));
        assertEquals(Prompt.SYSTEM, body.path("systemInstruction").path("parts").path(0).path("text").asText());
        List<String> roles = new ArrayList<>();
        body.path("contents").forEach(c -> roles.add(c.path("role").asText()));
        List<String> expected = r.messageRoles().subList(1, r.messageRoles().size()).stream()
                .map(role -> role.equals("assistant") ? "model" : role).toList();
        assertEquals(expected, roles, "user and model turns in contents");
    }
}
