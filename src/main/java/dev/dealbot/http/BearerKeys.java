package dev.dealbot.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The API keys of {@code DEALBOT_API_KEYS}, checked in constant time: the presented key and every configured key are
 * compared as SHA-256 digests (equal length, so neither the key's length nor the position of a mismatch shows in
 * the timing), and all keys are compared every time. Only the digests are kept.
 */
public final class BearerKeys {
    /** What an {@code Authorization} header says about the caller. */
    public enum Check { MISSING, INVALID, OK }

    private final List<byte[]> digests;

    public BearerKeys(List<String> keys) {
        if (keys.isEmpty()) throw new IllegalArgumentException("at least one API key is needed");
        this.digests = keys.stream().map(BearerKeys::digest).toList();
    }

    /** Checks an {@code Authorization} header value ({@code Bearer <key>}; null when absent). */
    public Check check(String authorization) {
        if (authorization == null || authorization.isBlank()) return Check.MISSING;
        String value = authorization.strip();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) return Check.MISSING;
        byte[] presented = digest(value.substring(7).strip());
        boolean match = false;
        for (byte[] d : digests) match |= MessageDigest.isEqual(d, presented);
        return match ? Check.OK : Check.INVALID;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
