package dev.dealbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code state} setting: memory by default, Redis by env, its password only from the environment. */
class StateSettingsTest {
    static final Path CONFIG = Fixtures.HOME.resolve("config/dealbot.yaml");

    @Test
    void theShippedConfigKeepsStateInMemory() {
        StateSettings state = ConfigLoader.load(CONFIG, Map.of(), Fixtures.HOME).config().state();
        assertFalse(state.redis());
        assertEquals("memory", state.store());
    }

    @Test
    void environmentSelectsRedisWithItsUrlAndPassword() {
        Settings s = ConfigLoader.load(CONFIG, Map.of("DEALBOT_STATE", "Redis", "DEALBOT_STATE_URL",
                "redis://10.0.0.9:6380/3", "DEALBOT_STATE_PASSWORD", "pw-9f3b"), Fixtures.HOME);
        assertTrue(s.config().state().redis());
        assertEquals(3, s.config().state().database());
        assertEquals(6380, s.config().state().uri().getPort());
        assertEquals("pw-9f3b", s.secrets().statePassword().orElseThrow());
        assertFalse(s.secrets().toString().contains("pw-9f3b"));
    }

    @Test
    void badStateSettingsFailNamingTheSettingAndNeverEchoAPassword() {
        assertMessage(Map.of("DEALBOT_STATE", "etcd"), "state.store must be memory or redis");
        assertMessage(Map.of("DEALBOT_STATE", "redis"), "state.url is required when state.store is redis, e.g. redis://127.0.0.1:6379/0 (or set DEALBOT_STATE_URL)");
        assertMessage(Map.of("DEALBOT_STATE", "redis", "DEALBOT_STATE_URL", "http://10.0.0.9:6379"), "state.url must start with redis://");
        assertMessage(Map.of("DEALBOT_STATE", "redis", "DEALBOT_STATE_URL", "redis://10.0.0.9:6379/99"), "state.url database must be a number 0-15");
        String e = assertMessage(Map.of("DEALBOT_STATE", "redis", "DEALBOT_STATE_URL", "redis://:hunter2@10.0.0.9:6379/0"),
                "state.url must not hold a user or password; set the password in DEALBOT_STATE_PASSWORD");
        assertFalse(e.contains("hunter2"), e);
    }

    @Test
    void aPasswordInTheFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dealbot.yaml");
        Files.writeString(file, Files.readString(CONFIG).replace("  poolSize: 32", "  poolSize: 32\n  password: hunter2"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), dir));
        assertTrue(e.getMessage().contains("'state.password' is a secret and is read only from the environment variable DEALBOT_STATE_PASSWORD"),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    private static String assertMessage(Map<String, String> env, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(CONFIG, env, Fixtures.HOME));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        return e.getMessage();
    }
}
