package dev.dealbot.http;

import static dev.dealbot.testing.IndexFixtures.NEW_ARTICLE;
import static dev.dealbot.testing.IndexFixtures.NEW_DOC_ID;
import static dev.dealbot.testing.IndexFixtures.NEW_FACT;
import static dev.dealbot.testing.IndexFixtures.NEW_QUESTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measure: an article dropped into the corpus folder of a server under a load of 16 connections. */
class CorpusChangeUnderLoadTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CONNECTIONS = 16;
    static final List<String> LOAD_QUESTIONS = List.of(
            "Until when does Microsoft hold a license to OpenAI's intellectual property?",
            "How much did Amazon announce it would invest in OpenAI?",
            "What was OpenAI valued at in its most recent funding round?",
            "Is the license still exclusive?");

    @Test
    void anAddedArticleIsAnsweredWithin30sWithoutOneFailedRequest(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Path data = dir.resolve("data");
        try (Dealbot bot = Dealbot.start(Fixtures.settings(data, Map.of("DEALBOT_CORPUS_DIR", docs.toString(),
                "DEALBOT_PORT", "0", "DEALBOT_RATE_LIMIT_PER_MINUTE", "0")), Fixtures.embedder(), line -> {})) {
            bot.watch();
            Javalin app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
            String base = "http://127.0.0.1:" + app.port();
            Path oldIndex = IndexFixtures.currentIndex(data);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(CONNECTIONS);
            List<HttpClient> clients = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // one connection each
                clients.add(client);
                int first = c;
                load.execute(() -> {
                    for (int i = first; running.get(); i++) {
                        try {
                            HttpResponse<String> r = ask(client, base, LOAD_QUESTIONS.get(i % LOAD_QUESTIONS.size()));
                            if (r.statusCode() != 200 || !JSON.readTree(r.body()).has("answer"))
                                failures.add(r.statusCode() + " " + r.body());
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                        requests.incrementAndGet();
                    }
                });
            }
            long answeredAfterNanos = -1;
            try {
                Thread.sleep(1_500);
                assertFalse(answer(ask(HttpClient.newHttpClient(), base, NEW_QUESTION)).get("answered").asBoolean());
                int before = requests.get();
                long added = System.nanoTime();
                Files.writeString(docs.resolve(NEW_DOC_ID + ".md"), NEW_ARTICLE);
                HttpClient probe = HttpClient.newHttpClient();
                while (System.nanoTime() - added < TimeUnit.SECONDS.toNanos(30)) {
                    JsonNode a = answer(ask(probe, base, NEW_QUESTION));
                    if (a.get("answered").asBoolean() && a.get("answer").asText().contains(NEW_FACT)
                            && a.get("citations").get(0).get("docId").asText().equals(NEW_DOC_ID)) {
                        answeredAfterNanos = System.nanoTime() - added;
                        break;
                    }
                    Thread.sleep(100);
                }
                assertTrue(requests.get() > before, "the load kept running through the swap");
                Thread.sleep(500); // and a little past it
            } finally {
                running.set(false);
                load.shutdown();
                assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
                clients.forEach(HttpClient::close);
                app.stop();
            }
            System.out.printf("corpus swap under %d connections: %d requests, %d failed, new article answered after %d ms%n",
                    CONNECTIONS, requests.get(), failures.size(), answeredAfterNanos / 1_000_000);
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())), failures.size() + " failed");
            assertTrue(answeredAfterNanos > 0, "the new article was not answered within 30 s");
            assertNotEquals(oldIndex, IndexFixtures.currentIndex(data));
            IndexFixtures.awaitGone(oldIndex);
        }
    }

    static HttpResponse<String> ask(HttpClient client, String base, String question) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode answer(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
