package dev.dealbot.answer;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids for answers (96 random bits, URL-safe), so feedback names one answer and cannot be forged for another. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String answerId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
