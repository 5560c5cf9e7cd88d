package dev.dealbot.state;

import dev.dealbot.limit.RateLimiter;
import java.util.List;

/**
 * A token bucket per client key in Redis, so a client's budget is one budget however many replicas it reaches:
 * {@code perMinute} tokens of burst, refilled evenly over a minute, exactly like the in-memory bucket. One Lua
 * script refills, takes and re-arms expiry atomically on Redis's clock (replicas' clocks never matter); a bucket
 * untouched for a minute is full, so it simply expires. While Redis is down this replica's own buckets decide.
 */
final class RedisRateBuckets implements RateLimiter {
    /** KEYS: the bucket. ARGV: capacity, window ms. Returns 0 when a token was taken, else whole seconds to wait. */
    private static final String TAKE = """
            local cap = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(b[1]) or cap
            local at = tonumber(b[2]) or now
            tokens = math.min(cap, tokens + math.max(0, now - at) * cap / window)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.max(1, math.ceil((1 - tokens) * window / cap / 1000))
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], window)
            return wait
            """;
    private static final long WINDOW_MILLIS = 60_000;

    private final RedisState redis;
    private final String kind;
    private final int perMinute;
    private final RateLimiter local;

    RedisRateBuckets(RedisState redis, String kind, int perMinute, RateLimiter local) {
        this.redis = redis;
        this.kind = kind;
        this.perMinute = perMinute;
        this.local = local;
    }

    @Override
    public long acquire(String client) {
        return redis.call(r -> (Long) r.eval(TAKE, List.of(redis.key(kind, client)),
                List.of(String.valueOf(perMinute), String.valueOf(WINDOW_MILLIS))), () -> local.acquire(client));
    }
}
