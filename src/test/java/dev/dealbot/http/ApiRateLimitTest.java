package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.testing.ServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every API client has a budget, not only browser pages: a caller without {@code Origin} (a script, another server,
 * here loopback, which is not exempt) gets 429 with Retry-After once its {@code DEALBOT_RATE_LIMIT_PER_MINUTE} is
 * spent; {@code /health} and {@code /metrics} are never limited.
 */
class ApiRateLimitTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension(Map.of("DEALBOT_RATE_LIMIT_PER_MINUTE", "3"), List.of());
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aCallerWithoutOriginIsLimitedButHealthNever() throws Exception {
        for (int i = 0; i < 3; i++) assertEquals(200, get("/api/sources").statusCode());
        HttpResponse<String> limited = HTTP.send(HttpRequest.newBuilder(uri("/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"What is Frontier?\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, limited.statusCode(), limited.body());
        JsonNode body = JSON.readTree(limited.body());
        assertEquals("rate_limited", body.get("error").asText());
        long retry = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retry >= 1 && retry <= 20, "about a minute / 3 per token: " + retry);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, get("/health").statusCode());
            assertEquals(200, get("/metrics").statusCode());
        }
        assertTrue(get("/metrics").body().contains("status=\"429\""), "429s are counted");
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + SERVER.port() + path);
    }
}
