package dev.dealbot.http;

import dev.dealbot.answer.Answer;
import io.javalin.config.Key;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/** Prometheus metrics: answers by mode and outcome, answer latency, client errors. */
public final class Metrics {
    /** The app's metrics, for routes added by other packages: {@code ctx.appData(Metrics.KEY)}. */
    public static final Key<Metrics> KEY = new Key<>("dealbot.metrics");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer askTimer = Timer.builder("dealbot.ask.duration").description("Time to answer a question")
            .publishPercentiles(0.5, 0.99).register(registry);

    public void answered(Answer answer, long nanos) {
        askTimer.record(Duration.ofNanos(nanos));
        Counter.builder("dealbot.answers").description("Answers given").tag("mode", answer.mode())
                .tag("answered", Boolean.toString(answer.answered())).tag("degraded", Boolean.toString(answer.degraded()))
                .register(registry).increment();
    }

    /** One finished HTTP request: {@code http_server_requests_seconds} by method, route template and status. */
    public void request(String method, String route, int status, double millis) {
        Timer.builder("http.server.requests").description("HTTP requests by status").tag("method", method)
                .tag("uri", route).tag("status", Integer.toString(status)).register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    public void clientError(String code) {
        Counter.builder("dealbot.client.errors").description("Rejected requests").tag("error", code).register(registry)
                .increment();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }
}
