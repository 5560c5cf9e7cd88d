package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.config.ConfigException;
import dev.dealbot.config.LlmProvider;
import dev.dealbot.config.LlmSettings;
import dev.dealbot.config.Secrets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatModelsTest {
    static final Secrets KEY = new Secrets(Optional.of("sk-secret-value"), Optional.empty(), Optional.empty(), Optional.empty());

    static LlmSettings settings(LlmProvider provider, String baseUrl) {
        return new LlmSettings(provider, baseUrl, "some-model", 2_000, 0.0);
    }

    @Test
    void hostedProvidersWithoutAKeyFailAtStartNamingTheVariable() {
        for (var s : new LlmSettings[] {settings(LlmProvider.ANTHROPIC, null), settings(LlmProvider.GEMINI, null),
                settings(LlmProvider.OPENAI, null)}) {
            ConfigException e = assertThrows(ConfigException.class, () -> ChatModels.of(s, Secrets.NONE));
            assertTrue(e.getMessage().contains("DEALBOT_LLM_API_KEY"), e.getMessage());
        }
    }

    @Test
    void everyProviderBuildsABlockingAndAStreamingModel() {
        for (LlmProvider p : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.OLLAMA, LlmProvider.ANTHROPIC, LlmProvider.GEMINI}) {
            ChatModels m = ChatModels.of(settings(p, null), KEY);
            assertNotNull(m.chat(), p.id());
            assertNotNull(m.streaming(), p.id());
        }
    }

    @Test
    void localOpenAiCompatibleServerNeedsNoKey() {
        assertNotNull(ChatModels.of(settings(LlmProvider.OPENAI, "http://127.0.0.1:8000/v1"), Secrets.NONE).chat());
        assertNotNull(ChatModels.of(settings(LlmProvider.OLLAMA, null), Secrets.NONE).chat());
    }
}
