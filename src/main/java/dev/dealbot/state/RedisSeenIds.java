package dev.dealbot.state;

import java.time.Duration;
import redis.clients.jedis.params.SetParams;

/**
 * Seen ids in Redis ({@code SET NX PX}): the first replica to claim an id answers it, every other replica and every
 * retry sees it taken. This replica's {@code local} memory is asked first and remembers the ids this replica claimed,
 * so while Redis is down retries reaching this replica are still caught.
 */
final class RedisSeenIds implements SeenIds {
    private final RedisState redis;
    private final String kind;
    private final long ttlMillis;
    private final SeenIds local;

    RedisSeenIds(RedisState redis, String kind, Duration ttl, SeenIds local) {
        this.redis = redis;
        this.kind = kind;
        this.ttlMillis = ttl.toMillis();
        this.local = local;
    }

    @Override
    public boolean firstTime(String id) {
        if (!local.firstTime(id)) return false;
        boolean claimed = redis.call(r -> r.set(redis.key(kind, id), "1", SetParams.setParams().nx().px(ttlMillis)) != null,
                () -> true);
        if (!claimed) local.forget(id); // another replica's: if it forgets the id, a retry reaching us is answered
        return claimed;
    }

    @Override
    public void forget(String id) {
        local.forget(id);
        redis.call(r -> r.del(redis.key(kind, id)), () -> 0L);
    }
}
