package dev.dealbot.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.testing.KeyedServerExtension;
import dev.dealbot.testing.Raw;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input to /mcp, sent raw: always a JSON-RPC 2.0 error (a 4xx when the HTTP message itself is wrong, the
 * protocol's -326xx codes inside a 200 for a well-formed request with bad params, a tool error for bad arguments),
 * never a 5xx, an internal error or a stack trace.
 */
class McpBadInputTest {
    @RegisterExtension
    static final KeyedServerExtension SERVER = new KeyedServerExtension();
    static final String ACCEPT = "application/json, text/event-stream";

    static Raw.Response post(String body) throws Exception {
        return Raw.post(SERVER.url("/mcp"), KeyedServerExtension.KEY, body, "Accept", ACCEPT);
    }

    static JsonNode assertRpcError(Raw.Response r, int status, int code, String messagePart) throws Exception {
        assertEquals(status, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals("2.0", json.path("jsonrpc").asText(), r.body());
        assertEquals(code, json.at("/error/code").asInt(), r.body());
        assertTrue(json.at("/error/message").asText().contains(messagePart), "'" + messagePart + "' in " + r.body());
        assertFalse(r.body().contains("stackTrace"), r.body());
        return json;
    }

    static String call(String tool, String arguments) {
        return "{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"tools/call\", \"params\": {\"name\": \"" + tool
                + "\", \"arguments\": " + arguments + "}}";
    }

    @Test
    void malformedMessagesGet400WithAJsonRpcError() throws Exception {
        assertRpcError(post("{not json"), 400, -32700, "not valid JSON");
        assertRpcError(post(""), 400, -32600, "one JSON-RPC 2.0 message object");
        assertRpcError(post("[{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}]"), 400, -32600, "batches are not supported");
        assertRpcError(post("{}"), 400, -32600, "jsonrpc must be \"2.0\"");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": {}, \"method\": \"ping\"}"), 400, -32600, "id must be");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": 5}"), 400, -32600, "method must be a string");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 1}"), 400, -32600, "needs a method");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"} trailing"), 400, -32700, "not valid JSON");
        assertRpcError(post(call("ask_deal", "{\"question\": \"" + "a".repeat(70_000) + "\"}")), 413, -32600, "larger than 65536 bytes");
    }

    @Test
    void badParamsUnknownToolsAndMethodsAreJsonRpcErrors() throws Exception {
        assertEquals(7, assertRpcError(post(call("ask_deal", "\"what is the deal?\"")), 200, -32602, "arguments must be an object")
                .get("id").asInt());
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"tools/call\", \"params\": \"ask_deal\"}"), 200, -32602, "params must be an object");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"tools/call\", \"params\": {\"name\": 3}}"), 200, -32602, "params.name");
        assertRpcError(post(call("delete_everything", "{}")), 200, -32602, "Unknown tool");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"resources/read\", \"params\": {\"uri\": 1}}"), 200, -32602, "params.uri");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"resources/read\", \"params\": {\"uri\": \"dealbot://articles/x\"}}"),
                200, -32002, "not found");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"prompts/get\", \"params\": {}}"), 200, -32601, "Method not found");
        assertRpcError(post("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"initialize\", \"params\": {\"capabilities\": \"x\", "
                + "\"protocolVersion\": []}}"), 200, -32602, "do not fit the MCP schema");
    }

    @Test
    void badArgumentsAreToolErrors() throws Exception {
        for (String args : List.of("{\"question\": 42}", "{}", "{\"question\": \"" + "a".repeat(2001) + "\"}",
                "{\"question\": \"q\", \"conversation_id\": false}", "{\"question\": \"\\u200b\"}")) {
            Raw.Response r = post(call("ask_deal", args));
            assertEquals(200, r.status(), r.body());
            assertTrue(r.json().at("/result/isError").asBoolean(), args + " -> " + r.body());
        }
        Raw.Response tooLong = post(call("ask_deal", "{\"question\": \"" + "a".repeat(2001) + "\"}"));
        assertTrue(tooLong.json().at("/result/content/0/text").asText().contains("at most 2000 characters"), tooLong.body());
    }

    @Test
    void theKeyIsCheckedAndThereIsNoStreamToOpen() throws Exception {
        String ping = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}";
        Raw.Response none = Raw.post(SERVER.url("/mcp"), null, ping, "Accept", ACCEPT);
        assertRpcError(none, 401, -32000, "Authorization: Bearer");
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
        assertRpcError(Raw.post(SERVER.url("/mcp"), "wrong-key-0123456789abcdef", ping, "Accept", ACCEPT), 401, -32000, "not valid");
        Raw.Response get = Raw.get(SERVER.url("/mcp"), KeyedServerExtension.KEY, "Accept", "text/event-stream");
        assertRpcError(get, 405, -32000, "stateless");
        assertEquals("POST", get.header("Allow"));
        Raw.Response plain = Raw.post(SERVER.url("/mcp"), KeyedServerExtension.KEY, ping); // no Accept: still served
        assertEquals(200, plain.status(), plain.body());
        assertEquals(1, plain.json().get("id").asInt());
    }

    @Test
    void mangledMessagesNeverGetA5xxOrAStackTrace() throws Exception {
        List<String> valid = List.of(call("ask_deal", "{\"question\": \"Until when does Microsoft hold a license?\"}"),
                "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"resources/read\", \"params\": {\"uri\": \"dealbot://articles/wedoany-revised-partnership\"}}",
                "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"initialize\", \"params\": {\"protocolVersion\": \"2025-06-18\", "
                        + "\"capabilities\": {}, \"clientInfo\": {\"name\": \"t\", \"version\": \"1\"}}}");
        String alphabet = "{}[]\":,0123456789-tfnaeq \\u";
        Random random = new Random(42);
        long deadline = System.nanoTime() + 8_000_000_000L;
        int sent = 0;
        while (sent < 150 && System.nanoTime() < deadline) {
            StringBuilder s = new StringBuilder(valid.get(random.nextInt(valid.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0 && !s.isEmpty(); edits--) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Raw.Response r = post(s.toString());
            assertTrue(r.status() < 500, s + " -> " + r.status() + " " + r.body());
            assertFalse(r.body().contains("stackTrace") || r.body().contains("-32603"), s + " -> " + r.body());
            sent++;
        }
        assertTrue(sent >= 20, "sent " + sent);
    }
}
