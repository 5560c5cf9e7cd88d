package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.SECRET;
import static dev.dealbot.slack.SlackRequests.sign;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Our verifier against signatures made by Slack's own SDK ({@code SlackSignature.Generator}). */
class SlackSignatureTest {
    static final long NOW = 1_777_300_000L;
    static final String BODY = "token=x&team_id=T0001&command=%2Fdealbot&text=until+when%3F&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1";
    final SlackSignature verifier = new SlackSignature(SECRET, 300, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    boolean valid(String ts, String sig, String body) {
        return verifier.isValid(ts, sig, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsSlacksSignature() {
        assertTrue(valid(String.valueOf(NOW), sign(SECRET, NOW, BODY), BODY));
        String json = "{\"type\":\"url_verification\",\"challenge\":\"ünïcödé ✓\"}";
        assertTrue(valid(String.valueOf(NOW), sign(SECRET, NOW, json), json));
    }

    @Test
    void rejectsTamperedBody() {
        assertFalse(valid(String.valueOf(NOW), sign(SECRET, NOW, BODY), BODY.replace("until", "since")));
        assertFalse(valid(String.valueOf(NOW), sign(SECRET, NOW, BODY), BODY + "&x=1"));
    }

    @Test
    void rejectsWrongSecret() {
        assertFalse(valid(String.valueOf(NOW), sign("another-secret", NOW, BODY), BODY));
    }

    @Test
    void rejectsStaleAndFutureTimestampsBeyondTheSkew() {
        assertTrue(valid(String.valueOf(NOW - 300), sign(SECRET, NOW - 300, BODY), BODY));
        assertTrue(valid(String.valueOf(NOW + 300), sign(SECRET, NOW + 300, BODY), BODY));
        assertFalse(valid(String.valueOf(NOW - 301), sign(SECRET, NOW - 301, BODY), BODY));
        assertFalse(valid(String.valueOf(NOW + 301), sign(SECRET, NOW + 301, BODY), BODY));
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        assertFalse(valid(null, sign(SECRET, NOW, BODY), BODY));
        assertFalse(valid(String.valueOf(NOW), null, BODY));
        assertFalse(valid("", "", BODY));
        assertFalse(valid("not-a-number", sign(SECRET, NOW, BODY), BODY));
        assertFalse(valid(String.valueOf(NOW), sign(SECRET, NOW, BODY).replace("v0=", "v1="), BODY));
        assertFalse(valid(String.valueOf(NOW), sign(SECRET, NOW, BODY).substring(0, 20), BODY));
    }

    @Test
    void comparesSecretsInFull() {
        assertTrue(SlackSignature.sameSecret("abc", "abc"));
        assertFalse(SlackSignature.sameSecret("abc", "abcd"));
        assertFalse(SlackSignature.sameSecret("abc", ""));
        assertFalse(SlackSignature.sameSecret("abc", null));
    }
}
