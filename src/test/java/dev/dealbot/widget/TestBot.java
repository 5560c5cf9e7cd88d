package dev.dealbot.widget;

import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A real bot over the real corpus, served by the same app {@code dealbot serve} builds, on a free loopback port. */
final class TestBot implements AutoCloseable {
    /** One index for all widget tests: it is read-only once built, so bots can share it. */
    private static Path dataDir;

    final Dealbot bot;
    final Javalin app;

    private TestBot(Dealbot bot, Javalin app) {
        this.bot = bot;
        this.app = app;
    }

    /** The production wiring: {@code HttpApi.create(bot, metrics, Channels.of(bot))}. */
    static TestBot start(Map<String, String> env) {
        Dealbot bot = Fixtures.bot(dataDir(), withFreePort(env));
        return new TestBot(bot, HttpApi.create(bot, new Metrics(), Channels.of(bot)).start());
    }

    /** Another app over an already started bot, with channels of the test's choosing. */
    static Javalin serve(Dealbot bot, List<Consumer<JavalinConfig>> channels) {
        return HttpApi.create(bot, new Metrics(), channels).start();
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    static synchronized Path dataDir() {
        try {
            if (dataDir == null) {
                dataDir = Path.of("target", "widget-test-data").toAbsolutePath();
                Files.createDirectories(dataDir);
            }
            return dataDir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> withFreePort(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("DEALBOT_PORT", "0");
        all.putIfAbsent("DEALBOT_HOST", "127.0.0.1");
        return all;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        bot.close();
    }
}
