package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.testing.FakeOpenAiServer;
import dev.dealbot.testing.LoopbackLlmServer;
import dev.dealbot.testing.RecordedRequest;

/** The OpenAI chat-completions wire through LangChain4j's OpenAI client, under the same contract as the others. */
class OpenAiProviderTest extends LlmProviderContract {
    @Override
    LoopbackLlmServer startFake() {
        return FakeOpenAiServer.start();
    }

    @Override
    String provider() {
        return "openai";
    }

    @Override
    String model() {
        return "qwen2.5-7b-instruct";
    }

    @Override
    boolean usesKey() {
        return true;
    }

    @Override
    int serverErrorStatus() {
        return 500;
    }

    @Override
    void assertWire(RecordedRequest r, boolean streaming) {
        assertEquals("POST /v1/chat/completions", r.method() + " " + r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        JsonNode body = r.json();
        assertEquals(model(), body.path("model").asText());
        assertEquals(streaming, body.path("stream").asBoolean(false));
        assertEquals(ChatModels.MAX_OUTPUT_TOKENS, body.path("max_tokens").asInt());
    }
}
