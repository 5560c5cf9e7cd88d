package dev.dealbot.state;

import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;

/** {@link SharedValues} as Redis strings with a time to live ({@code SET PX}, {@code GET}). */
final class RedisValues implements SharedValues {
    private final RedisState redis;
    private final String kind;
    private final long ttlMillis;

    RedisValues(RedisState redis, String kind, Duration ttl) {
        this.redis = redis;
        this.kind = kind;
        this.ttlMillis = ttl.toMillis();
    }

    @Override
    public void put(String id, String value) {
        redis.call(r -> r.set(redis.key(kind, id), value, SetParams.setParams().px(ttlMillis)), () -> null);
    }

    @Override
    public Optional<String> get(String id) {
        return Optional.ofNullable(redis.call(r -> r.get(redis.key(kind, id)), () -> null));
    }
}
