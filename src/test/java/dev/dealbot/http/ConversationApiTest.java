package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations over the real HTTP API: ids issued by the server, a bound per client. Clients are told apart by
 * {@code X-Forwarded-For} from a trusted proxy (loopback here), exactly as behind a load balancer.
 */
class ConversationApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AMAZON = "How much did Amazon announce it would invest in OpenAI?";
    static final String FOLLOW_UP = "And how much of it arrived immediately?";

    @TempDir
    static Path dataDir;
    static Dealbot bot;
    static Javalin app;

    @BeforeAll
    static void start() {
        bot = Fixtures.bot(dataDir, Map.of("DEALBOT_PORT", "0", "DEALBOT_WIDGET_TRUSTED_PROXIES", "127.0.0.1",
                "DEALBOT_CONVERSATION_MAX_PER_CLIENT", "3"));
        app = HttpApi.create(bot, new Metrics(), List.of()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.stop();
        if (bot != null) bot.close();
    }

    static JsonNode ask(String client, String question, String conversationId) throws Exception {
        String body = JSON.createObjectNode().put("question", question).put("conversationId", conversationId).toString();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static String id(JsonNode answer) {
        return answer.get("conversationId").asText();
    }

    @Test
    void aConversationIdInventedByTheClientIsNotAdopted() throws Exception {
        JsonNode first = ask("203.0.113.1", AMAZON, "c-42");
        assertNotEquals("c-42", id(first));
        assertTrue(id(first).matches("[A-Za-z0-9_-]{22}"), id(first));
        JsonNode second = ask("203.0.113.1", FOLLOW_UP, "c-42");
        assertNotEquals("c-42", id(second));
        assertNotEquals(id(first), id(second), "'c-42' named nothing, so it started another new conversation");
        JsonNode continued = ask("203.0.113.1", FOLLOW_UP, id(first));
        assertEquals(id(first), id(continued), "the issued id continues");
        assertTrue(continued.get("answer").asText().contains("15 billion"), continued.toString());
    }

    @Test
    void otherClientsRequestsDoNotEvictAClientsConversation() throws Exception {
        String mine = id(ask("203.0.113.7", AMAZON, null));
        List<String> floods = new ArrayList<>();
        for (int i = 0; i < 8; i++) floods.add(id(ask("203.0.113.8", "What is Frontier?", null)));
        for (int i = 0; i < 40; i++) ask("198.18.0." + (i + 1), "What is Frontier?", null);
        JsonNode followUp = ask("203.0.113.7", FOLLOW_UP, mine);
        assertEquals(mine, id(followUp), "kept through 48 other conversations");
        assertTrue(followUp.get("answer").asText().contains("15 billion"), followUp.toString());
        assertNotEquals(floods.get(0), id(ask("203.0.113.8", FOLLOW_UP, floods.get(0))),
                "the flooding client's own oldest conversation made room (3 per client here)");
        assertEquals(floods.get(7), id(ask("203.0.113.8", FOLLOW_UP, floods.get(7))));
    }
}
