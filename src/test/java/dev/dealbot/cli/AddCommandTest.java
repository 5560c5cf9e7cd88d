package dev.dealbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.dealbot.Dealbot;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealbot add} as a user runs it: local pages, a loopback web server, and a running server picking it up. */
class AddCommandTest {
    static final Path PAGES = Fixtures.HOME.resolve("src/test/resources/pages");
    static final String AMAZON_ONLY = "What did Amazon CEO Andy Jassy say about OpenAI's models?";
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = DealbotCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path config(Path dir, Path docs) throws Exception {
        Path config = dir.resolve("dealbot.yaml");
        Files.writeString(config, Files.readString(Fixtures.HOME.resolve("config/dealbot.yaml"))
                .replace("dir: docs-corpus", "dir: " + docs).replace("dataDir: data", "dataDir: " + dir.resolve("data")));
        return config;
    }

    static JsonNode ask(int port, String question) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static boolean cites(JsonNode answer, String docId) {
        for (JsonNode c : answer.path("citations")) if (c.path("docId").asText().equals(docId)) return true;
        return false;
    }

    @Test
    void anAddedPageIsAnsweredFromByARunningServerWithoutRestart(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Files.delete(docs.resolve("nonexclusive-license-amazon.md"));
        Path config = config(dir, docs);
        var settings = Fixtures.settings(dir.resolve("data"), Map.of("DEALBOT_CORPUS_DIR", docs.toString(), "DEALBOT_PORT", "0"));
        try (Dealbot bot = Dealbot.start(settings, Fixtures.embedder(), line -> {})) {
            bot.watch();
            Javalin app = HttpApi.create(bot, new Metrics(), List.of()).start();
            try {
                JsonNode before = ask(app.port(), AMAZON_ONLY);
                assertFalse(before.path("answer").asText().contains("Bedrock"), before.toString());

                Run r = run("add", "--config", config.toString(), PAGES.resolve("nonexclusive-license-amazon.html").toString());
                assertEquals(0, r.exit(), r.err());
                String docId = "microsoft-gets-a-nonexclusive-license-as-openai-works-with-amazon";
                assertTrue(r.out().contains("wrote " + docs.resolve(docId + ".md")), r.out());
                assertTrue(r.out().contains("kept 11 paragraphs") && r.out().contains("- aside: Most read"), r.out());

                JsonNode after = null;
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                    after = ask(app.port(), AMAZON_ONLY);
                    if (cites(after, docId)) break;
                    Thread.sleep(200);
                }
                assertTrue(after.path("answered").asBoolean() && cites(after, docId), after.toString());
                assertTrue(after.path("answer").asText().contains("Bedrock"), after.toString());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void addAndFeedbackPrintTheirHelp() {
        for (String command : List.of("add", "feedback")) {
            Run r = run(command, "--help");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("Usage: dealbot " + command) && r.out().contains("--config"), r.out());
        }
        Run bad = run("feedback", "frobnicate");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown action 'frobnicate': use list or export"), bad.err());
    }

    @Test
    void aPageWhoseTextIsAlreadyThereIsRefused(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Run r = run("add", "--config", config(dir, docs).toString(), "--id", "another-copy",
                PAGES.resolve("wedoany-revised-partnership.html").toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("not added: the same text as wedoany-revised-partnership.md"), r.err());
        assertFalse(Files.exists(docs.resolve("another-copy.md")));
    }

    @Test
    void aTextFileGetsItsAttributionAndLosesTheTeasersAndRepeats(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path config = config(dir, docs);
        Run r = run("add", "--config", config.toString(), "--title", "Microsoft and OpenAI revise their partnership agreement",
                Fixtures.originals().resolve("wedoany-revised-partnership.txt").toString());
        assertEquals(0, r.exit(), r.err());
        String file = Files.readString(docs.resolve("microsoft-and-openai-revise-their-partnership-agreement.md"));
        assertTrue(file.contains("source: \"Wedoany\"") && file.contains("attribution: \"All AI citations must indicate the source as \\\"Wedoany\\\".\""), file);
        assertFalse(file.contains("news@wedoany.com"), file);

        r = run("add", "--config", config.toString(), Fixtures.originals().resolve("revised-licensing-terms.txt").toString());
        assertEquals(0, r.exit(), r.err());
        String revised = Files.readString(docs.resolve("microsoft-and-openai-revise-partnership-with-new-licensing-terms.md"));
        for (String junk : List.of("Google IO", "iFlytek", "Xiaomi", "Comments (0)", "0/500", "Home"))
            assertFalse(revised.contains(junk), junk + " kept:\n" + revised);
        String repeated = "Under the revised agreement, Microsoft will remain OpenAI's primary cloud partner";
        assertEquals(revised.indexOf(repeated), revised.lastIndexOf(repeated), revised);
    }

    @Test
    void aUrlIsFetchedWithContentTypeSizeAndTimeLimits(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Files.delete(docs.resolve("revised-licensing-terms.md"));
        Path config = config(dir, docs);
        byte[] page = Files.readAllBytes(PAGES.resolve("revised-licensing-terms.html"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.createContext("/image", x -> {
            x.getResponseHeaders().add("Content-Type", "image/png");
            x.sendResponseHeaders(200, 4);
            x.getResponseBody().write(new byte[] {1, 2, 3, 4});
            x.close();
        });
        server.createContext("/huge", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            byte[] filler = "<p>filler text</p>\n".repeat(4096).getBytes();
            try {
                for (int i = 0; i < 100; i++) x.getResponseBody().write(filler); // ~7.6 MiB, more than the 5 MiB cap
            } catch (java.io.IOException e) {
                // the client stopped reading at the cap
            }
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Run ok = run("add", "--config", config.toString(), base + "/article");
            assertEquals(0, ok.exit(), ok.err());
            String file = Files.readString(docs.resolve("microsoft-and-openai-revise-partnership-with-new-licensing-terms.md"));
            assertTrue(file.contains("url: \"https://www.example.cn/en/news/2026/microsoft-openai-revise-partnership\""), file);

            Run image = run("add", "--config", config.toString(), base + "/image");
            assertEquals(1, image.exit());
            assertTrue(image.err().contains("content type 'image/png' is not a web page"), image.err());
            Run huge = run("add", "--config", config.toString(), base + "/huge");
            assertEquals(1, huge.exit());
            assertTrue(huge.err().contains("larger than 5120 KiB"), huge.err());
            long start = System.nanoTime();
            Run slow = run("add", "--config", config.toString(), "--timeout-seconds", "1", base + "/slow");
            assertEquals(1, slow.exit());
            assertTrue(slow.err().contains("no answer within 1 s"), slow.err());
            assertTrue(System.nanoTime() - start < 4_000_000_000L, "gave up in time");
            Run ftp = run("add", "--config", config.toString(), "ftp://127.0.0.1/x.html");
            assertTrue(ftp.exit() == 1 && ftp.err().contains("only http and https URLs"), ftp.err());
        } finally {
            server.stop(0);
        }
    }
}
