package dev.dealbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final Path CONFIG = Fixtures.HOME.resolve("config/dealbot.yaml");

    @Test
    void theShippedConfigIsExtractiveAndOfflineByDefault() {
        Settings s = ConfigLoader.load(CONFIG, Map.of(), Fixtures.HOME);
        assertEquals(LlmProvider.EXTRACTIVE, s.config().llm().provider());
        assertEquals(10_000, s.config().llm().timeoutMillis());
        assertEquals(Fixtures.HOME.resolve("docs-corpus"), s.config().corpus().dir());
        assertTrue(s.secrets().llmApiKey().isEmpty());
    }

    @Test
    void environmentVariablesOverrideTheFile() {
        Settings s = ConfigLoader.load(CONFIG, Map.of("DEALBOT_LLM_PROVIDER", "openai", "DEALBOT_LLM_BASE_URL",
                "http://127.0.0.1:9/v1", "DEALBOT_LLM_MODEL", "m", "DEALBOT_LLM_API_KEY", "sk-secret",
                "DEALBOT_WIDGET_ALLOWED_ORIGINS", "https://a.example, https://b.example:8443"), Fixtures.HOME);
        assertEquals(LlmProvider.OPENAI, s.config().llm().provider());
        assertEquals("m", s.config().llm().model());
        assertEquals(List.of("https://a.example", "https://b.example:8443"), s.config().widget().allowedOrigins());
        assertEquals("sk-secret", s.secrets().llmApiKey().orElseThrow());
        assertFalse(s.secrets().toString().contains("sk-secret"));
    }

    @Test
    void invalidSettingsFailNamingTheSetting() {
        assertMessage(Map.of("DEALBOT_LLM_PROVIDER", "gpt"), "llm.provider must be one of extractive, openai, ollama, anthropic, gemini");
        assertMessage(Map.of("DEALBOT_LLM_PROVIDER", "openai"), "llm.model is required when llm.provider is openai");
        assertMessage(Map.of("DEALBOT_LLM_TIMEOUT_MILLIS", "5"), "llm.timeoutMillis must be between");
        assertMessage(Map.of("DEALBOT_PORT", "70000"), "server.port must be between 0 and 65535");
        assertMessage(Map.of("DEALBOT_PORT", "eighty"), "setting 'server.port' has an invalid value");
        assertMessage(Map.of("DEALBOT_WIDGET_ALLOWED_ORIGINS", "*"), "widget.allowedOrigins entries must look like");
        assertMessage(Map.of("DEALBOT_LLM_BASE_URL", "ftp://x"), "llm.baseUrl must be an http(s) URL");
    }

    @Test
    void secretsAndUnknownKeysInTheFileAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dealbot.yaml");
        Files.writeString(file, Files.readString(CONFIG).replace("  temperature: 0.0", "  temperature: 0.0\n  apiKey: sk-x"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), dir));
        assertTrue(e.getMessage().contains("'llm.apiKey' is a secret and is read only from the environment variable DEALBOT_LLM_API_KEY"),
                e.getMessage());
        assertFalse(e.getMessage().contains("sk-x"));
        Files.writeString(file, Files.readString(CONFIG).replace("  port: 8080", "  prot: 8080"));
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), dir));
        assertTrue(e.getMessage().contains("unknown setting 'server.prot'"), e.getMessage());
    }

    @Test
    void aMissingFileSaysWhereItLooked(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yaml"), Map.of(), dir));
        assertTrue(e.getMessage().startsWith("config file not found: "), e.getMessage());
    }

    @Test
    void apiKeysAreSplitTrimmedHiddenAndLongEnough() {
        Settings s = ConfigLoader.load(CONFIG, Map.of("DEALBOT_API_KEYS", " key-one-0123456789ab ,, key-two-0123456789ab "), Fixtures.HOME);
        assertEquals(List.of("key-one-0123456789ab", "key-two-0123456789ab"), s.secrets().apiKeys());
        assertFalse(s.secrets().toString().contains("key-one"), s.secrets().toString());
        assertTrue(ConfigLoader.load(CONFIG, Map.of(), Fixtures.HOME).secrets().apiKeys().isEmpty());
        assertMessage(Map.of("DEALBOT_API_KEYS", "key-one-0123456789ab,short"), "DEALBOT_API_KEYS: key 2 of 2 must be at least 16");
    }

    private static void assertMessage(Map<String, String> env, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(CONFIG, env, Fixtures.HOME));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
