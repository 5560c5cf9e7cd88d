package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.testing.FakeAnthropicServer;
import dev.dealbot.testing.LoopbackLlmServer;
import dev.dealbot.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Anthropic's /v1/messages through LangChain4j's Anthropic client: JSON and named SSE events, x-api-key. */
class AnthropicProviderTest extends LlmProviderContract {
    @Override
    LoopbackLlmServer startFake() {
        return FakeAnthropicServer.start();
    }

    @Override
    String provider() {
        return "anthropic";
    }

    @Override
    String model() {
        return "claude-sonnet-4-5";
    }

    @Override
    boolean usesKey() {
        return true;
    }

    /** Anthropic's "overloaded_error". */
    @Override
    int serverErrorStatus() {
        return 529;
    }

    @Override
    void assertWire(RecordedRequest r, boolean streaming) {
        assertEquals("POST /v1/messages", r.method() + " " + r.path());
        assertEquals(KEY, r.header("x-api-key"));
        assertEquals("2023-06-01", r.header("anthropic-version"));
        assertNull(r.header("Authorization"));
        JsonNode body = r.json();
        assertEquals(model(), body.path("model").asText());
        assertEquals(streaming, body.path("stream").asBoolean(false));
        assertEquals(ChatModels.MAX_OUTPUT_TOKENS, body.path("max_tokens").asInt());
        assertEquals(Prompt.SYSTEM, body.path("system").path(0).path("text").asText(), "the rules go top-level");
        List<String> roles = new ArrayList<>();
        body.path("messages").forEach(m -> roles.add(m.path("role").asText()));
        assertEquals(r.messageRoles().subList(1, r.messageRoles().size()), roles, "no system role among messages");
    }

    @Test
    void overloadedErrorEventInTheMiddleOfTheStreamGivesTheDegradedExtractiveAnswer() {
        fake.chunks("The license ", "runs until ").streamError();
        List<String> tokens = new CopyOnWriteArrayList<>();
        long millis = timed(() -> assertDegraded(bot.asker().stream(LlmAnswererTest.LICENSE_QUESTION, null, tokens::add)));

        assertTrue(millis < DEADLINE_MILLIS, "took " + millis + " ms");
        assertEquals("The license runs until ", String.join("", tokens));
        assertEquals(1, fake.requests().size(), "no retry");
    }
}
