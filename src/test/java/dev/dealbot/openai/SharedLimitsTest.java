package dev.dealbot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAI-compatible API and the MCP server answer on the same bounded answer pool and spend the same per-client
 * API budget as /api/ask, and say so in their own error formats: 503 with Retry-After when the pool is full, 429 with
 * Retry-After when the budget is spent.
 */
class SharedLimitsTest {
    static final String KEY = "limits-key-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path data;
    static Dealbot bot;
    static Javalin app;

    @BeforeAll
    static void start() {
        bot = Fixtures.bot(data, Map.of("DEALBOT_PORT", "0", "DEALBOT_API_KEYS", KEY, "DEALBOT_RATE_LIMIT_PER_MINUTE", "16",
                "DEALBOT_ANSWER_THREADS", "1", "DEALBOT_ANSWER_QUEUE", "1"));
        app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        bot.close();
    }

    @Test
    void aFullPoolIs503AndASpentBudgetIs429InEachProtocolsFormat() throws Exception {
        String question = ("What did Microsoft and OpenAI change about revenue sharing, exclusivity and the AGI clause? ")
                .repeat(25).substring(0, 1990);
        List<CompletableFuture<HttpResponse<String>>> chats = new ArrayList<>(), tools = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // each question differs, so none is a cached answer
            chats.add(HTTP.sendAsync(post("/v1/chat/completions", chat(question + " chat " + i)), HttpResponse.BodyHandlers.ofString()));
            tools.add(HTTP.sendAsync(post("/mcp", tool(question + " tool " + i)), HttpResponse.BodyHandlers.ofString()));
        }
        int answered = 0, busy = 0;
        for (var f : chats) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) answered++;
            else {
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
                JsonNode error = JSON.readTree(r.body()).get("error");
                assertEquals("overloaded", error.get("code").asText(), r.body());
                assertEquals("server_error", error.get("type").asText(), r.body());
                busy++;
            }
        }
        for (var f : tools) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) answered++;
            else {
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
                JsonNode body = JSON.readTree(r.body());
                assertEquals(1, body.get("id").asInt(), r.body());
                assertTrue(body.at("/error/message").asText().contains("retry"), r.body());
                busy++;
            }
        }
        assertTrue(answered >= 1 && busy >= 1, answered + " answered, " + busy + " told to retry");

        HttpResponse<String> limited = null;
        for (int i = 0; i < 12 && limited == null; i++) {
            HttpResponse<String> r = HTTP.send(post("/v1/chat/completions", "{}"), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) limited = r;
        }
        assertTrue(limited != null, "the budget of 16 a minute runs out");
        JsonNode error = JSON.readTree(limited.body()).get("error");
        assertEquals("rate_limited", error.get("code").asText(), limited.body());
        assertEquals("rate_limit_error", error.get("type").asText(), limited.body());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> mcp = HTTP.send(post("/mcp", tool("What is Frontier?")), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, mcp.statusCode(), mcp.body());
        assertEquals("2.0", JSON.readTree(mcp.body()).get("jsonrpc").asText(), mcp.body());
        assertTrue(JSON.readTree(mcp.body()).at("/error/message").asText().contains("too many requests"), mcp.body());
    }

    static String chat(String question) throws Exception {
        return JSON.writeValueAsString(Map.of("model", "dealbot", "messages", List.of(Map.of("role", "user", "content", question))));
    }

    static String tool(String question) throws Exception {
        return JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", "tools/call",
                "params", Map.of("name", "ask_deal", "arguments", Map.of("question", question))));
    }

    static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
