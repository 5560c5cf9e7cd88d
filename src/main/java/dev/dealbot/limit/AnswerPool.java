package dev.dealbot.limit;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that answer questions, apart from the server's own (which keep serving {@code /health}, {@code /metrics},
 * the widget script and Slack acks): a fixed number of workers and a bounded queue. A question that finds the queue
 * full, or that waited in it longer than {@code maxWaitMillis}, fails at once with {@link Overloaded} (503 with
 * {@code Retry-After}) instead of making its client wait for a timeout.
 */
public final class AnswerPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final long maxWaitNanos;

    /** Too busy to take this question now; retry after {@link #RETRY_AFTER_SECONDS}. */
    public static final class Overloaded extends RuntimeException {
        Overloaded(String message) {
            super(message, null, false, false);
        }
    }

    public static final int RETRY_AFTER_SECONDS = 1;

    public AnswerPool(int threads, int queue, long maxWaitMillis) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "answer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    }

    /** Runs {@code work} on a worker; the future fails with {@link Overloaded} when the pool cannot take it in time. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long queued = System.nanoTime();
        try {
            executor.execute(() -> {
                if (System.nanoTime() - queued > maxWaitNanos) {
                    result.completeExceptionally(new Overloaded("waited too long for a worker"));
                    return;
                }
                try {
                    result.complete(work.get());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new Overloaded(executor.isShutdown() ? "shutting down" : "the queue is full"));
        }
        return result;
    }

    /** Questions waiting for a worker now. */
    public int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
