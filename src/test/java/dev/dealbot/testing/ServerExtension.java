package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real bot behind the real HTTP API on a free port, one per test class. */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final BotExtension bot;
    private final List<Consumer<JavalinConfig>> channels;
    private final Metrics metrics = new Metrics();
    private Javalin app;

    public ServerExtension() {
        this(Map.of(), List.of());
    }

    /** A server whose bot sees {@code env} on top of the defaults, with extra routes or filters from {@code channels}. */
    public ServerExtension(Map<String, String> env, List<Consumer<JavalinConfig>> channels) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putIfAbsent("DEALBOT_PORT", "0");
        this.bot = new BotExtension(all);
        this.channels = channels;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bot.beforeAll(context);
        app = HttpApi.create(bot.bot(), metrics, channels).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        app.stop();
        bot.afterAll(context);
    }

    public Dealbot bot() {
        return bot.bot();
    }

    public Metrics metrics() {
        return metrics;
    }

    public int port() {
        return app.port();
    }
}
