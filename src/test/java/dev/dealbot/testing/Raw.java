package dev.dealbot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests with the JDK client, for what an SDK would never send (malformed bodies, missing keys). */
public final class Raw {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, headers and body text. */
    public record Response(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public JsonNode json() throws Exception {
            return JSON.readTree(raw.body());
        }
    }

    private Raw() {}

    /** POSTs {@code body} as JSON, with {@code Authorization: Bearer key} unless {@code key} is null. */
    public static Response post(String url, String key, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) b.header("Authorization", "Bearer " + key);
        if (headers.length > 0) b.headers(headers);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r);
    }

    public static Response get(String url, String key, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (key != null) b.header("Authorization", "Bearer " + key);
        if (headers.length > 0) b.headers(headers);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r);
    }

    /** An OpenAI-style error: {@code {"error": {"message", "type", "param", "code"}}} with this status and code. */
    public static void assertError(Response r, int status, String code, String messagePart) throws Exception {
        assertEquals(status, r.status(), r.body());
        JsonNode error = r.json().get("error");
        assertTrue(error != null && error.isObject(), "an OpenAI error object: " + r.body());
        assertEquals(code, error.get("code").asText(), r.body());
        assertTrue(error.get("type").isTextual() && error.has("param"), r.body());
        assertTrue(error.get("message").asText().contains(messagePart), "'" + messagePart + "' in " + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    }
}
