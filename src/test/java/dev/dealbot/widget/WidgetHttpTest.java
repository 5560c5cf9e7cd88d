package dev.dealbot.widget;

import dev.dealbot.limit.LocalRateLimiter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.config.WidgetSettings;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The widget's server side over real HTTP: CORS allowlist, preflight, 403, rate limits, CSP, script caching. */
class WidgetHttpTest {
    static final String ALLOWED = "http://allowed.example:8000";
    static final String FOREIGN = "https://evil.example";
    static final String QUESTION = "{\"question\":\"Until when does Microsoft hold a license to OpenAI's IP?\"}";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static TestBot bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start(Map.of("DEALBOT_WIDGET_ALLOWED_ORIGINS", ALLOWED + ", https://other.example"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) bot.close();
    }

    static HttpResponse<String> send(String base, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) b.header("Content-Type", "application/json");
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String base, String path, String body, String... headers) throws Exception {
        return send(base, "POST", path, body, headers);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static void assertNoCors(HttpResponse<?> r) {
        r.headers().map().keySet().forEach(h -> assertFalse(h.toLowerCase().startsWith("access-control-"),
                "no CORS header expected, got " + h + ": " + r.headers().allValues(h)));
    }

    @Test
    void allowedOriginGetsItsOwnOriginBackNeverAStar() throws Exception {
        var r = post(bot.base(), "/api/ask", QUESTION, "Origin", ALLOWED);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "Vary").contains("Origin"));
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("Retry-After"));
        assertTrue(JSON.readTree(r.body()).get("answer").asText().contains("2032"), r.body());
    }

    @Test
    void streamEndpointAlsoCarriesCorsHeaders() throws Exception {
        var r = post(bot.base(), "/api/ask/stream", QUESTION, "Origin", ALLOWED, "Accept", "text/event-stream");
        assertEquals(200, r.statusCode());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        assertTrue(r.body().contains("event: token") && r.body().contains("event: done"), r.body());
    }

    @Test
    void preflightForJsonPostIsAnsweredForAllowedOrigins() throws Exception {
        for (String path : List.of("/api/ask", "/api/ask/stream")) {
            var r = send(bot.base(), "OPTIONS", path, null, "Origin", ALLOWED,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
            assertEquals(204, r.statusCode(), path + " " + r.body());
            assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
            assertTrue(header(r, "Access-Control-Allow-Methods").contains("POST"));
            assertTrue(header(r, "Access-Control-Allow-Headers").toLowerCase().contains("content-type"));
            assertTrue(Integer.parseInt(header(r, "Access-Control-Max-Age")) > 0);
        }
    }

    @Test
    void foreignOriginIsRefusedWithA403ItsPageCanRead() throws Exception {
        // the preflight passes so that the refusal itself is readable; the request then stops at the 403
        var preflight = send(bot.base(), "OPTIONS", "/api/ask", null, "Origin", FOREIGN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, preflight.statusCode());
        assertEquals(FOREIGN, header(preflight, "Access-Control-Allow-Origin"));
        assertEquals(null, header(preflight, "Access-Control-Allow-Credentials"));
        for (String origin : List.of(FOREIGN, "http://allowed.example:8001", "http://allowed.example")) {
            for (String path : List.of("/api/ask", "/api/ask/stream")) {
                var r = post(bot.base(), path, QUESTION, "Origin", origin);
                assertEquals(403, r.statusCode(), origin);
                assertEquals(origin, header(r, "Access-Control-Allow-Origin"), "readable by " + origin);
                assertEquals(null, header(r, "Access-Control-Allow-Credentials"));
                JsonNode body = JSON.readTree(r.body());
                assertEquals("origin_not_allowed", body.get("error").asText());
                assertTrue(body.get("message").asText().contains("widget.allowedOrigins"), r.body());
                assertFalse(r.body().contains("2032"));
            }
        }
        var nullOrigin = post(bot.base(), "/api/ask", QUESTION, "Origin", "null");
        assertEquals(403, nullOrigin.statusCode());
        assertNoCors(nullOrigin); // sandboxed frames and file: pages are not told anything
        var nullPreflight = send(bot.base(), "OPTIONS", "/api/ask", null, "Origin", "null",
                "Access-Control-Request-Method", "POST");
        assertEquals(403, nullPreflight.statusCode());
        assertNoCors(nullPreflight);
    }

    @Test
    void theBotsOwnPagesMayCallTheApiWithoutCors() throws Exception {
        var r = post(bot.base(), "/api/ask", QUESTION, "Origin", bot.base());
        assertEquals(200, r.statusCode(), r.body());
        assertNoCors(r);
    }

    @Test
    void aPageServedUnderAnotherNameIsNotTheBotsOwnPage() throws Exception {
        // DNS rebinding: evil.example resolves to the bot, so the browser sends Host and Origin of evil.example.
        int port = java.net.URI.create(bot.base()).getPort();
        String body = "{\"question\": \"What is Frontier?\"}";
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: evil.example:" + port
                    + "\r\nOrigin: http://evil.example:" + port + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("origin_not_allowed"), response);
        }
    }

    @Test
    void requestsWithoutOriginAreUnchangedAndNeverRateLimited() throws Exception {
        for (int i = 0; i < 40; i++) {
            var r = post(bot.base(), "/api/ask", "{}");
            assertEquals(400, r.statusCode(), "request " + i + ": " + r.body());
            assertNoCors(r);
        }
        assertEquals(404, send(bot.base(), "GET", "/nope", null).statusCode());
        var wrongMethod = send(bot.base(), "GET", "/api/ask", null);
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(header(wrongMethod, "Allow").contains("POST"));
    }

    @Test
    void browserClientsGet429WithRetryAfterOnceTheBudgetIsSpent() throws Exception {
        var clock = new AtomicLong();
        Javalin app = TestBot.serve(bot.bot, List.of(new WidgetRoutes(
                new WidgetSettings(List.of(ALLOWED), 3, List.of()), new LocalRateLimiter(3, clock::get))));
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (int i = 0; i < 3; i++) assertEquals(400, post(base, "/api/ask", "{}", "Origin", ALLOWED).statusCode());
            var limited = post(base, "/api/ask", QUESTION, "Origin", ALLOWED);
            assertEquals(429, limited.statusCode());
            assertEquals("rate_limited", JSON.readTree(limited.body()).get("error").asText());
            assertEquals("20", header(limited, "Retry-After")); // 3 per minute: one token every 20 s
            assertEquals(ALLOWED, header(limited, "Access-Control-Allow-Origin"), "the widget must be able to read the 429");
            // the same client cannot escape by claiming another address: the direct peer is no trusted proxy
            var spoofed = post(base, "/api/ask", QUESTION, "Origin", ALLOWED, "X-Forwarded-For", "198.51.100.9");
            assertEquals(429, spoofed.statusCode());
            // preflights and server-to-server calls are not counted
            assertEquals(204, send(base, "OPTIONS", "/api/ask", null, "Origin", ALLOWED,
                    "Access-Control-Request-Method", "POST").statusCode());
            assertEquals(200, post(base, "/api/ask", QUESTION).statusCode());
            clock.addAndGet(20_000_000_000L);
            assertEquals(200, post(base, "/api/ask", QUESTION, "Origin", ALLOWED).statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        Javalin app = TestBot.serve(bot.bot, List.of(new WidgetRoutes(
                new WidgetSettings(List.of(ALLOWED), 2, List.of("127.0.0.1")), new LocalRateLimiter(2, () -> 0L))));
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (int i = 0; i < 2; i++)
                assertEquals(400, post(base, "/api/ask", "{}", "Origin", ALLOWED, "X-Forwarded-For", "203.0.113.7").statusCode());
            assertEquals(429, post(base, "/api/ask", "{}", "Origin", ALLOWED, "X-Forwarded-For", "203.0.113.7").statusCode());
            // the client may prepend anything; the proxy appends the real address, which is what counts
            assertEquals(429, post(base, "/api/ask", "{}", "Origin", ALLOWED,
                    "X-Forwarded-For", "198.51.100.1, 203.0.113.7").statusCode());
            // a different real client behind the same proxy has its own budget
            assertEquals(400, post(base, "/api/ask", "{}", "Origin", ALLOWED, "X-Forwarded-For", "203.0.113.8").statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void demoPageHasAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        var r = send(bot.base(), "GET", "/", null);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"));
        String csp = header(r, "Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        var scripts = Pattern.compile("<script([^>]*)>").matcher(r.body()).results().map(m -> m.group(1)).toList();
        assertEquals(1, scripts.size(), r.body());
        assertTrue(scripts.get(0).matches(".*src=\"/widget\\.js\\?v=[0-9a-f]{16}\".*"), scripts.get(0));
        assertFalse(r.body().contains(" on") && Pattern.compile("\\son[a-z]+=").matcher(r.body()).find(), "no inline handlers");
    }

    @Test
    void widgetScriptIsVersionedAndCacheable() throws Exception {
        String version = WidgetAssets.load().version();
        var plain = send(bot.base(), "GET", "/widget.js", null, "Origin", FOREIGN); // any site may load the script
        assertEquals(200, plain.statusCode());
        assertTrue(header(plain, "Content-Type").startsWith("text/javascript"));
        assertEquals("\"" + version + "\"", header(plain, "ETag"));
        assertTrue(header(plain, "Cache-Control").contains("max-age=300"));
        assertTrue(plain.body().contains("attachShadow"));

        var versioned = send(bot.base(), "GET", "/widget.js?v=" + version, null);
        assertTrue(header(versioned, "Cache-Control").contains("immutable"));
        assertTrue(header(versioned, "Cache-Control").contains("max-age=31536000"));
        var stale = send(bot.base(), "GET", "/widget.js?v=0000", null);
        assertFalse(header(stale, "Cache-Control").contains("immutable"), "an old version must not be cached for a year");

        var revalidated = send(bot.base(), "GET", "/widget.js", null, "If-None-Match", "\"" + version + "\"");
        assertEquals(304, revalidated.statusCode());
        assertEquals("", revalidated.body());
    }

    @Test
    void headRequestsGetTheSameHeadersAsGet() throws Exception {
        var script = send(bot.base(), "HEAD", "/widget.js", null);
        assertEquals(200, script.statusCode());
        assertTrue(header(script, "Content-Type").startsWith("text/javascript"), header(script, "Content-Type"));
        assertTrue(header(script, "Cache-Control").contains("max-age=300"));
        var page = send(bot.base(), "HEAD", "/", null);
        assertTrue(header(page, "Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("", page.body());
    }
}
