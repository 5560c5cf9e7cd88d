package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.BOT_TOKEN;
import static dev.dealbot.slack.SlackRequests.MATTERMOST_TOKEN;
import static dev.dealbot.slack.SlackRequests.SECRET;
import static dev.dealbot.slack.SlackRequests.command;
import static dev.dealbot.slack.SlackRequests.form;
import static dev.dealbot.slack.SlackRequests.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slack and Mattermost endpoints over real HTTP, with a fake Slack on loopback. */
class SlackRoutesTest {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON_TYPE = "application/json";
    static final String LICENSE_Q = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeSlack slack;
    static Dealbot bot;
    static Javalin app;
    static SlackRequests client;

    @BeforeAll
    static void start() throws Exception {
        slack = new FakeSlack();
        bot = Fixtures.bot(dataDir, Map.of("DEALBOT_PORT", "0", "DEALBOT_SLACK_SIGNING_SECRET", SECRET,
                "DEALBOT_SLACK_BOT_TOKEN", BOT_TOKEN, "DEALBOT_MATTERMOST_TOKEN", MATTERMOST_TOKEN,
                "DEALBOT_SLACK_API_URL", slack.apiUrl()));
        app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
        client = new SlackRequests(app.port());
        warmUp(client);
    }

    /** One signed usage request, so timed requests measure the ack path and not first-request class loading. */
    static void warmUp(SlackRequests client) throws Exception {
        assertEquals(200, client.signed("/slack/commands", FORM, form(command("", "https://hooks.slack.com/x"))).statusCode());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.stop();
        if (bot != null) bot.close();
        if (slack != null) slack.close();
    }

    @BeforeEach
    void reset() {
        slack.clear();
    }

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    static String event(String eventId, String type, String text, String threadTs) {
        String thread = threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"";
        String channelType = type.equals("message") ? ",\"channel_type\":\"im\"" : "";
        return "{\"token\":\"x\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + now() + ",\"event\":{\"type\":\"" + type + "\","
                + "\"user\":\"U0001\",\"text\":\"" + text + "\",\"ts\":\"" + eventId.hashCode() + ".000100\","
                + "\"channel\":\"C0001\"" + channelType + thread + "}}";
    }

    @Test
    void slashCommandAcksAtOnceThenPostsTheAnswerToResponseUrl() throws Exception {
        String body = form(command(LICENSE_Q, slack.responseUrl("cmd1")));
        long start = System.nanoTime();
        HttpResponse<String> ack = client.signed("/slack/commands", FORM, body);
        long ackMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals("ephemeral", json(ack.body()).get("response_type").asText());
        assertTrue(ackMillis < 1000, "ack took " + ackMillis + " ms");

        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post, "no answer at response_url");
        assertEquals("/response/cmd1", post.path());
        assertEquals(null, post.header("Authorization"));
        JsonNode msg = json(post.body());
        assertEquals("in_channel", msg.get("response_type").asText());
        assertTrue(msg.get("text").asText().contains("2032"), post.body());
        assertTrue(msg.get("blocks").toString().contains("2032"));
        assertTrue(msg.get("blocks").toString().contains("Sources"));
        assertTrue(slack.drain(Duration.ofMillis(300)).isEmpty(), "posted twice");
    }

    @Test
    void wedoanyAttributionAppearsInThePostedBlocks() throws Exception {
        client.signed("/slack/commands", FORM, form(command(
                "What did Wedoany report about the revised Microsoft OpenAI partnership?", slack.responseUrl("w"))));
        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post);
        JsonNode blocks = json(post.body()).get("blocks");
        assertTrue(blocks.toString().contains("— Wedoany"), blocks.toPrettyString());
        System.out.println("posted blocks: " + blocks);
    }

    @Test
    void emptySlashCommandGetsUsage() throws Exception {
        // blank, a no-break space, a lone accent mark, a variation selector, U+034F: nothing to read in any of them
        for (String text : List.of("  ", "\u00a0", "\u0301", "\ufe0f", "\u034f")) {
            HttpResponse<String> res = client.signed("/slack/commands", FORM, form(command(text, slack.responseUrl("e"))));
            assertEquals(200, res.statusCode());
            JsonNode reply = json(res.body());
            assertEquals("ephemeral", reply.get("response_type").asText());
            assertTrue(reply.get("text").asText().contains("/dealbot"), res.body());
        }
        assertTrue(slack.drain(Duration.ofMillis(300)).isEmpty());
    }

    @Test
    void badSlashCommandInputIs4xxJson() throws Exception {
        HttpResponse<String> res = client.signed("/slack/commands", FORM, form(command("q?", "https://evil.example/x")));
        assertEquals(400, res.statusCode());
        assertEquals("bad_response_url", json(res.body()).get("error").asText());
        res = client.signed("/slack/commands", FORM, "text=%zz&response_url=x");
        assertEquals(400, res.statusCode());
        res = client.signed("/slack/events", JSON_TYPE, "{not json");
        assertEquals(400, res.statusCode());
        assertEquals("bad_json", json(res.body()).get("error").asText());
    }

    @Test
    void urlVerificationEchoesTheChallengeOnlyWhenSigned() throws Exception {
        String body = "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";
        HttpResponse<String> ok = client.signed("/slack/events", JSON_TYPE, body);
        assertEquals(200, ok.statusCode());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json(ok.body()).get("challenge").asText());

        List<HttpResponse<String>> rejected = List.of(
                client.signed("/slack/events", JSON_TYPE, body, "wrong-secret", now()),
                client.signed("/slack/events", JSON_TYPE, body, SECRET, now() - 330),
                client.signed("/slack/events", JSON_TYPE, body, SECRET, now() + 330),
                client.unsigned("/slack/events", JSON_TYPE, body),
                client.unsigned("/slack/events", JSON_TYPE, body, "X-Slack-Request-Timestamp", String.valueOf(now())),
                client.unsigned("/slack/events", JSON_TYPE, body.replace("3eZ", "4eZ"), "X-Slack-Request-Timestamp",
                        String.valueOf(now()), "X-Slack-Signature", SlackRequests.sign(SECRET, now(), body)),
                client.unsigned("/slack/commands", FORM, form(command(LICENSE_Q, slack.responseUrl("x")))));
        for (HttpResponse<String> r : rejected) {
            assertEquals(401, r.statusCode(), r.body());
            assertFalse(r.body().contains("3eZbrw"), r.body());
            assertEquals("unauthorized", json(r.body()).get("error").asText());
        }
        assertTrue(slack.drain(Duration.ofMillis(300)).isEmpty(), "an unsigned command was answered");
    }

    @Test
    void retriedEventIsAnsweredOnceInItsThread() throws Exception {
        String body = event("Ev0RETRY", "app_mention", "<@U0BOT> " + LICENSE_Q, null);
        for (int retry = 0; retry < 4; retry++) {
            HttpResponse<String> res = retry == 0 ? client.signed("/slack/events", JSON_TYPE, body)
                    : client.signed("/slack/events", JSON_TYPE, body, "X-Slack-Retry-Num", String.valueOf(retry),
                            "X-Slack-Retry-Reason", "http_timeout");
            assertEquals(200, res.statusCode(), res.body());
        }
        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post, "no chat.postMessage");
        assertEquals("/api/chat.postMessage", post.path());
        assertEquals("Bearer " + BOT_TOKEN, post.header("Authorization"));
        JsonNode msg = json(post.body());
        assertEquals("C0001", msg.get("channel").asText());
        assertEquals("Ev0RETRY".hashCode() + ".000100", msg.get("thread_ts").asText());
        assertTrue(msg.get("text").asText().contains("2032"), post.body());
        assertTrue(slack.drain(Duration.ofMillis(800)).isEmpty(), "answered more than once");
    }

    @Test
    void directMessageInAThreadRepliesInThatThreadAndIgnoresBotsAndEdits() throws Exception {
        String dm = event("EvDM1", "message", LICENSE_Q, "1700000000.000200");
        assertEquals(200, client.signed("/slack/events", JSON_TYPE, dm).statusCode());
        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post);
        assertEquals("1700000000.000200", json(post.body()).get("thread_ts").asText());

        String fromBot = event("EvBOT", "message", "an answer [1]", null).replace("\"user\":\"U0001\"", "\"bot_id\":\"B0001\"");
        String edit = event("EvEDIT", "message", "x", null).replace("\"channel_type\"", "\"subtype\":\"message_changed\",\"channel_type\"");
        String channelMsg = event("EvCHAN", "message", LICENSE_Q, null).replace("\"im\"", "\"channel\"");
        for (String ignored : List.of(fromBot, edit, channelMsg))
            assertEquals(200, client.signed("/slack/events", JSON_TYPE, ignored).statusCode());
        assertTrue(slack.drain(Duration.ofMillis(800)).isEmpty(), "answered a bot, an edit or a channel message");
    }

    @Test
    void aSlackThreadsIdSentToTheHttpApiDoesNotReachTheThread() throws Exception {
        String thread = "1700000000.000300";
        assertEquals(200, client.signed("/slack/events", JSON_TYPE, event("EvTHREAD1", "message", LICENSE_Q, thread)).statusCode());
        assertNotNull(slack.next(Duration.ofSeconds(20)));
        String slackId = "slack:T0001:C0001:" + thread;
        HttpResponse<String> api = SlackRequests.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                .header("Content-Type", JSON_TYPE)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"question\": \"What is Frontier?\", "
                        + "\"conversationId\": \"" + slackId + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        assertFalse(json(api.body()).get("conversationId").asText().contains(thread), api.body());

        var history = bot.conversations().forSlackThread("T0001", "C0001", thread).history();
        assertEquals(List.of(LICENSE_Q), history.stream().map(dev.dealbot.question.Turn::question).toList(),
                "only the thread's own question is in its context");
        assertEquals(200, client.signed("/slack/events", JSON_TYPE, event("EvTHREAD2", "message", "Is it exclusive?", thread))
                .statusCode());
        FakeSlack.Received followUp = slack.next(Duration.ofSeconds(20));
        assertNotNull(followUp);
        assertTrue(json(followUp.body()).get("text").asText().matches("(?is).*non-?exclusive.*"), followUp.body());
    }

    @Test
    void rateLimitedPostIsRetriedAfterRetryAfterAndDeliveredOnce() throws Exception {
        slack.script.add(429);
        String body = event("Ev429", "app_mention", "<@U0BOT> " + LICENSE_Q, null);
        assertEquals(200, client.signed("/slack/events", JSON_TYPE, body).statusCode());
        FakeSlack.Received first = slack.next(Duration.ofSeconds(20));
        assertNotNull(first);
        assertEquals(429, first.status());
        long start = System.nanoTime();
        FakeSlack.Received second = slack.next(Duration.ofSeconds(10));
        assertNotNull(second, "not retried after 429");
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 900, "Retry-After not honoured");
        assertEquals(200, second.status());
        assertEquals(first.body(), second.body());
        assertTrue(slack.drain(Duration.ofMillis(800)).isEmpty(), "delivered more than once");
    }

    @Test
    void serverErrorAtResponseUrlIsRetriedAndDeliveredOnce() throws Exception {
        slack.script.add(503);
        client.signed("/slack/commands", FORM, form(command(LICENSE_Q, slack.responseUrl("flaky"))));
        FakeSlack.Received first = slack.next(Duration.ofSeconds(20));
        assertNotNull(first);
        assertEquals(503, first.status());
        FakeSlack.Received second = slack.next(Duration.ofSeconds(10));
        assertNotNull(second, "not retried after 503");
        assertEquals(200, second.status());
        assertEquals("/response/flaky", second.path());
        assertTrue(slack.drain(Duration.ofMillis(800)).isEmpty(), "delivered more than once");
    }

    @Test
    void mattermostCommandNeedsItsToken() throws Exception {
        Map<String, String> fields = new java.util.LinkedHashMap<>(command(LICENSE_Q, "https://mm.example/hooks/x"));
        fields.put("token", MATTERMOST_TOKEN);
        HttpResponse<String> viaBody = client.unsigned("/mattermost/commands", FORM, form(fields));
        assertEquals(200, viaBody.statusCode(), viaBody.body());
        JsonNode reply = json(viaBody.body());
        assertEquals("in_channel", reply.get("response_type").asText());
        assertTrue(reply.get("text").asText().contains("2032"), viaBody.body());
        assertTrue(reply.get("text").asText().contains("**Sources**"), viaBody.body());

        fields.remove("token");
        HttpResponse<String> viaHeader = client.unsigned("/mattermost/commands", FORM, form(fields),
                "Authorization", "Token " + MATTERMOST_TOKEN);
        assertEquals(200, viaHeader.statusCode(), viaHeader.body());
        assertEquals("in_channel", json(viaHeader.body()).get("response_type").asText());

        assertEquals(401, client.unsigned("/mattermost/commands", FORM, form(fields)).statusCode());
        assertEquals(401, client.unsigned("/mattermost/commands", FORM, form(fields), "Authorization",
                "Token wrong-token").statusCode());
        fields.put("token", "wrong-token");
        HttpResponse<String> wrong = client.unsigned("/mattermost/commands", FORM, form(fields));
        assertEquals(401, wrong.statusCode());
        assertEquals("unauthorized", json(wrong.body()).get("error").asText());

        fields.put("token", MATTERMOST_TOKEN);
        fields.put("text", "");
        JsonNode usage = json(client.unsigned("/mattermost/commands", FORM, form(fields)).body());
        assertEquals("ephemeral", usage.get("response_type").asText());
    }
}
