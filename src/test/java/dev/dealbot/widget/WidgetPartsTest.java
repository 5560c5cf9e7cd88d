package dev.dealbot.widget;

import dev.dealbot.limit.LocalRateLimiter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.http.ClientKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pure parts: client key resolution, token buckets and origin matching. */
class WidgetPartsTest {
    @Test
    void clientKeyIgnoresForwardedForFromUntrustedPeers() {
        ClientKey keys = new ClientKey(List.of("10.0.0.0/8", "192.0.2.1"));
        assertEquals("198.51.100.4", keys.resolve("198.51.100.4", List.of("1.2.3.4")));
        assertEquals("203.0.113.7", keys.resolve("10.1.2.3", List.of("6.6.6.6, 203.0.113.7")));
        assertEquals("203.0.113.7", keys.resolve("192.0.2.1", List.of("6.6.6.6, 203.0.113.7", "10.9.9.9")));
        assertEquals("192.0.2.1", keys.resolve("192.0.2.1", List.of()), "no header: the proxy itself");
        assertEquals("10.1.2.3", keys.resolve("10.1.2.3", List.of("not-an-ip")), "garbage never becomes a key");
        assertTrue(keys.isTrusted("10.255.0.1"));
        assertFalse(keys.isTrusted("11.0.0.1"));
        assertFalse(keys.isTrusted("localhost"), "host names are never looked up");
        ClientKey v6 = new ClientKey(List.of("::1", "bogus"));
        assertEquals("2001:db8:0:0:0:0:0:1", v6.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::1")));
    }

    @Test
    void tokenBucketAllowsABurstThenRefillsEvenly() {
        AtomicLong now = new AtomicLong();
        LocalRateLimiter limiter = new LocalRateLimiter(6, now::get);
        for (int i = 0; i < 6; i++) assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"), "clients have separate buckets");
        now.addAndGet(5_000_000_000L);
        assertEquals(5, limiter.acquire("a"));
        now.addAndGet(5_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
    }

    @Test
    void originsMatchExactlyAfterNormalising() {
        Cors cors = new Cors(List.of("https://Shop.Example:443", "http://localhost:3000"));
        assertEquals(Cors.Verdict.ALLOWED, cors.judge("https://shop.example", List.of("bot.example")));
        assertEquals(Cors.Verdict.ALLOWED, cors.judge("http://localhost:3000", List.of("bot.example")));
        assertEquals(Cors.Verdict.REFUSED, cors.judge("http://shop.example", List.of("bot.example")));
        assertEquals(Cors.Verdict.REFUSED, cors.judge("https://shop.example.evil.com", List.of("bot.example")));
        assertEquals(Cors.Verdict.REFUSED, cors.judge("null", List.of("bot.example")));
        assertEquals(Cors.Verdict.SAME_ORIGIN, cors.judge("https://bot.example", List.of("bot.example")));
        assertEquals(Cors.Verdict.SAME_ORIGIN, cors.judge("http://127.0.0.1:8080", List.of("127.0.0.1:8080")));
        assertEquals(Cors.Verdict.REFUSED, cors.judge("http://127.0.0.1:8081", List.of("127.0.0.1:8080")));
        assertNull(Cors.normalise("javascript:alert(1)"));
    }
}
