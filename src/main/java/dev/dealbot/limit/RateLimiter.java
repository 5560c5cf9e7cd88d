package dev.dealbot.limit;

/**
 * A per-client request budget. Implementations: {@link LocalRateLimiter} (this process's memory); a shared store can
 * stand in so that replicas share one budget per client.
 */
public interface RateLimiter {
    /** No limit (a budget of 0 requests per minute in the settings). */
    RateLimiter OFF = client -> 0;

    /** Takes one request from {@code client}'s budget: 0 when granted, else the whole seconds to wait (at least 1). */
    long acquire(String client);
}
