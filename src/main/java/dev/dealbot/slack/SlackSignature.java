package dev.dealbot.slack;

import com.slack.api.app_backend.SlackSignature.Generator;
import com.slack.api.app_backend.SlackSignature.HeaderNames;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Checks Slack's request signature. The expected {@code v0=} value comes from the Slack SDK's own
 * {@link Generator} (HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} with the signing secret); it is compared with
 * the given one in constant time, and the timestamp must be within {@code maxSkewSeconds} of now in either
 * direction (replay protection). The SDK's {@code SlackSignature.Verifier} is not used as the final check because it
 * compares with {@code String.equals} (time depends on the first differing character) and accepts any future
 * timestamp with a fixed 5-minute window.
 */
final class SlackSignature {
    static final String TIMESTAMP_HEADER = HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
    static final String SIGNATURE_HEADER = HeaderNames.X_SLACK_SIGNATURE;

    private final Generator generator;
    private final long maxSkewSeconds;
    private final Clock clock;

    SlackSignature(String signingSecret, long maxSkewSeconds, Clock clock) {
        this.generator = new Generator(signingSecret);
        this.maxSkewSeconds = maxSkewSeconds;
        this.clock = clock;
        generator.generate("0", ""); // load the JCE provider now, not on the first request Slack times
    }

    /**
     * True when the headers could belong to a valid request (both present, a fresh timestamp, a {@code v0=} HMAC of the
     * right length): checked before the body is read, so unsigned requests cost no body read.
     */
    boolean plausible(String timestamp, String signature) {
        if (timestamp == null || signature == null) return false;
        String sig = signature.trim();
        if (!sig.startsWith("v0=") || sig.length() != 67) return false;
        try {
            return Math.abs(clock.millis() / 1000 - Long.parseLong(timestamp.trim())) <= maxSkewSeconds;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** True only when both headers are present, the timestamp is fresh and the signature matches {@code body}. */
    boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null) return false;
        String ts = timestamp.trim();
        long seconds;
        try {
            seconds = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.millis() / 1000 - seconds) > maxSkewSeconds) return false;
        String expected = generator.generate(ts, new String(body, StandardCharsets.UTF_8));
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** Constant-time comparison of two secrets (hashed first, so not even the length leaks). */
    static boolean sameSecret(String expected, String given) {
        if (expected == null || given == null) return false;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] a = sha.digest(expected.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha.digest(given.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
