package dev.dealbot.widget;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origin allowlist. Exact origins only: an allowed origin is echoed back in
 * {@code Access-Control-Allow-Origin} (never {@code *}); any other origin gets CORS headers only on its 403.
 */
final class Cors {
    enum Verdict { ALLOWED, SAME_ORIGIN, REFUSED }

    static final String ALLOW_METHODS = "POST, GET, OPTIONS";
    static final String ALLOW_HEADERS = "Content-Type";
    static final String EXPOSE_HEADERS = "Retry-After";
    static final int MAX_AGE_SECONDS = 600;

    private final Set<String> allowed;

    Cors(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(Cors::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Judges a browser {@code origin} against the allowlist and the bot's own origin, known from the
     * authority the request was sent to ({@code Host}, or {@code X-Forwarded-Host} when a trusted proxy set it).
     */
    Verdict judge(String origin, List<String> ownAuthorities) {
        String o = normalise(origin);
        if (o == null) return Verdict.REFUSED; // "null" (sandboxed frames, file:) and garbage
        if (allowed.contains(o)) return Verdict.ALLOWED;
        String authority = o.substring(o.indexOf("://") + 3);
        for (String own : ownAuthorities) {
            if (own != null && authority.equals(withoutDefaultPort(own.trim().toLowerCase(Locale.ROOT), o))) {
                return Verdict.SAME_ORIGIN;
            }
        }
        return Verdict.REFUSED;
    }

    /** Headers for an actual request from an allowed origin. */
    static void allow(Context ctx, String origin) {
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    /** Extra headers answering a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}). */
    static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
        ctx.header("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
    }

    static boolean isPreflight(Context ctx) {
        return "OPTIONS".equals(ctx.method().name()) && ctx.header("Access-Control-Request-Method") != null;
    }

    /** {@code scheme://host[:port]} in lower case without the scheme's default port, or null if not an http(s) origin. */
    static String normalise(String origin) {
        if (origin == null) return null;
        try {
            URI uri = URI.create(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            if (uri.getHost() == null || uri.getRawUserInfo() != null) return null;
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) return null;
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutDefaultPort(String authority, String origin) {
        if (origin.startsWith("http://") && authority.endsWith(":80")) return authority.substring(0, authority.length() - 3);
        if (origin.startsWith("https://") && authority.endsWith(":443")) return authority.substring(0, authority.length() - 4);
        return authority;
    }
}
