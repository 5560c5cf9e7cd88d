package dev.dealbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} with the
 * signing secret, and a timestamp within {@code maxSkewSeconds} of now in either direction (replay protection).
 */
final class SlackSignature {
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String SIGNATURE_HEADER = "X-Slack-Signature";

    private final SecretKeySpec key;
    private final long maxSkewSeconds;
    private final Clock clock;

    SlackSignature(String signingSecret, long maxSkewSeconds, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.maxSkewSeconds = maxSkewSeconds;
        this.clock = clock;
        hmac("0", new byte[0]); // load the JCE provider now, not on the first request Slack times
    }

    /** True only when both headers are present, the timestamp is fresh and the signature matches {@code body}. */
    boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null) return false;
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.millis() / 1000;
        if (Math.abs(now - ts) > maxSkewSeconds) return false;
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.trim(), body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
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
