package dev.dealbot.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** At most {@code perMinute} ratings per client key in each client's one-minute window; bounded in clients. */
final class FeedbackLimiter {
    private static final int MAX_CLIENTS = 100_000;
    private final int perMinute;
    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    FeedbackLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean allow(String client) {
        return windows.get(client, k -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
