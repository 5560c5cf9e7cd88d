package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.SECRET;
import static dev.dealbot.slack.SlackRequests.command;
import static dev.dealbot.slack.SlackRequests.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.feedback.Feedback;
import dev.dealbot.feedback.Rating;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbs buttons on a Slack answer, clicked: a signed {@code block_actions} interaction ends up in SQLite. */
class SlackFeedbackTest {
    static final String FORM = "application/x-www-form-urlencoded";
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
                "DEALBOT_SLACK_API_URL", slack.apiUrl()));
        app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
        client = new SlackRequests(app.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.stop();
        if (bot != null) bot.close();
        if (slack != null) slack.close();
    }

    static String click(String actionId, String answerId, String responseUrl) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0042\",\"team_id\":\"T0001\"},\"team\":{\"id\":\"T0001\"},"
                + "\"response_url\":\"" + responseUrl + "\",\"actions\":[{\"type\":\"button\",\"block_id\":\"dealbot_feedback\","
                + "\"action_id\":\"" + actionId + "\",\"value\":\"" + answerId + "\",\"action_ts\":\"1.2\"}]}";
    }

    @Test
    void aClickOnTheAnswersThumbsDownIsStoredForThatSlackUser() throws Exception {
        String question = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
        assertEquals(200, client.signed("/slack/commands", FORM, form(command(question, slack.responseUrl("q")))).statusCode());
        FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
        assertNotNull(post, "no answer posted");
        JsonNode blocks = JSON.readTree(post.body()).get("blocks");
        JsonNode actions = blocks.get(blocks.size() - 1);
        assertEquals("actions", actions.get("type").asText(), blocks.toPrettyString());
        assertEquals("dealbot_feedback_up", actions.at("/elements/0/action_id").asText());
        assertEquals("dealbot_feedback_down", actions.at("/elements/1/action_id").asText());
        String answerId = actions.at("/elements/1/value").asText();
        assertTrue(answerId.matches("[A-Za-z0-9_-]{16}"), answerId);

        String body = form(Map.of("payload", click("dealbot_feedback_down", answerId, slack.responseUrl("thanks"))));
        assertEquals(401, client.signed("/slack/interactions", FORM, body, "wrong-secret", SlackRequests.now()).statusCode());
        assertEquals(401, client.unsigned("/slack/interactions", FORM, body).statusCode());
        assertEquals(0, bot.feedbackStore().list(null, false).size(), "unsigned clicks store nothing");

        HttpResponse<String> r = client.signed("/slack/interactions", FORM, body);
        assertEquals(200, r.statusCode(), r.body());
        Feedback f = bot.feedbackStore().list(null, false).get(0);
        assertEquals(answerId, f.answerId());
        assertEquals(Rating.DOWN, f.rating());
        assertEquals("slack", f.channel());
        assertEquals("slack:T0001:U0042", f.clientKey());
        assertEquals(question, f.question());
        assertTrue(JSON.readTree(f.answerJson()).get("answer").asText().contains("2032"), f.answerJson());
        FakeSlack.Received thanks = slack.next(Duration.ofSeconds(10));
        assertNotNull(thanks, "no thanks");
        assertEquals("/response/thanks", thanks.path());
        assertTrue(thanks.body().contains("Thanks for the feedback") && thanks.body().contains("ephemeral"), thanks.body());

        String forged = form(Map.of("payload", click("dealbot_feedback_up", "AAAAAAAAAAAAAAAA", slack.responseUrl("old"))));
        assertEquals(200, client.signed("/slack/interactions", FORM, forged).statusCode());
        assertEquals(1, bot.feedbackStore().list(null, false).size(), "an unknown answer id stores nothing");
        assertEquals(400, client.signed("/slack/interactions", FORM, form(Map.of("payload", "{nope"))).statusCode());
    }
}
