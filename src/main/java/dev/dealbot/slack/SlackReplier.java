package dev.dealbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions and posts the replies on a bounded pool of worker threads, so the webhook's acknowledgement
 * never waits for retrieval, the LLM or Slack. A full queue is reported to the caller, never dropped silently.
 */
final class SlackReplier {
    private static final Logger LOG = LoggerFactory.getLogger(SlackReplier.class);
    static final int WORKERS = 8;
    static final int QUEUE = 200;

    private final Dealbot bot;
    private final SlackPoster poster;
    private final ThreadPoolExecutor pool;

    SlackReplier(Dealbot bot, SlackPoster poster) {
        this.bot = bot;
        this.poster = poster;
        this.pool = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                daemonThreads(), new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** What to answer and where the reply goes; {@code asked} (escaped mrkdwn, may be null) heads the reply. */
    record Job(String requestId, String question, Conversation conversation, SlackPoster.Target target,
            ObjectNode envelope, String asked) {}

    /** Queues the job; false when the queue is full (the caller tells the user or lets Slack retry). */
    boolean submit(Job job) {
        try {
            pool.execute(() -> run(job));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("slack reply queue full, request={} not queued", job.requestId());
            return false;
        }
    }

    /** Posts a fixed message (no question to answer), also off the request thread. */
    boolean submitText(String requestId, SlackPoster.Target target, ObjectNode envelope, String text) {
        try {
            pool.execute(() -> poster.post(target, envelope.deepCopy().setAll(SlackMessages.text(text)), requestId));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("slack reply queue full, request={} not queued", requestId);
            return false;
        }
    }

    private void run(Job job) {
        ObjectNode message = job.envelope().deepCopy();
        try {
            long start = System.nanoTime();
            Answer answer = bot.withAsker(asker -> asker.ask(job.question(), job.conversation()));
            LOG.info("slack answer ready request={} answered={} mode={} degraded={} citations={} in {} ms",
                    job.requestId(), answer.answered(), answer.mode(), answer.degraded(), answer.citations().size(),
                    (System.nanoTime() - start) / 1_000_000);
            bot.answers().remember("slack", job.question(), answer, "slack"); // its buttons can rate it
            message.setAll(SlackMessages.answer(answer, job.asked()));
        } catch (RuntimeException e) {
            LOG.error("slack answer failed request={}", job.requestId(), e);
            message.setAll(SlackMessages.text("Sorry, I could not answer that just now. Please try again."));
        }
        poster.post(job.target(), message, job.requestId());
    }

    /** Stops taking work and gives queued replies a few seconds to go out. */
    void shutdown() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("slack replies still running at shutdown: {} queued, {} active", pool.getQueue().size(),
                        pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    static SlackPoster.Target responseUrl(URI url) {
        return new SlackPoster.Target(url, null, "response_url@" + url.getHost());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "slack-reply-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
