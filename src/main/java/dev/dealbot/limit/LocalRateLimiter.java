package dev.dealbot.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client key: {@code perMinute} tokens of burst, refilled evenly over a minute.
 * Idle (full) buckets are dropped when the map grows, so memory stays bounded under many clients.
 */
public final class LocalRateLimiter implements RateLimiter {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final class Bucket {
        private double tokens = perMinute;
        private long updated = nanoClock.getAsLong();

        /** Takes one token; returns 0 when granted, else the whole seconds until one is available (at least 1). */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) MINUTE_NANOS / perMinute;
            double wait = (1 - tokens) * nanosPerToken;
            return Math.max(1, (long) Math.ceil(wait / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            tokens = Math.min(perMinute, tokens + elapsed * (double) perMinute / MINUTE_NANOS);
            updated = now;
        }
    }

    public LocalRateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be at least 1");
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    public LocalRateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** 0 if {@code client} may make a request now, else the seconds to wait (the {@code Retry-After} value). */
    @Override
    public long acquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) buckets.values().removeIf(b -> b.full(now));
        return buckets.computeIfAbsent(client, k -> new Bucket()).take(now);
    }

    public int clients() {
        return buckets.size();
    }
}
