package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.config.ConfigLoader;
import dev.dealbot.config.Settings;
import dev.dealbot.index.BackgroundEmbedder;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** Options every command shares, and how a command gets a running {@link Dealbot}. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: <home>/config/dealbot.yaml).")
    Path config;

    @Option(names = "--verbose", description = "Show stack traces and progress.")
    boolean verbose;

    static Path home() {
        String home = System.getProperty("dealbot.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    Settings settings() {
        Path file = config != null ? config : home().resolve("config/dealbot.yaml");
        return ConfigLoader.load(file, System.getenv(), home());
    }

    Dealbot start(Consumer<String> progress) {
        return start(progress, null);
    }

    /** Starts the bot; a non-null {@code port} overrides {@code server.port}. */
    Dealbot start(Consumer<String> progress, Integer port) {
        Settings settings = settings();
        if (port != null) {
            var c = settings.config();
            settings = new Settings(c.withServer(c.server().withPort(port)), settings.secrets());
        }
        BackgroundEmbedder model = BackgroundEmbedder.start(); // made while the index opens
        Dealbot bot = Dealbot.start(settings, model, progress);
        try {
            model.await(); // a model that cannot be made fails the start, not the first question
        } catch (RuntimeException | Error e) {
            try {
                bot.close();
            } catch (java.io.IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return bot;
    }
}
