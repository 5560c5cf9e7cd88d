package dev.dealbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.cache.AnswerCache;
import dev.dealbot.cache.AnswerKey;
import dev.dealbot.cache.CachedAnswer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * First-turn answers shared by all replicas through Redis, in front of this replica's own cache ({@code local},
 * asked first and filled from Redis hits; also what serves while Redis is down). An entry is immutable for its key —
 * the question, mode, model and the version of what was indexed — so copies never go stale; the key is hashed
 * (SHA-256) so a long question makes no long key. Bounded: at most {@code maxEntries} entries (oldest first out, one
 * Lua script with the write), each at most {@link #MAX_ENTRY_BYTES}, each expiring after {@code ttlMillis}.
 */
final class RedisAnswerCache implements AnswerCache {
    static final int MAX_ENTRY_BYTES = 64 * 1024;
    /** KEYS: entry, index set. ARGV: value, ttl ms, max entries. */
    private static final String PUT = """
            local ttl = tonumber(ARGV[2])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ttl)
            redis.call('ZADD', KEYS[2], now, KEYS[1])
            local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
            if over > 0 then
              local popped = redis.call('ZPOPMIN', KEYS[2], over)
              for i = 1, #popped, 2 do redis.call('DEL', popped[i]) end
            end
            redis.call('PEXPIRE', KEYS[2], ttl)
            return 1
            """;
    /** KEYS: index set. Deletes every listed entry, then the set. */
    private static final String CLEAR = """
            local keys = redis.call('ZRANGE', KEYS[1], 0, -1)
            for i = 1, #keys, 500 do redis.call('DEL', unpack(keys, i, math.min(i + 499, #keys))) end
            redis.call('DEL', KEYS[1])
            return #keys
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisState redis;
    private final AnswerCache local;
    private final int maxEntries;
    private final long ttlMillis;
    private final String index;

    RedisAnswerCache(RedisState redis, AnswerCache local, int maxEntries, long ttlMillis) {
        this.redis = redis;
        this.local = local;
        this.maxEntries = maxEntries;
        this.ttlMillis = ttlMillis;
        this.index = redis.key("answers", "index");
    }

    @Override
    public Optional<CachedAnswer> get(AnswerKey key) {
        Optional<CachedAnswer> near = local.get(key);
        if (near.isPresent()) return near;
        Optional<CachedAnswer> shared = redis.call(r -> Optional.ofNullable(r.get(entry(key))).flatMap(RedisAnswerCache::parse),
                Optional::empty);
        shared.ifPresent(a -> local.put(key, a));
        return shared;
    }

    @Override
    public void put(AnswerKey key, CachedAnswer answer) {
        local.put(key, answer);
        String json;
        try {
            json = JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            return; // not shareable: this replica keeps it
        }
        if (json.length() > MAX_ENTRY_BYTES) return;
        redis.call(r -> r.eval(PUT, List.of(entry(key), index), List.of(json, String.valueOf(ttlMillis),
                String.valueOf(maxEntries))), () -> null);
    }

    @Override
    public void clear() {
        local.clear();
        redis.call(r -> r.eval(CLEAR, List.of(index), List.of()), () -> null);
    }

    @Override
    public long size() {
        return redis.call(r -> r.zcard(index), local::size);
    }

    private String entry(AnswerKey key) {
        return redis.key("answer", sha256(key.id()));
    }

    private static Optional<CachedAnswer> parse(String json) {
        try {
            CachedAnswer a = JSON.readValue(json, CachedAnswer.class);
            return a == null || a.answer() == null ? Optional.empty() : Optional.of(a);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // not ours, or an older format: a miss
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
