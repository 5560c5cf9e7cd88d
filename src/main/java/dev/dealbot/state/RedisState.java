package dev.dealbot.state;

import dev.dealbot.config.Secrets;
import dev.dealbot.config.StateSettings;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * One pooled Jedis client and whether Redis is reachable. Every call runs through {@link #call}: while Redis is up
 * it runs against Redis, and a failure (refused, timed out, pool exhausted) marks it down and serves the local
 * fallback instead; while it is down calls go straight to the fallback (no timeout per request), and a background
 * PING every {@code checkMillis} brings it back up as soon as Redis answers again.
 */
final class RedisState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisState.class);

    private final RedisClient client;
    private final String where;
    private final String prefix;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicLong fallbacks = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    private final ScheduledExecutorService checker;

    RedisState(StateSettings settings, Secrets secrets) {
        var uri = settings.uri();
        int port = uri.getPort() < 0 ? 6379 : uri.getPort();
        this.where = uri.getHost() + ":" + port + "/" + settings.database(); // never the password
        this.prefix = settings.keyPrefix();
        var clientConfig = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(settings.timeoutMillis())
                .socketTimeoutMillis(settings.timeoutMillis())
                .database(settings.database())
                .ssl("rediss".equals(uri.getScheme()))
                .clientName("dealbot");
        secrets.statePassword().ifPresent(clientConfig::password);
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(0);
        pool.setMaxWait(Duration.ofMillis(settings.timeoutMillis())); // a full pool is a failure, not a queue
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        this.client = RedisClient.builder().hostAndPort(new HostAndPort(uri.getHost(), port))
                .clientConfig(clientConfig.build()).poolConfig(pool).build();
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dealbot-state-check");
            t.setDaemon(true);
            return t;
        });
        check();
        checker.scheduleWithFixedDelay(this::check, settings.checkMillis(), settings.checkMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code op} against Redis while it is up; {@code fallback} while it is down or when {@code op} fails. */
    <T> T call(Function<UnifiedJedis, T> op, Supplier<T> fallback) {
        if (up.get()) {
            try {
                return op.apply(client);
            } catch (RuntimeException e) {
                if (!poolExhausted(e)) down(e); // a full pool is load, not an outage: this call alone falls back
            }
        }
        fallbacks.incrementAndGet();
        return fallback.get();
    }

    /** A key in this deployment's namespace. */
    String key(String kind, String id) {
        return prefix + kind + ":" + id;
    }

    boolean up() {
        return up.get();
    }

    StateHealth health() {
        return new StateHealth("redis", !up.get(), fallbacks.get(), outages.get());
    }

    /** Pings Redis: the way back up after an outage, and how an idle replica notices one. */
    void check() {
        try {
            client.ping();
            if (up.compareAndSet(false, true)) LOG.info("state: Redis at {} is reachable again; shared state resumed", where);
        } catch (RuntimeException e) {
            down(e);
        }
    }

    private void down(RuntimeException e) {
        if (up.compareAndSet(true, false)) {
            outages.incrementAndGet();
            LOG.warn("state: Redis at {} failed ({}); answering from this replica's memory until it is back", where,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            client.getPool().clear(); // idle connections to the old server are dead: fresh ones after recovery
        }
    }

    private static boolean poolExhausted(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof java.util.NoSuchElementException) return true;
        return false;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        checker.shutdownNow();
        client.close();
    }
}
