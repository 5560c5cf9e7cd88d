package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.http.RawHttp.Raw;
import dev.dealbot.testing.LogCapture;
import dev.dealbot.testing.ServerExtension;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a client sends, the answer is never a 5xx: questions with nothing readable are 400 {@code empty_question},
 * broken bodies are 4xx JSON; only a real server fault is 500, with a request id, counted and logged in one line.
 */
class HostileInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A route that fails like a bug would, to see how a server fault is reported. */
    static final List<Consumer<JavalinConfig>> FAULTY = List.of(config -> config.routes.get("/test/fault", ctx -> {
        throw new IllegalStateException("simulated bug");
    }));
    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension(Map.of(), FAULTY);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u0301", "\ufe0f", "\u034f", "\u200b\u00a0\u0301", "\u3164", "\udb40\udd00",
            " \u2007 \u202f ", "\u0300\u0301\u0302", "\u180b\u115f", "\u00ad\u2060"})
    void aQuestionWithNothingReadableIs400EmptyQuestion(String question) throws Exception {
        for (String path : List.of("/api/ask", "/api/ask/stream")) {
            HttpResponse<String> r = ask(path, question);
            assertEquals(400, r.statusCode(), path + " " + r.body());
            JsonNode body = JSON.readTree(r.body());
            assertEquals("empty_question", body.get("error").asText(), r.body());
            assertTrue(body.get("message").asText().contains("no readable text"), r.body());
        }
    }

    @Test
    void fullWidthLettersAreReadAsPlainOnes() throws Exception {
        HttpResponse<String> r = ask("/api/ask", "Ｕｎｔｉｌ ｗｈｅｎ ｄｏｅｓ Ｍｉｃｒｏｓｏｆｔ ｈｏｌｄ ａ ｌｉｃｅｎｓｅ ｔｏ ＯｐｅｎＡＩ'ｓ ＩＰ?");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("answer").asText().contains("2032"), r.body());
    }

    /** A digit under accent marks, or beside a private-use character: the embedding model reads nothing in them, still 200. */
    @ParameterizedTest
    @ValueSource(strings = {"4\ufe26\u0300", "\u035e0", "9\ue05d"})
    void questionsTheModelCannotReadAreAnsweredNotFailed(String question) throws Exception {
        HttpResponse<String> r = ask("/api/ask", question);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Short random questions from every corner of Unicode (combining marks, format characters, emoji, private use). */
    @Test
    void randomUnicodeQuestionsNeverGetA5xx() throws Exception {
        Random random = new Random(8);
        long until = System.nanoTime() + 12_000_000_000L;
        int sent = 0;
        List<String> failures = new ArrayList<>();
        while (sent < 150 || (System.nanoTime() < until && sent < 600)) {
            String question = randomQuestion(random);
            HttpResponse<String> r = ask(sent % 5 == 0 ? "/api/ask/stream" : "/api/ask", question);
            sent++;
            if (r.statusCode() >= 500 || (r.statusCode() != 200 && !JSON.readTree(r.body()).has("error")))
                failures.add(r.statusCode() + " for " + escape(question) + ": " + r.body());
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " failed: " + failures);
    }

    @Test
    void brokenBodiesAre4xxJson() throws Exception {
        String head = "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n";
        List<String> bad = List.of(
                head + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"question\": \"q\"}\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"question\": \"q\"}\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n",
                head + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nx\r\n0\r\n\r\n");
        for (String request : bad) {
            Raw r = RawHttp.send(SERVER.port(), request);
            assertClientError(r, request);
        }
        // a body shorter than its Content-Length, then the client gives up sending
        Raw shortBody = RawHttp.send(SERVER.port(), (head + "Content-Length: 100\r\n\r\n{\"question\": \"q")
                .getBytes(StandardCharsets.ISO_8859_1), true);
        assertClientError(shortBody, "short body");
        // a chunked body that stops in the middle of a chunk
        Raw cut = RawHttp.send(SERVER.port(), (head + "Transfer-Encoding: chunked\r\n\r\n40\r\n{\"question\"")
                .getBytes(StandardCharsets.ISO_8859_1), true);
        assertClientError(cut, "cut chunk");
    }

    @Test
    void aServerFaultIs500JsonWithARequestIdCountedAndLoggedInOneLine() throws Exception {
        HttpResponse<String> r;
        List<String> log;
        try (LogCapture capture = LogCapture.start()) {
            r = HTTP.send(HttpRequest.newBuilder(uri("/test/fault")).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(100);
            log = capture.lines();
        }
        assertEquals(500, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        String id = body.get("requestId").asText();
        assertEquals("internal_error", body.get("error").asText());
        assertTrue(body.get("message").asText().contains(id), r.body());
        assertEquals(id, r.headers().firstValue("X-Request-Id").orElse(""));
        assertFalse(r.body().contains("simulated bug") || r.body().contains("Exception"), "no internals to the client");
        List<String> about = log.stream().filter(l -> l.contains(id)).toList();
        assertEquals(1, about.size(), "one log line names the request: " + log);
        assertTrue(about.get(0).contains("simulated bug"), about.toString());
        assertFalse(log.stream().anyMatch(l -> l.strip().startsWith("at ")), "no stack trace at INFO: " + log);
        String metrics = HTTP.send(HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count{")
                && l.contains("status=\"500\"") && l.contains("uri=\"/test/fault\"")), metrics);
    }

    static void assertClientError(Raw r, String what) throws Exception {
        assertTrue(r.status() >= 400 && r.status() < 500, what + ": " + r);
        assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), what + ": " + r);
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.has("error") && body.has("message"), what + ": " + r);
    }

    /** 1 to 12 code points, each from a range that has tripped text pipelines before. */
    static String randomQuestion(Random random) {
        int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x370, 0x6ff}, {0x900, 0xdff}, {0x1100, 0x11ff},
                {0x17b0, 0x180f}, {0x2000, 0x206f}, {0x2100, 0x2bff}, {0x3000, 0x30ff}, {0x4e00, 0x9fff}, {0xe000, 0xe0ff},
                {0xfb00, 0xfdff}, {0xfe00, 0xfe2f}, {0xff00, 0xffff}, {0x1d400, 0x1d7ff}, {0x1f300, 0x1faff},
                {0xe0000, 0xe01ef}, {0x10000, 0x10ffff}};
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        while (sb.codePointCount(0, sb.length()) < n) {
            int[] range = ranges[random.nextInt(ranges.length)];
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (cp < 0xd800 || cp > 0xdfff) sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 0x7f && cp >= 0x20 ? Character.toString(cp) : String.format("\\u{%x}", cp)));
        return sb.toString();
    }

    static HttpResponse<String> ask(String path, String question) throws Exception {
        String body = JSON.writeValueAsString(Map.of("question", question));
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + SERVER.port() + path);
    }
}
