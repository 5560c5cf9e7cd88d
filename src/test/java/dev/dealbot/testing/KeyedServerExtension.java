package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app {@code dealbot serve} runs (every channel), with {@code DEALBOT_API_KEYS} set to {@link #KEY} and
 * {@link #OTHER_KEY} so the OpenAI-compatible API and the MCP server are on: one real bot on a free port, shared by
 * every test class that registers this extension and stopped when the test run ends.
 */
public final class KeyedServerExtension implements BeforeAllCallback {
    public static final String KEY = "test-key-0123456789abcdef";
    public static final String OTHER_KEY = "second-key-fedcba9876543210";
    private Server server;

    /** The shared server; closed by JUnit at the end of the run. */
    private static final class Server implements ExtensionContext.Store.CloseableResource {
        final Path data;
        final Dealbot bot;
        final Javalin app;

        Server() throws Exception {
            data = Files.createTempDirectory("dealbot-keyed-");
            bot = Fixtures.bot(data, Map.of("DEALBOT_PORT", "0", "DEALBOT_API_KEYS", KEY + ", " + OTHER_KEY));
            app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
        }

        @Override
        public void close() throws Exception {
            app.stop();
            bot.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KeyedServerExtension.class.getName(), key -> {
                    try {
                        return new Server();
                    } catch (Exception e) {
                        throw new IllegalStateException("the keyed test server did not start", e);
                    }
                }, Server.class);
    }

    public Dealbot bot() {
        return server.bot;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.app.port() + path;
    }
}
