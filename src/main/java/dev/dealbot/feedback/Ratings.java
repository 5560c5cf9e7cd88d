package dev.dealbot.feedback;

import dev.dealbot.http.Metrics;
import io.micrometer.core.instrument.Counter;
import java.time.Instant;

/** Stores a rating of a served answer and counts it in {@code /metrics} by the answer's mode and the rating. */
public final class Ratings {
    private Ratings() {}

    public static void record(FeedbackStore store, Metrics metrics, Served served, String clientKey, Rating rating,
            String comment) {
        store.save(new Feedback(served.answerId(), served.conversationId(), served.channel(), rating, comment,
                served.question(), served.answerJson(), served.mode(), clientKey, Instant.now()));
        if (metrics != null) Counter.builder("dealbot.feedback").description("Ratings of answers by readers")
                .tag("mode", served.mode()).tag("rating", rating.id()).register(metrics.registry()).increment();
    }
}
