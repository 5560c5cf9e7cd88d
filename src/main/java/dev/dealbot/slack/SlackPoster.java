package dev.dealbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.http.HttpApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a message to a {@code response_url} or to {@code chat.postMessage}, with java.net.http. Honours 429
 * {@code Retry-After}, retries 5xx and I/O failures with exponential backoff, and makes at most
 * {@link #MAX_ATTEMPTS} posts per message (Slack allows 5 per {@code response_url}). When it gives up, the
 * undelivered text is logged with the request id, so no answer is lost silently. Tokens and URLs are never logged.
 */
final class SlackPoster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
    static final int MAX_ATTEMPTS = 5;
    /** Slack Web API errors (HTTP 200, {@code ok:false}) worth another try. */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");

    /** Where a message goes; {@code botToken} is null for a {@code response_url}. */
    record Target(URI url, String botToken, String description) {
        @Override
        public String toString() {
            return description; // never the URL (a response_url is a credential) or the token
        }
    }

    private final HttpClient http;
    private final Duration baseBackoff;
    private final Duration maxRetryAfter;

    SlackPoster(Duration baseBackoff, Duration maxRetryAfter) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.baseBackoff = baseBackoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** Posts {@code message}; true once delivered. Blocks while backing off, so call it off the request thread. */
    boolean post(Target target, ObjectNode message, String requestId) {
        byte[] body;
        try {
            body = HttpApi.JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message is not serialisable", e);
        }
        String reason = "not attempted";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long waitMillis;
            try {
                HttpResponse<String> res = http.send(request(target, body), HttpResponse.BodyHandlers.ofString());
                int status = res.statusCode();
                if (status / 100 == 2) {
                    String apiError = target.botToken() == null ? null : apiError(res.body());
                    if (apiError == null) {
                        LOG.info("slack post delivered request={} target={} attempts={}", requestId, target, attempt);
                        return true;
                    }
                    reason = "Slack API error " + apiError;
                    if (!TRANSIENT_ERRORS.contains(apiError)) break;
                    waitMillis = retryAfterMillis(res).orElse(backoffMillis(attempt));
                } else if (status == 429) {
                    reason = "HTTP 429";
                    waitMillis = retryAfterMillis(res).orElse(backoffMillis(attempt));
                    if (waitMillis > maxRetryAfter.toMillis()) {
                        reason = "HTTP 429 with Retry-After " + waitMillis / 1000 + " s";
                        break;
                    }
                } else if (status / 100 == 5 || status == 408) {
                    reason = "HTTP " + status;
                    waitMillis = backoffMillis(attempt);
                } else {
                    reason = "HTTP " + status; // 4xx: an expired response_url, a bad payload: retrying will not help
                    break;
                }
            } catch (IOException e) {
                reason = e.getClass().getSimpleName();
                waitMillis = backoffMillis(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = "interrupted";
                break;
            }
            if (attempt == MAX_ATTEMPTS) break;
            LOG.warn("slack post failed request={} target={} attempt={} reason={}; retrying in {} ms",
                    requestId, target, attempt, reason, waitMillis);
            if (!sleep(waitMillis)) {
                reason = "interrupted";
                break;
            }
        }
        LOG.error("slack post gave up request={} target={} reason={}; undelivered message: {}", requestId, target,
                reason, message.path("text").asText());
        return false;
    }

    private static HttpRequest request(Target target, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.url()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target.botToken() != null) b.header("Authorization", "Bearer " + target.botToken());
        return b.build();
    }

    /** The {@code error} of a Web API reply with {@code ok:false}; null when ok (or not JSON: a response_url says "ok"). */
    private static String apiError(String body) {
        try {
            JsonNode node = HttpApi.JSON.readTree(body);
            if (node == null || !node.isObject() || node.path("ok").asBoolean(false)) return null;
            return node.path("error").asText("unknown_error");
        } catch (JsonProcessingException | RuntimeException e) {
            return "unreadable_response";
        }
    }

    private static java.util.Optional<Long> retryAfterMillis(HttpResponse<?> res) {
        return res.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return java.util.Optional.of(Math.max(0, Long.parseLong(v.trim())) * 1000);
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private long backoffMillis(int attempt) {
        long base = baseBackoff.toMillis() << Math.min(attempt - 1, 6);
        return Math.min(30_000, base + ThreadLocalRandom.current().nextLong(base / 4 + 1));
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
