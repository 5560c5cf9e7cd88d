package dev.dealbot.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cache through the real HTTP API: hits on the normalised question, the opt-out, follow-ups, metrics. */
class AnswerCacheHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    static Dealbot bot;
    static Javalin app;

    @BeforeAll
    static void start() {
        bot = Fixtures.bot(data, Map.of("DEALBOT_CACHE_ANSWERS", "100", "DEALBOT_PORT", "0"));
        app = HttpApi.create(bot, new Metrics(), List.of()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        bot.close();
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ask(String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aRepeatedQuestionInAnotherCaseSpacingAndPunctuationIsAHitWithItsOwnIds() throws Exception {
        JsonNode first = ask("{\"question\": \"Who is OpenAI's primary cloud partner?\"}");
        long hits = bot.answerCache().hits();
        JsonNode again = ask("{\"question\": \"  who is OPENAI'S primary   cloud partner\"}");

        assertEquals(hits + 1, bot.answerCache().hits(), "served from the cache");
        assertEquals(first.get("answer"), again.get("answer"));
        assertEquals(first.get("citations"), again.get("citations"));
        assertNotEquals(first.get("conversationId"), again.get("conversationId"), "each request has its own conversation");
        assertNotEquals(first.get("answerId"), again.get("answerId"));

        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("dealbot_answer_cache_lookups_total{result=\"hit\"}"), metrics);
        assertTrue(metrics.contains("dealbot_answer_cache_hit_ratio"), metrics);
        assertTrue(metrics.contains("dealbot_answer_cache_saved_seconds_total"), metrics);
    }

    @Test
    void cacheFalseAnswersAfreshAndAnythingButABooleanIsRejected() throws Exception {
        String q = "What is Frontier?";
        ask("{\"question\": \"" + q + "\"}");
        long hits = bot.answerCache().hits(), optOuts = bot.answerCache().bypassed("opt_out");
        JsonNode fresh = ask("{\"question\": \"" + q + "\", \"cache\": false}");

        assertEquals(hits, bot.answerCache().hits(), "not looked up");
        assertEquals(optOuts + 1, bot.answerCache().bypassed("opt_out"));
        assertTrue(fresh.get("answered").asBoolean(), fresh.toString());
        HttpResponse<String> bad = post("{\"question\": \"" + q + "\", \"cache\": \"no\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("invalid_cache", JSON.readTree(bad.body()).get("error").asText());
        assertTrue(JSON.readTree(bad.body()).get("message").asText().contains("true or false"), bad.body());
    }

    @Test
    void aFollowUpIsNeverAnsweredFromTheCache() throws Exception {
        JsonNode first = ask("{\"question\": \"How much did Amazon announce it would invest in OpenAI?\"}");
        String followUp = "{\"question\": \"And how much of it arrived immediately?\", \"conversationId\": \""
                + first.get("conversationId").asText() + "\"}";
        ask("{\"question\": \"And how much of it arrived immediately?\"}"); // the same words as a first turn are kept
        long hits = bot.answerCache().hits(), followUps = bot.answerCache().bypassed("follow_up");
        ask(followUp);

        assertEquals(hits, bot.answerCache().hits(), "a follow-up depends on the turns before it");
        assertEquals(followUps + 1, bot.answerCache().bypassed("follow_up"));
    }
}
