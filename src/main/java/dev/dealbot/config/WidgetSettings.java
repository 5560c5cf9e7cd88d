package dev.dealbot.config;

import dev.dealbot.helper.Validate;
import dev.dealbot.helper.ValidationException;
import java.net.URI;
import java.util.List;

/**
 * The embeddable chat widget: which sites may call the API from a browser, and how often.
 *
 * @param allowedOrigins exact origins such as {@code https://www.example.com}; no wildcards
 * @param requestsPerMinute per-client budget for the API when used from browsers
 * @param trustedProxies peer addresses whose {@code X-Forwarded-For} is believed
 */
public record WidgetSettings(List<String> allowedOrigins, int requestsPerMinute, List<String> trustedProxies) {
    public WidgetSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        Validate.inRange(requestsPerMinute, 1, 1_000_000, "widget.requestsPerMinute");
        for (String origin : allowedOrigins) checkOrigin(origin);
    }

    private static void checkOrigin(String origin) {
        String field = "widget.allowedOrigins";
        try {
            URI uri = URI.create(origin);
            boolean ok = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null;
            if (ok) return;
        } catch (IllegalArgumentException ignored) {
            // reported below with the offending value
        }
        throw new ValidationException(field, field + " entries must look like https://host[:port] with no path or '*', got '"
                + origin + "'");
    }
}
