package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.testing.ServerExtension;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import dev.dealbot.http.RawHttp.Raw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that Jetty rejects before Javalin routes them (bad URIs, ambiguous paths, huge headers) still get the
 * API's JSON error body, never Jetty's HTML page. Sent over a raw socket: java.net.http would normalise the path.
 */
class MalformedRequestTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension();

    static Stream<Arguments> rejectedByJetty() {
        return Stream.of(
                bad("dot-dot traversal, encoded", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1", 400),
                bad("dot-dot traversal under /api", "POST /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1", 400),
                bad("dot-dot behind a path parameter", "GET /api/ask/..;/x HTTP/1.1", 400),
                bad("invalid % escape", "GET /api/%zz HTTP/1.1", 400),
                bad("truncated % escape", "POST /api/ask% HTTP/1.1", 400),
                bad("encoded NUL", "GET /api/%00 HTTP/1.1", 400),
                bad("space in the URI", "GET /api/a b HTTP/1.1", 400),
                bad("relative URI", "GET api/ask HTTP/1.1", 400),
                bad("broken absolute URI", "GET http://[::1 HTTP/1.1", 400),
                bad("control character in the URI", "GET /api/\u0001 HTTP/1.1", 400),
                bad("no request line at all", "NONSENSE", 400),
                bad("invalid % escape on HEAD", "HEAD /api/%zz HTTP/1.1", 400),
                bad("invalid % escape on DELETE", "DELETE /api/%zz HTTP/1.1", 400),
                bad("header name with a space", "GET /api/sources HTTP/1.1\r\nBad Header: v", 400),
                bad("control character in a header", "GET /api/sources HTTP/1.1\r\nX-A: \u0001", 400),
                bad("two Content-Lengths", "POST /api/ask HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7", 400),
                bad("unknown Transfer-Encoding", "POST /api/ask HTTP/1.1\r\nTransfer-Encoding: bogus", 400),
                bad("two Host headers", "GET /api/sources HTTP/1.1\r\nHost: b", 400),
                Arguments.of("header over 8 KB", "GET /api/sources HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000)
                        + "\r\nConnection: close\r\n\r\n", 431),
                Arguments.of("URI over 8 KB", "GET /api/" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                        414));
    }

    static Arguments bad(String name, String requestLineAndHeaders, int status) {
        return Arguments.of(name, requestLineAndHeaders + "\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedByJetty")
    void requestsJettyRejectsGetTheJsonErrorBody(String name, String request, int status) throws IOException {
        Raw r = send(request);
        assertEquals(status, r.status(), name + ": " + r);
        assertJsonError(r);
        if (!request.startsWith("HEAD /api/%zz")) { // Jetty cannot tell a HEAD it failed to parse, so it sends the body
            JsonNode body = JSON.readTree(r.body());
            assertEquals("bad_request", body.get("error").asText(), r.toString());
            String message = body.get("message").asText();
            for (String raw : List.of("passwd", "%zz", "%00", "aaaaaaaa", "bogus", "Bad Header", "::1", "..;", "Illegal", "Exception")) {
                assertFalse(message.contains(raw), "no echo of the raw request or of Jetty internals: " + message);
            }
        }
    }

    @Test
    void anUnsupportedHttpVersionIsJsonToo() throws IOException {
        Raw r = send("GET /api/sources HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(505, r.status(), r.toString());
        assertJsonError(r);
    }

    /** Odd paths Jetty lets through reach Javalin, whose JSON 404 already applies. */
    @ParameterizedTest
    @ValueSource(strings = {"/api//ask", "/a;b", "/api/%2F/ask", "/api/..%2f..%2fetc/passwd", "//", "/."})
    void oddButLegalPathsGetTheJson404(String path) throws IOException {
        Raw r = send("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2"
                + "\r\nConnection: close\r\n\r\n{}");
        assertEquals(404, r.status(), r.toString());
        assertJsonError(r);
        assertEquals("not_found", JSON.readTree(r.body()).get("error").asText());
    }

    static void assertJsonError(Raw r) throws IOException {
        assertTrue(r.status() >= 400 && r.status() <= 599, r.toString());
        assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), r.toString());
        assertFalse(r.body().toLowerCase(Locale.ROOT).contains("<html"), r.toString());
        assertFalse(r.body().contains("<"), r.toString());
        if (r.body().isEmpty()) return; // a HEAD response
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.isObject(), r.toString());
        assertEquals(Set.of("error", "message"), fieldNames(body), r.toString());
        assertFalse(body.get("error").asText().isBlank(), r.toString());
        assertFalse(body.get("message").asText().isBlank(), r.toString());
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Sends {@code request} byte for byte (ISO-8859-1) and reads the whole response; the server closes the connection. */
    static Raw send(String request) throws IOException {
        return RawHttp.send(SERVER.port(), request);
    }
}
