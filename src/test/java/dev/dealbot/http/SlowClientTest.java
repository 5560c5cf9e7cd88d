package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.testing.ServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that send slowly or grab too much cannot take the server down: with slow-body and slow-header connections
 * open, {@code /health} still answers and a question is still answered; trickling bodies are cut off with a JSON 408,
 * silent header senders are closed, an address over its connection cap is told so in JSON; a burst of long questions
 * beyond the answer queue gets 503 with Retry-After at once. (Timings are measured in bench/slow-clients, not here.)
 */
class SlowClientTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension(Map.of("DEALBOT_ANSWER_THREADS", "1",
            "DEALBOT_ANSWER_QUEUE", "2", "DEALBOT_HEADER_TIMEOUT_SECONDS", "2", "DEALBOT_BODY_TIMEOUT_SECONDS", "2", "DEALBOT_IDLE_TIMEOUT_SECONDS", "4",
            "DEALBOT_CONNECTIONS_PER_CLIENT", "12", "DEALBOT_MIN_BYTES_PER_SECOND", "64"), List.of());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String QUESTION = "{\"question\": \"Until when does Microsoft hold a license to OpenAI's IP?\"}";

    @Test
    void slowBodiesAndSlowHeadersDoNotStarveHealthOrAnswers() throws Exception {
        List<Socket> bodies = new ArrayList<>();
        List<Socket> headers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) bodies.add(open("127.0.0.2", "POST /api/ask HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{"));
            for (int i = 0; i < 10; i++) headers.add(open("127.0.0.3", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: "));
            long until = System.nanoTime() + 5_000_000_000L;
            int probes = 0;
            while (System.nanoTime() < until) {
                for (Socket s : bodies) trickle(s, "\"");
                for (Socket s : headers) trickle(s, "a");
                HttpResponse<String> health = get("/health");
                assertEquals(200, health.statusCode(), health.body());
                probes++;
                Thread.sleep(400);
            }
            HttpResponse<String> answer = post("/api/ask", QUESTION);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("2032"), answer.body());
            assertTrue(probes >= 5, "probes: " + probes);

            int refused = 0, cutOff = 0;
            for (Socket s : bodies) {
                String reply = readAll(s);
                if (reply.contains("\"too_many_connections\"")) refused++;
                else if (reply.startsWith("HTTP/1.1 408") && reply.contains("\"request_timeout\"")) cutOff++;
            }
            assertEquals(8, refused, "20 connections from one address, 12 allowed");
            assertEquals(12, cutOff, "each trickling body is cut off with a JSON 408");
            for (Socket s : headers) assertTrue(closedBy(s), "a connection that never finishes its headers is closed");
        } finally {
            for (Socket s : bodies) s.close();
            for (Socket s : headers) s.close();
        }
    }

    @Test
    void anAddressThatClosesItsConnectionsIsNeverRefusedForOnesItNoLongerHolds() throws Exception {
        for (int i = 0; i < 30; i++) { // more than the cap of 12, one at a time, each closed before the next opens
            try (Socket s = open("127.0.0.4", "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
                String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(reply.startsWith("HTTP/1.1 200"), "connection " + (i + 1) + ": " + reply);
            }
        }
    }

    @Test
    void aBurstOfLongQuestionsGetsAnswersOr503WithRetryAfter() throws Exception {
        String longQuestion = JSON.writeValueAsString(Map.of("question",
                ("What did Microsoft and OpenAI change about revenue sharing, exclusivity and the AGI clause? ").repeat(25)
                        .substring(0, 2000)));
        List<CompletableFuture<HttpResponse<String>>> asks = new ArrayList<>();
        for (int i = 0; i < 10; i++) asks.add(HTTP.sendAsync(request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(longQuestion)).build(), HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        int answered = 0, busy = 0;
        for (var f : asks) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) answered++;
            else {
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.headers().toString());
                assertEquals("overloaded", JSON.readTree(r.body()).get("error").asText());
                busy++;
            }
        }
        assertTrue(answered >= 1 && busy >= 1, answered + " answered, " + busy + " told to retry");
        assertTrue(SERVER.metrics().scrape().contains("status=\"503\""), "503s are counted");
    }

    static Socket open(String from, String start) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", SERVER.port()), 2000);
        s.setSoTimeout(8000);
        s.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    static void trickle(Socket s, String oneByte) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(oneByte.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            // closed by the server: what should happen sooner or later
        }
    }

    static String readAll(Socket s) {
        StringBuilder sb = new StringBuilder();
        try {
            InputStream in = s.getInputStream();
            byte[] b = new byte[4096];
            for (int n; (n = in.read(b)) != -1; ) sb.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // reset or timed out: keep what arrived
        }
        return sb.toString();
    }

    static boolean closedBy(Socket s) {
        try {
            return s.getInputStream().read() == -1;
        } catch (IOException e) {
            return !e.getMessage().contains("timed out");
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.port() + path));
    }
}
