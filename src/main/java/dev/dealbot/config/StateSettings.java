package dev.dealbot.config;

import dev.dealbot.helper.Validate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where replica-shared state lives (conversations, Slack event ids, rate-limit buckets): {@code memory} (one
 * process, nothing to install) or {@code redis} at {@code url}. The Redis password is a secret: env only
 * ({@code DEALBOT_STATE_PASSWORD}), never in the URL.
 *
 * @param store {@code memory} or {@code redis}
 * @param url {@code redis://host:port/db} (or {@code rediss://} for TLS); required for {@code redis}
 * @param timeoutMillis connect and read timeout of one Redis call; past it the replica answers from local state
 * @param poolSize pooled Redis connections per replica (as many as {@code server.threads}: no request waits for one)
 * @param checkMillis how often Redis is pinged, so a degraded replica notices it is back
 * @param keyPrefix prepended to every key, so several deployments can share one Redis
 * @param answerTtlMinutes how long a first-turn answer shared through Redis is kept (the answer cache, if on)
 */
public record StateSettings(String store, String url, int timeoutMillis, int poolSize, int checkMillis, String keyPrefix,
        int answerTtlMinutes) {
    public static final StateSettings DEFAULTS = new StateSettings("memory", null, 500, 32, 1000, "dealbot:", 60);

    public StateSettings {
        store = store == null || store.isBlank() ? "memory" : store.trim().toLowerCase(Locale.ROOT);
        Validate.isTrue(store.equals("memory") || store.equals("redis"), "state.store",
                "must be memory or redis, got '" + store + "'");
        if (url != null && url.isBlank()) url = null;
        // a section that names only some settings keeps the defaults of the others
        if (timeoutMillis == 0) timeoutMillis = 500;
        if (poolSize == 0) poolSize = 32;
        if (checkMillis == 0) checkMillis = 1000;
        if (answerTtlMinutes == 0) answerTtlMinutes = 60;
        if (store.equals("redis")) checkUrl(url);
        Validate.inRange(timeoutMillis, 10, 60_000, "state.timeoutMillis");
        Validate.inRange(poolSize, 1, 1024, "state.poolSize");
        Validate.inRange(checkMillis, 100, 60_000, "state.checkMillis");
        Validate.inRange(answerTtlMinutes, 1, 7 * 24 * 60, "state.answerTtlMinutes");
        if (keyPrefix == null) keyPrefix = "dealbot:";
        Validate.maxLength(keyPrefix, 64, "state.keyPrefix");
    }

    /** With the default answer time to live. */
    public StateSettings(String store, String url, int timeoutMillis, int poolSize, int checkMillis, String keyPrefix) {
        this(store, url, timeoutMillis, poolSize, checkMillis, keyPrefix, 0);
    }

    public boolean redis() {
        return store.equals("redis");
    }

    public URI uri() {
        return url == null ? null : URI.create(url);
    }

    private static void checkUrl(String url) {
        Validate.isTrue(url != null, "state.url", "is required when state.store is redis, e.g. redis://127.0.0.1:6379/0");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new dev.dealbot.helper.ValidationException("state.url", "state.url is not a URL (redis://host:port/db)");
        }
        Validate.isTrue("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme()), "state.url",
                "must start with redis:// or rediss://, got '" + uri.getScheme() + "://'");
        Validate.isTrue(uri.getHost() != null, "state.url", "needs a host, e.g. redis://127.0.0.1:6379/0");
        Validate.isTrue(uri.getRawUserInfo() == null, "state.url",
                "must not hold a user or password; set the password in DEALBOT_STATE_PASSWORD");
        String path = uri.getPath() == null ? "" : uri.getPath();
        Validate.isTrue(path.matches("(/([0-9]|1[0-5])?)?"), "state.url",
                "database must be a number 0-15 (redis://host:port/0), got '" + path + "'");
        Validate.isTrue(uri.getRawQuery() == null && uri.getRawFragment() == null, "state.url",
                "takes no query or fragment");
    }

    /** The database number in the URL's path (0 when absent). */
    public int database() {
        String path = uri().getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }
}
