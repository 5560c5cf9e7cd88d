package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real bot per test class, over the real docs-corpus with its index in a temporary folder:
 * {@code @RegisterExtension static final BotExtension BOT = new BotExtension();}
 */
public final class BotExtension implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> env;
    private Path data;
    private Dealbot bot;

    public BotExtension() {
        this(Map.of());
    }

    public BotExtension(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("dealbot-test-");
        bot = Fixtures.bot(data, env);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        bot.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public Dealbot bot() {
        return bot;
    }
}
