package dev.dealbot.http;

import static dev.dealbot.testing.IndexFixtures.KNOWN_FACT;
import static dev.dealbot.testing.IndexFixtures.KNOWN_QUESTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.GatedEmbedder;
import dev.dealbot.testing.IndexFixtures;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index damaged under a running server: /health says so, no wrong answers, repaired within 30 s. */
class IndexRepairHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;
    Dealbot bot;
    Javalin app;

    void serve(GatedEmbedder embedder) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        bot = Dealbot.start(Fixtures.settings(dir.resolve("data"), Map.of("DEALBOT_CORPUS_DIR", docs.toString(),
                "DEALBOT_PORT", "0", "DEALBOT_RATE_LIMIT_PER_MINUTE", "0")), embedder, line -> {});
        bot.watch();
        app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) app.stop();
        if (bot != null) bot.close();
    }

    @Test
    void whileDamagedHealthIs503DegradedAndAsksAre503UntilTheRebuiltIndexIsSwappedIn() throws Exception {
        GatedEmbedder embedder = new GatedEmbedder(Fixtures.embedder());
        serve(embedder);
        String before = health().get("indexVersion").asText();
        embedder.hold(); // keep the rebuild from finishing while we look
        Path file = IndexFixtures.corrupt(IndexFixtures.currentIndex(dir.resolve("data")));

        HttpResponse<String> health = get("/health");
        assertEquals(503, health.statusCode(), health.body());
        JsonNode degraded = JSON.readTree(health.body());
        assertEquals("degraded", degraded.get("status").asText());
        assertTrue(degraded.get("index").asText().startsWith(file.getFileName() + " was modified: checksum failed"), health.body());
        for (String path : List.of("/api/ask", "/api/ask/stream")) {
            HttpResponse<String> ask = ask(path, KNOWN_QUESTION);
            assertEquals(503, ask.statusCode(), path + ": " + ask.body());
            assertEquals("index_unavailable", JSON.readTree(ask.body()).get("error").asText());
            assertEquals("5", ask.headers().firstValue("Retry-After").orElse(""));
        }

        embedder.open();
        JsonNode ok = awaitHealthy(Duration.ofSeconds(30));
        assertNotEquals(before, ok.get("indexVersion").asText(), "a new index was swapped in");
        JsonNode answer = JSON.readTree(ask("/api/ask", KNOWN_QUESTION).body());
        assertTrue(answer.get("answered").asBoolean() && answer.get("answer").asText().contains(KNOWN_FACT), answer.toString());
    }

    /** The measure: corrupted while serving under load, no wrong answer, the next answer correct within 30 s. */
    @Test
    void corruptedUnderLoadNoAnswerIsWrongAndAnswersAreCorrectAgainWithin30s() throws Exception {
        serve(new GatedEmbedder(Fixtures.embedder()));
        String before = health().get("indexVersion").asText();
        record Outcome(long sentNanos, int status, String body) {}
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.execute(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> r = ask("/api/ask", KNOWN_QUESTION);
                        outcomes.add(new Outcome(sent, r.statusCode(), r.body()));
                    } catch (Exception e) {
                        outcomes.add(new Outcome(sent, -1, e.toString()));
                    }
                }
            });
        }
        long corrupted;
        long repaired = -1;
        try {
            Thread.sleep(1_000);
            corrupted = System.nanoTime();
            IndexFixtures.corrupt(IndexFixtures.currentIndex(dir.resolve("data")));
            long deadline = corrupted + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && repaired < 0) {
                if (!health().get("indexVersion").asText().equals(before)) {
                    for (Outcome o : outcomes)
                        if (o.sentNanos() > corrupted && o.status() == 200 && correct(o.body())) repaired = o.sentNanos();
                }
                Thread.sleep(100);
            }
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        for (Outcome o : outcomes) {
            boolean fine = o.status() == 503 && o.body().contains("index_unavailable")
                    || o.status() == 200 && (correct(o.body()) || !JSON.readTree(o.body()).get("answered").asBoolean());
            assertTrue(fine, "a wrong or failed answer: " + o);
        }
        assertTrue(repaired > 0, "no correct answer from a new index within 30 s of the damage");
        assertTrue(outcomes.stream().anyMatch(o -> o.sentNanos() < corrupted), "the load ran before the damage");
    }

    static boolean correct(String body) throws Exception {
        JsonNode a = JSON.readTree(body);
        return a.get("answered").asBoolean() && a.get("answer").asText().contains(KNOWN_FACT) && !a.get("citations").isEmpty();
    }

    JsonNode awaitHealthy(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> r = get("/health");
        while (r.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            r = get("/health");
        }
        assertEquals(200, r.statusCode(), "not repaired within " + within + ": " + r.body());
        return JSON.readTree(r.body());
    }

    JsonNode health() throws Exception {
        return JSON.readTree(get("/health").body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ask(String path, String question) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
