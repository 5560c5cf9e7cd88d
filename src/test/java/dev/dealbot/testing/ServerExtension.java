package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real bot behind the real HTTP API on a free port, one per test class. */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final BotExtension bot = new BotExtension(Map.of("DEALBOT_PORT", "0"));
    private Javalin app;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bot.beforeAll(context);
        app = HttpApi.create(bot.bot(), new Metrics(), List.of()).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        app.stop();
        bot.afterAll(context);
    }

    public Dealbot bot() {
        return bot.bot();
    }

    public int port() {
        return app.port();
    }
}
