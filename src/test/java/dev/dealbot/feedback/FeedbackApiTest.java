package dev.dealbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/feedback} over real HTTP into a real SQLite file, then exported and run by {@code dealbot eval}. */
class FeedbackApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String LICENSE_Q = "Until when does Microsoft hold a license to OpenAI's intellectual property?";

    @TempDir
    static Path dir;
    static Dealbot bot;
    static Javalin app;

    @BeforeAll
    static void start() {
        bot = Fixtures.bot(dir.resolve("data"), Map.of("DEALBOT_PORT", "0"));
        app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.stop();
        if (bot != null) bot.close();
    }

    static HttpResponse<String> post(Javalin server, String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ask(String question) throws Exception {
        HttpResponse<String> r = post(app, "/api/ask", "application/json", JSON.writeValueAsString(Map.of("question", question)));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> rate(JsonNode answer, String rating, String comment) throws Exception {
        var body = JSON.createObjectNode().put("conversationId", answer.get("conversationId").asText())
                .put("answerId", answer.get("answerId").asText()).put("rating", rating);
        if (comment != null) body.put("comment", comment);
        return post(app, "/api/feedback", "application/json", body.toString());
    }

    static Feedback stored(String answerId) {
        return bot.feedbackStore().list(null, false).stream().filter(f -> f.answerId().equals(answerId)).findFirst().orElse(null);
    }

    @Test
    void aRatingIsStoredWithTheQuestionAnswerModeAndClientAndCountedInMetrics() throws Exception {
        JsonNode answer = ask(LICENSE_Q);
        assertTrue(answer.get("answerId").asText().matches("[A-Za-z0-9_-]{16}"), answer.toString());
        HttpResponse<String> r = rate(answer, "up", "Clear, with the year.");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(JSON.readTree("{\"recorded\":true}"), JSON.readTree(r.body()), "nothing stored is returned");

        Feedback f = stored(answer.get("answerId").asText());
        assertEquals(Rating.UP, f.rating());
        assertEquals(LICENSE_Q, f.question());
        assertEquals("Clear, with the year.", f.comment());
        assertEquals("extractive", f.mode());
        assertEquals("127.0.0.1", f.clientKey());
        assertEquals(answer.get("conversationId").asText(), f.conversationId());
        assertEquals(answer, JSON.readTree(f.answerJson()), "the answer JSON exactly as the client got it");

        assertEquals(200, rate(answer, "down", null).statusCode(), "rating again replaces the rating");
        assertEquals(Rating.DOWN, stored(answer.get("answerId").asText()).rating());
        assertEquals(1, bot.feedbackStore().list(null, false).stream()
                .filter(x -> x.answerId().equals(answer.get("answerId").asText())).count());

        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("dealbot_feedback_total{mode=\"extractive\",rating=\"up\"} 1.0"), metrics);
        assertTrue(metrics.contains("dealbot_feedback_total{mode=\"extractive\",rating=\"down\"} 1.0"), metrics);
    }

    @Test
    void malformedFeedbackGets4xxJsonThatSaysWhatToFix() throws Exception {
        JsonNode answer = ask(LICENSE_Q);
        String conv = answer.get("conversationId").asText(), id = answer.get("answerId").asText();
        record Case(String contentType, String body, int status, String error, String says) {}
        List<Case> cases = List.of(
                new Case("text/plain", "{}", 415, "unsupported_media_type", "Content-Type: application/json"),
                new Case("application/json", "{not json", 400, "bad_json", "not valid JSON"),
                new Case("application/json", "[1]", 400, "bad_json", "JSON object"),
                new Case("application/json", "{\"answerId\":\"" + id + "\",\"rating\":\"up\"}", 400, "invalid_conversation_id", "conversationId is required"),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"rating\":\"up\"}", 400, "invalid_answer_id", "answerId is required"),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"" + id + "\",\"rating\":\"meh\"}", 400, "invalid_rating", "\"up\" or \"down\""),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"" + id + "\",\"rating\":1}", 400, "invalid_rating", "\"up\" or \"down\""),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"" + id + "\",\"rating\":\"up\",\"comment\":\""
                        + "x".repeat(FeedbackRoutes.MAX_COMMENT_CHARS + 1) + "\"}", 400, "invalid_comment", "at most 1000 characters"),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"" + id + "\",\"rating\":\"up\",\"comment\":\"\\u001b[2Jgone\"}",
                        400, "invalid_comment", "control character"),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"" + id + "\",\"rating\":\"up\",\"stars\":5}", 400, "unknown_field", "'stars'"),
                new Case("application/json", "{\"conversationId\":\"" + conv + "\",\"answerId\":\"AAAAAAAAAAAAAAAA\",\"rating\":\"up\"}", 404, "unknown_answer", "answerId"),
                new Case("application/json", "{\"conversationId\":\"someone-elses\",\"answerId\":\"" + id + "\",\"rating\":\"up\"}", 404, "unknown_answer", "conversation"));
        for (Case c : cases) {
            HttpResponse<String> r = post(app, "/api/feedback", c.contentType(), c.body());
            assertEquals(c.status(), r.statusCode(), c.body() + " -> " + r.body());
            JsonNode body = JSON.readTree(r.body());
            assertEquals(c.error(), body.path("error").asText(), r.body());
            assertTrue(body.path("message").asText().contains(c.says()), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertEquals(null, stored(id), "nothing stored from malformed feedback");
    }

    @Test
    void feedbackIsRateLimitedPerClient() throws Exception {
        Javalin other = HttpApi.create(bot, new Metrics(), List.of(new FeedbackRoutes(bot))).start(); // its own limiter
        try {
            String body = "{\"conversationId\":\"c\",\"answerId\":\"AAAAAAAAAAAAAAAA\",\"rating\":\"up\"}";
            for (int i = 0; i < FeedbackRoutes.PER_MINUTE; i++)
                assertEquals(404, post(other, "/api/feedback", "application/json", body).statusCode());
            HttpResponse<String> limited = post(other, "/api/feedback", "application/json", body);
            assertEquals(429, limited.statusCode(), limited.body());
            assertEquals("rate_limited", JSON.readTree(limited.body()).get("error").asText());
            long wait = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(wait >= 1 && wait <= 3, "a token comes back every 3 s: " + wait);
        } finally {
            other.stop();
        }
    }
}
