package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.SECRET;
import static dev.dealbot.slack.SlackRequests.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature.Generator;
import com.slack.api.app_backend.SlackSignature.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our check against signatures made by Slack's own SDK ({@code SlackSignature.Generator}), and against the SDK's
 * {@code SlackSignature.Verifier} as the oracle wherever that one's rules apply.
 */
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
    void agreesWithTheSdksOwnVerifierInsideItsWindow() {
        Verifier sdk = new Verifier(new Generator(SECRET));
        String[] bodies = {BODY, "{\"type\":\"event_callback\",\"text\":\"ünïcödé ✓ 🤝\"}", "", "payload=%7B%7D"};
        Random random = new Random(8);
        int accepted = 0;
        for (int i = 0; i < 2_000; i++) {
            long ts = NOW - random.nextInt(300); // the SDK accepts only the last 300 s; future ones are tested above
            String body = bodies[random.nextInt(bodies.length)];
            String sig = sign(SECRET, ts, body);
            switch (random.nextInt(6)) {
                case 0 -> { } // genuine
                case 1 -> { // one hex digit changed
                    int at = 3 + random.nextInt(64);
                    char c = sig.charAt(at);
                    sig = sig.substring(0, at) + (c == '0' ? '1' : '0') + sig.substring(at + 1);
                }
                case 2 -> sig = sign(SECRET, ts, body + " ");
                case 3 -> sig = sign("another-secret", ts, body);
                case 4 -> sig = sig.substring(0, random.nextInt(sig.length()));
                default -> sig = "v0=" + HexFormat.of().formatHex(new byte[32]);
            }
            boolean theirs = sdk.isValid(String.valueOf(ts), body, sig, NOW * 1000);
            assertEquals(theirs, valid(String.valueOf(ts), sig, body), ts + " " + sig + " " + body);
            if (theirs) accepted++;
        }
        assertTrue(accepted > 200 && accepted < 600, "both kinds of case were checked: " + accepted);
    }

    @Test
    void comparesSecretsInFull() {
        assertTrue(SlackSignature.sameSecret("abc", "abc"));
        assertFalse(SlackSignature.sameSecret("abc", "abcd"));
        assertFalse(SlackSignature.sameSecret("abc", ""));
        assertFalse(SlackSignature.sameSecret("abc", null));
    }
}
