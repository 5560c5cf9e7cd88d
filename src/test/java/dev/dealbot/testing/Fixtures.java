package dev.dealbot.testing;

import dev.dealbot.Dealbot;
import dev.dealbot.config.ConfigLoader;
import dev.dealbot.config.Settings;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.OnnxEmbedder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Real things for tests: the project's config and docs-corpus, one shared ONNX embedder, a data dir per test. */
public final class Fixtures {
    /** The project root (Maven runs tests from it). */
    public static final Path HOME = Path.of("").toAbsolutePath();

    /**
     * The published articles the curated copies are checked against: {@code ../shared/corpus-source} beside the clone
     * (as CI provides it). Missing, the test fails saying where to put them instead of with a bare file error.
     */
    public static Path originals() {
        Path dir = HOME.resolve("../shared/corpus-source").normalize();
        if (!java.nio.file.Files.isDirectory(dir))
            throw new AssertionError("the published articles are expected in " + dir + " (../shared/corpus-source beside the "
                    + "clone, as CI provides them): clone the repository next to the shared folder");
        return dir;
    }
    private static Embedder embedder;

    /** The text of an invented article titled {@code title} (front matter of a test source, no author, date or url). */
    public static String article(String title, String text) {
        return "---\ntitle: \"" + title + "\"\nsource: \"Test\"\nauthor: null\ndate: null\nurl: null\nattribution: null\nnotes: null\n---\n\n" + text;
    }

    private Fixtures() {}

    /** The real embedding model, loaded once per test JVM. */
    public static synchronized Embedder embedder() {
        if (embedder == null) embedder = new OnnxEmbedder();
        return embedder;
    }

    /**
     * Settings from config/dealbot.yaml with the index under {@code dataDir} and extra env vars applied. The answer
     * cache is off unless {@code env} sets {@code DEALBOT_CACHE_ANSWERS}: tests that change a fake model's reply
     * between questions must get a fresh answer (dev.dealbot.cache tests turn it on).
     */
    public static Settings settings(Path dataDir, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("DEALBOT_CACHE_ANSWERS", "0");
        all.put("DEALBOT_DATA_DIR", dataDir.toString());
        all.putIfAbsent("DEALBOT_RATE_LIMIT_PER_MINUTE", "0"); // tests fire many requests; ApiRateLimitTest sets a budget
        return ConfigLoader.load(HOME.resolve("config/dealbot.yaml"), all, HOME);
    }

    /** A bot over the real docs-corpus, extractive unless {@code env} configures an LLM. */
    public static Dealbot bot(Path dataDir, Map<String, String> env) {
        return Dealbot.start(settings(dataDir, env), embedder(), line -> {});
    }

    public static Dealbot bot(Path dataDir) {
        return bot(dataDir, Map.of());
    }
}
