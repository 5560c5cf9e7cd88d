package dev.dealbot.slack;

import com.slack.api.app_backend.SlackSignature.Generator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests to a running dealbot, signed with Slack's own Java SDK ({@code SlackSignature.Generator}). */
public final class SlackRequests {
    public static final String SECRET = "test-signing-secret-8f14e45fceea167a5a36dedd4bea2543";
    public static final String BOT_TOKEN = "xoxb-test-bot-token";
    static final String MATTERMOST_TOKEN = "mm-test-token-123";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public SlackRequests(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** {@code v0=...} for {@code body} at {@code timestamp}, computed by Slack's SDK. */
    static String sign(String secret, long timestamp, String body) {
        return new Generator(secret).generate(String.valueOf(timestamp), body);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> command(String text, String responseUrl) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("token", "deprecated-verification-token");
        m.put("team_id", "T0001");
        m.put("channel_id", "C0001");
        m.put("user_id", "U0001");
        m.put("command", "/dealbot");
        m.put("text", text);
        m.put("response_url", responseUrl);
        m.put("trigger_id", "1.2.3");
        return m;
    }

    /** POST {@code body} signed with {@code secret} at {@code timestamp}, plus any extra headers (name, value, ...). */
    HttpResponse<String> signed(String path, String contentType, String body, String secret, long timestamp,
            String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, contentType, body)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", sign(secret, timestamp, body));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signed(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return signed(path, contentType, body, SECRET, now(), headers);
    }

    /** POST without any signature headers. */
    HttpResponse<String> unsigned(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, contentType, body);
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
