package dev.dealbot.widget;

import dev.dealbot.config.WidgetSettings;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.ClientKey;
import dev.dealbot.limit.LocalRateLimiter;
import dev.dealbot.limit.RateLimiter;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The web widget channel: serves {@code /widget.js} and the demo page {@code /}, and guards every request
 * that carries an {@code Origin} header (i.e. comes from a browser page): allowlisted origins get CORS headers,
 * the bot's own pages pass, anything else is refused with 403; browser clients are rate limited per client.
 * Requests without {@code Origin} (servers, CLI, benchmarks) pass untouched.
 */
public final class WidgetRoutes implements Consumer<JavalinConfig> {
    /** The policy for pages the bot serves itself: its own files only, no inline script, not framed. */
    static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, max-age=300";
    private static final Set<String> ASSETS = Set.of("/", "/widget.js", "/demo.css");

    private final WidgetAssets assets;
    private final Cors cors;
    private final ClientKey clientKey;
    private final RateLimiter limiter;

    /** The widget's routes and origin guard, with {@code limiter} as the per-client budget of browser pages. */
    public WidgetRoutes(WidgetSettings settings, RateLimiter limiter) {
        this.assets = WidgetAssets.load();
        this.cors = new Cors(settings.allowedOrigins());
        this.clientKey = new ClientKey(settings.trustedProxies());
        this.limiter = limiter;
    }

    public WidgetRoutes(WidgetSettings settings) {
        this(settings, new LocalRateLimiter(settings.requestsPerMinute()));
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.before(this::guard);
        config.routes.get("/", this::demoPage);
        config.routes.get("/widget.js", this::script);
        config.routes.head("/", this::demoPage); // the same headers (CSP, caching) as GET, without the body
        config.routes.head("/widget.js", this::script);
        config.routes.get("/demo.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", REVALIDATE).result(assets.demoCss()));
    }

    private void guard(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return; // not a browser page: server-to-server, CLI, benchmarks
        String method = ctx.method().name();
        if (ASSETS.contains(ctx.path()) && (method.equals("GET") || method.equals("HEAD"))) return;
        ctx.header("Vary", "Origin");
        String peer = ctx.req().getRemoteAddr();
        List<String> own = new ArrayList<>();
        String host = ctx.header("Host");
        if (host != null && isAddressOrLocalhost(host)) own.add(host); // a name could be DNS-rebound to us

        if (clientKey.isTrusted(peer)) own.addAll(Collections.list(ctx.req().getHeaders("X-Forwarded-Host")));
        Cors.Verdict verdict = cors.judge(origin, own);
        if (verdict == Cors.Verdict.REFUSED) {
            refuse(ctx, origin);
            return;
        }
        if (verdict == Cors.Verdict.ALLOWED) Cors.allow(ctx, origin);
        if (Cors.isPreflight(ctx)) {
            Cors.preflight(ctx);
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        if (method.equals("OPTIONS")) return;
        String client = clientKey.resolve(peer, Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        long wait = limiter.acquire(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "rate_limited", "too many questions from this browser; please wait "
                    + wait + " second" + (wait == 1 ? "" : "s") + " and retry");
        }
    }

    /**
     * Refuses a page of an origin that is not allowed, readably: its preflight passes and the 403 carries CORS
     * headers, so the widget on that page can tell its visitor that the site is not allowed instead of "can't
     * reach the server". Nothing else is ever readable by such a page (the request stops here, before the body is
     * read; credentials are never allowed). Malformed origins ({@code null}, garbage) get no CORS headers.
     */
    private static void refuse(Context ctx, String origin) {
        boolean readable = Cors.normalise(origin) != null;
        if (readable) Cors.allow(ctx, origin);
        if (readable && Cors.isPreflight(ctx)) {
            Cors.preflight(ctx);
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new ApiException(403, "origin_not_allowed", "this site is not allowed to use the dealbot API; "
                + "the bot's operator can add its origin to widget.allowedOrigins");
    }

    /**
     * Only an IP address or localhost in {@code Host} proves the page came from this server; a domain name
     * could be an attacker's, rebound to our address. Deployed under a name, list the bot's own origin in
     * {@code widget.allowedOrigins}.
     */
    static boolean isAddressOrLocalhost(String hostHeader) {
        String h = hostHeader.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) return true; // IPv6 literal
        String name = h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
        return name.equals("localhost") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private void demoPage(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(assets.demoPage());
    }

    private void script(Context ctx) {
        ctx.header("ETag", assets.etag());
        ctx.header("Cache-Control", assets.version().equals(ctx.queryParam("v")) ? IMMUTABLE : REVALIDATE);
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        String match = ctx.header("If-None-Match");
        if (match != null && (match.contains(assets.etag()) || match.trim().equals("*"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/javascript; charset=utf-8").result(assets.script());
    }
}
