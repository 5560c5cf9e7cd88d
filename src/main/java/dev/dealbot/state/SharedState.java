package dev.dealbot.state;

import dev.dealbot.cache.AnswerCache;
import dev.dealbot.config.ConversationSettings;
import dev.dealbot.config.Secrets;
import dev.dealbot.config.StateSettings;
import dev.dealbot.conversation.ConversationStore;
import dev.dealbot.limit.RateLimiter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * The state a process keeps between requests, per kind: in this process's memory ({@code state.store: memory},
 * the default: nothing to install) or shared by all replicas in Redis ({@code state.store: redis}), each kind then
 * backed by its local store while Redis is down. Built once in {@code Dealbot}; channels ask it for their stores.
 */
public final class SharedState implements AutoCloseable {
    private static final StateHealth MEMORY = new StateHealth("memory", false, 0, 0);

    private final RedisState redis; // null: memory only
    private final StateSettings settings;

    private SharedState(RedisState redis, StateSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Opens the configured store. Redis being unreachable at start is not an error: the replica starts degraded. */
    public static SharedState open(StateSettings settings, Secrets secrets) {
        return new SharedState(settings.redis() ? new RedisState(settings, secrets) : null, settings);
    }

    /** Conversations: {@code local} itself in memory mode, else Redis with {@code local} while it is down. */
    public ConversationStore conversations(ConversationStore local, ConversationSettings settings) {
        return redis == null ? local : new RedisConversationStore(redis, local, settings);
    }

    /**
     * Seen ids of one {@code kind} (e.g. {@code slack-event}), remembered for {@code ttl}: {@code local} itself in
     * memory mode, else Redis with {@code local} asked first and kept for when Redis is down.
     */
    public SeenIds seenIds(String kind, Duration ttl, SeenIds local) {
        return redis == null ? local : new RedisSeenIds(redis, kind, ttl, local);
    }

    /** Values of one {@code kind} kept for {@code ttl} and readable by every replica: none in memory mode. */
    public java.util.Optional<SharedValues> values(String kind, Duration ttl) {
        return redis == null ? java.util.Optional.empty() : java.util.Optional.of(new RedisValues(redis, kind, ttl));
    }

    /**
     * First-turn answers: {@code local} itself in memory mode, else shared through Redis (at most {@code maxEntries},
     * each kept {@code state.answerTtlMinutes}) with {@code local} in front of it and standing in while Redis is down.
     */
    public AnswerCache answerCache(AnswerCache local, int maxEntries) {
        return redis == null ? local
                : new RedisAnswerCache(redis, local, maxEntries, settings.answerTtlMinutes() * 60_000L);
    }

    /**
     * The index version answer-cache keys carry: the index build in memory mode; with Redis, what the index was built
     * from (the corpus content), the same on every replica serving the same {@code docs-corpus/}, so replicas share.
     */
    public String answerVersion(String indexVersion, String corpusHash) {
        return redis == null ? indexVersion : "corpus-" + corpusHash;
    }

    /**
     * A per-client budget of {@code perMinute} for one {@code kind} of caller: {@code local} itself in memory mode,
     * else one token bucket per client in Redis (so N requests over all replicas, not N per replica), with
     * {@code local} deciding while Redis is down.
     */
    public RateLimiter rateLimiter(String kind, int perMinute, RateLimiter local) {
        return redis == null ? local : new RedisRateBuckets(redis, kind, perMinute, local);
    }

    public StateHealth health() {
        return redis == null ? MEMORY : redis.health();
    }

    /** {@code dealbot_state_degraded} (1 while Redis is unreachable), fallbacks and outages counted since start. */
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dealbot.state.degraded", this, s -> s.health().degraded() ? 1 : 0)
                .description("1 while shared state (Redis) is unreachable and this replica answers from its own memory")
                .tag("store", health().store()).register(registry);
        FunctionCounter.builder("dealbot.state.fallbacks", this, s -> s.health().fallbacks())
                .description("State operations served from local memory because Redis was unreachable").register(registry);
        FunctionCounter.builder("dealbot.state.outages", this, s -> s.health().outages())
                .description("Times Redis went from reachable to unreachable").register(registry);
    }

    @Override
    public void close() {
        if (redis != null) redis.close();
    }
}
