package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.Javalin;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app {@code dealbot serve} runs (every channel), with {@code DEALBOT_API_KEYS} set to {@link #KEY} so the
 * OpenAI-compatible API and the MCP server are on: one real bot on a free port per test class.
 */
public final class KeyedServerExtension implements BeforeAllCallback, AfterAllCallback {
    public static final String KEY = "test-key-0123456789abcdef";
    public static final String OTHER_KEY = "second-key-fedcba9876543210";
    private final BotExtension bot = new BotExtension(Map.of("DEALBOT_PORT", "0", "DEALBOT_API_KEYS", KEY + ", " + OTHER_KEY));
    private Javalin app;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bot.beforeAll(context);
        app = HttpApi.create(bot.bot(), new Metrics(), Channels.of(bot.bot())).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        app.stop();
        bot.afterAll(context);
    }

    public Dealbot bot() {
        return bot.bot();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }
}
