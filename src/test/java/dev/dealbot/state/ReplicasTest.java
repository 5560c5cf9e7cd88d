package dev.dealbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.slack.FakeSlack;
import dev.dealbot.slack.SlackRequests;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.NginxServer;
import dev.dealbot.testing.RedisServer;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two dealbot replicas (each its own index and HTTP server, as two {@code serve} processes would have) sharing one
 * real redis-server, with Debian's nginx in front running the shipped {@code deploy/} config: whichever replica a
 * request reaches, the conversation, the Slack event and the client's budget are the same. The Redis outage test
 * runs last: it stops and restarts the server under the running replicas.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String AMAZON = "How much did Amazon announce it would invest in OpenAI?";
    static final String FOLLOW_UP = "And how much of it arrived immediately?";
    static final String LICENSE_Q = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
    /** Each client's API budget per minute (a token every 12 s: the test's requests take far less). */
    static final int BUDGET = 5;

    record Replica(Dealbot bot, Metrics metrics, Javalin app) {
        String base() {
            return "http://127.0.0.1:" + app.port();
        }
    }

    @TempDir
    static Path dataDir;
    static RedisServer redis;
    static FakeSlack slack;
    static Replica a;
    static Replica b;
    static NginxServer nginx;

    @BeforeAll
    static void start() throws Exception {
        redis = new RedisServer().start();
        slack = new FakeSlack();
        a = replica("a");
        b = replica("b");
        nginx = new NginxServer(a.app().port(), b.app().port());
    }

    static Replica replica(String name) {
        Map<String, String> env = new HashMap<>(Map.of("DEALBOT_PORT", "0", "DEALBOT_STATE", "redis",
                "DEALBOT_STATE_URL", redis.url(), "DEALBOT_STATE_TIMEOUT_MILLIS", "3000", "DEALBOT_WIDGET_TRUSTED_PROXIES", "127.0.0.1",
                "DEALBOT_SLACK_SIGNING_SECRET", SlackRequests.SECRET, "DEALBOT_SLACK_BOT_TOKEN", SlackRequests.BOT_TOKEN,
                "DEALBOT_SLACK_API_URL", slack.apiUrl(), "DEALBOT_CACHE_ANSWERS", "100"));
        env.put("DEALBOT_RATE_LIMIT_PER_MINUTE", String.valueOf(BUDGET));
        Dealbot bot = Fixtures.bot(dataDir.resolve(name), env);
        Metrics metrics = new Metrics();
        return new Replica(bot, metrics, HttpApi.create(bot, metrics, Channels.of(bot)).start());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {nginx, a == null ? null : a.app()::stop, a == null ? null : a.bot(),
                b == null ? null : b.app()::stop, b == null ? null : b.bot(), slack, redis}) {
            if (c != null) c.close();
        }
    }

    @Test
    @Order(1)
    void followUpOnTheOtherReplicaKeepsTheConversation() throws Exception {
        JsonNode first = ask(a.base(), "203.0.113.10", AMAZON, null);
        String id = first.get("conversationId").asText();
        JsonNode followUp = ask(b.base(), "203.0.113.10", FOLLOW_UP, id);
        assertEquals(id, followUp.get("conversationId").asText(), "replica B continued A's conversation");
        assertTrue(followUp.get("answer").asText().contains("15 billion"), followUp.toString());
        JsonNode again = ask(a.base(), "203.0.113.10", "And when did the rest arrive?", id);
        assertEquals(id, again.get("conversationId").asText(), "and A continues what B added to");
    }

    @Test
    @Order(2)
    void throughTheShippedNginxConfigBothReplicasServeOneConversationStreamingIncluded() throws Exception {
        double before = answers(a) + answers(b);
        double beforeA = answers(a);
        JsonNode first = ask(nginx.base(), "203.0.113.20", AMAZON, null);
        String id = first.get("conversationId").asText();
        List<String> events = new ArrayList<>();
        JsonNode done = stream(nginx.base(), FOLLOW_UP, id, events);
        assertTrue(events.stream().filter("token"::equals).count() >= 2, "tokens streamed through nginx: " + events);
        assertEquals("done", events.get(events.size() - 1), events.toString());
        assertEquals(id, done.get("conversationId").asText(), "the streamed follow-up continued the conversation");
        assertTrue(done.get("answer").asText().contains("15 billion"), done.toString());
        for (int i = 0; i < 2; i++) ask(nginx.base(), "203.0.113.20", LICENSE_Q, null);
        assertEquals(before + 4, answers(a) + answers(b), 0.01);
        double byA = answers(a) - beforeA;
        assertTrue(byA >= 1 && byA <= 3, "nginx spread 4 requests over both replicas, A answered " + byA);
    }

    @Test
    @Order(3)
    void slackRetriesReachingTheOtherReplicaAreNotAnsweredAgain() throws Exception {
        slack.clear();
        String body = event("EvREPLICA1", LICENSE_Q);
        assertEquals(200, new SlackRequests(a.app().port()).signed("/slack/events", "application/json", body).statusCode());
        int retry = 1;
        for (Replica r : List.of(b, a, b)) {
            HttpResponse<String> res = new SlackRequests(r.app().port()).signed("/slack/events", "application/json", body,
                    "X-Slack-Retry-Num", String.valueOf(retry++), "X-Slack-Retry-Reason", "http_timeout");
            assertEquals(200, res.statusCode(), res.body());
        }
        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post, "no chat.postMessage");
        assertTrue(post.body().contains("2032"), post.body());
        assertTrue(slack.drain(Duration.ofMillis(1000)).isEmpty(), "a retry was answered a second time");
    }

    @Test
    @Order(4)
    void aClientsBudgetIsOneBudgetOverBothReplicas() throws Exception {
        String client = "203.0.113.40";
        List<Replica> order = List.of(a, b, a, b, b);
        for (int i = 0; i < BUDGET; i++) ask(order.get(i).base(), client, LICENSE_Q, null); // each 200
        for (Replica r : List.of(a, b)) {
            HttpResponse<String> limited = post(r.base(), client, LICENSE_Q);
            assertEquals(429, limited.statusCode(), limited.body());
            assertEquals("rate_limited", JSON.readTree(limited.body()).get("error").asText());
            long wait = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 60 / BUDGET, "Retry-After " + wait);
        }
        assertEquals(200, post(a.base(), "203.0.113.41", LICENSE_Q).statusCode(), "another client's budget is its own");
    }

    @Test
    @Order(5)
    void aFirstTurnAnswerMadeByOneReplicaIsReusedByTheOther() throws Exception {
        String question = "What is the AGI clause?";
        long hits = b.bot().answerCache().hits();
        JsonNode made = ask(a.base(), "203.0.113.50", question, null);
        JsonNode reused = ask(b.base(), "203.0.113.51", question, null);
        assertEquals(hits + 1, b.bot().answerCache().hits(), "B found A's answer in Redis");
        assertEquals(made.get("answer"), reused.get("answer"));
        assertEquals(made.get("citations"), reused.get("citations"));
    }

    @Test
    @Order(10)
    void redisDownBothReplicasStillAnswerAndSayDegradedThenRecoverOnTheirOwn() throws Exception {
        redis.stop();
        for (Replica r : List.of(a, b)) {
            JsonNode answer = ask(r.base(), "203.0.113.30", LICENSE_Q, null);
            assertTrue(answer.get("answer").asText().contains("2032"), answer.toString());
            JsonNode health = awaitHealth(r, h -> h.get("state").asText().equals("degraded"));
            assertEquals("redis", health.get("stateStore").asText());
            String metrics = get(r.base() + "/metrics").body();
            assertTrue(metrics.contains("dealbot_state_degraded{store=\"redis\"} 1.0"), metrics);
            assertTrue(fallbacks(metrics) >= 1, "fallbacks counted: " + metrics);
        }

        redis.start(); // same port, empty: the replicas find it again by themselves
        for (Replica r : List.of(a, b)) awaitHealth(r, h -> h.get("state").asText().equals("ok"));
        String id = ask(a.base(), "203.0.113.31", AMAZON, null).get("conversationId").asText();
        JsonNode followUp = ask(b.base(), "203.0.113.31", FOLLOW_UP, id);
        assertEquals(id, followUp.get("conversationId").asText(), "shared conversations are back");
        assertTrue(followUp.get("answer").asText().contains("15 billion"), followUp.toString());
        assertTrue(get(b.base() + "/metrics").body().contains("dealbot_state_degraded{store=\"redis\"} 0.0"));
    }

    static HttpResponse<String> post(String base, String client, String question) throws Exception {
        String body = JSON.createObjectNode().put("question", question).toString();
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ask(String base, String client, String question, String conversationId) throws Exception {
        String body = JSON.createObjectNode().put("question", question).put("conversationId", conversationId).toString();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** POST /api/ask/stream, reading events as they arrive; returns the {@code done} answer. */
    static JsonNode stream(String base, String question, String conversationId, List<String> events) throws Exception {
        String body = JSON.createObjectNode().put("question", question).put("conversationId", conversationId).toString();
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ask/stream"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), r.headers().toString());
        JsonNode done = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) events.add(event = line.substring(7));
                else if (line.startsWith("data: ") && "done".equals(event)) done = JSON.readTree(line.substring(6));
            }
        }
        assertNotNull(done, "no done event: " + events);
        return done;
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code /health} (every 100 ms, at most 10 s) until {@code wanted}; always 200 while state is degraded. */
    static JsonNode awaitHealth(Replica r, Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> res = get(r.base() + "/health");
            assertEquals(200, res.statusCode(), res.body());
            JsonNode health = JSON.readTree(res.body());
            if (wanted.test(health)) return health;
            assertTrue(System.nanoTime() < deadline, "health never became as expected: " + res.body());
            Thread.sleep(100);
        }
    }

    static double answers(Replica r) {
        return r.metrics().registry().find("dealbot.answers").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    static double fallbacks(String metrics) {
        Matcher m = Pattern.compile("(?m)^dealbot_state_fallbacks_total(?:\\{[^}]*})? ([0-9.E]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    static String event(String eventId, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + System.currentTimeMillis() / 1000
                + ",\"event\":{\"type\":\"app_mention\",\"user\":\"U0001\",\"text\":\"<@U0BOT> " + text + "\","
                + "\"ts\":\"1700000100.000100\",\"channel\":\"C0001\"}}";
    }
}
