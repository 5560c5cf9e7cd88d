package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/**
 * Bounds that keep one client (or many) from taking the server down.
 *
 * @param requestsPerMinute per-client budget for API callers that are not browser pages (browsers have
 *     {@code widget.requestsPerMinute}); 0 turns it off, for benchmarks and evaluation runs
 * @param answerThreads threads that answer questions (0: one per core)
 * @param answerQueue questions that may wait for a worker; past it a question gets 503 with Retry-After at once
 * @param maxQueueMillis a question that waited this long for a worker gets 503 instead of a late answer
 * @param idleTimeoutSeconds a connection that sends nothing for this long is closed
 * @param headerTimeoutSeconds a new connection must have sent its first request's headers within this time
 * @param bodyTimeoutSeconds a request body must have arrived in full within this time of its headers (408 otherwise)
 * @param minBytesPerSecond a request body that arrives slower than this is cut off (408)
 * @param connectionsPerClient open connections one client address may hold (trusted proxies are not counted)
 */
public record LimitSettings(int requestsPerMinute, int answerThreads, int answerQueue, int maxQueueMillis,
        int idleTimeoutSeconds, int headerTimeoutSeconds, int bodyTimeoutSeconds, int minBytesPerSecond,
        int connectionsPerClient) {
    public static final LimitSettings DEFAULTS = new LimitSettings(120, 0, 32, 1000, 30, 10, 10, 512, 32);

    public LimitSettings {
        Validate.inRange(requestsPerMinute, 0, 1_000_000, "limits.requestsPerMinute");
        Validate.inRange(answerThreads, 0, 256, "limits.answerThreads");
        Validate.inRange(answerQueue, 1, 10_000, "limits.answerQueue");
        Validate.inRange(maxQueueMillis, 10, 600_000, "limits.maxQueueMillis");
        Validate.inRange(idleTimeoutSeconds, 1, 3600, "limits.idleTimeoutSeconds");
        Validate.inRange(headerTimeoutSeconds, 1, 3600, "limits.headerTimeoutSeconds");
        Validate.inRange(bodyTimeoutSeconds, 1, 3600, "limits.bodyTimeoutSeconds");
        Validate.inRange(minBytesPerSecond, 0, 1 << 30, "limits.minBytesPerSecond");
        Validate.inRange(connectionsPerClient, 1, 1_000_000, "limits.connectionsPerClient");
    }

    /** The answering threads: {@code answerThreads}, or one per core. */
    public int threads() {
        return answerThreads > 0 ? answerThreads : Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
