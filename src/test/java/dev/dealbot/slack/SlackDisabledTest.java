package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each endpoint exists only when its secret (or API keys) is configured. */
class SlackDisabledTest {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String BODY = "token=mm&command=%2Fdealbot&text=hello&response_url=https%3A%2F%2Fhooks.slack.com%2Fx";

    @TempDir
    static Path dataDir;

    /** Starts a bot with {@code env}, then returns {commands, events, mattermost, chat completions, mcp} statuses. */
    static int[] statuses(Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DEALBOT_PORT", "0");
        try (Dealbot bot = Fixtures.bot(dataDir, all)) {
            Javalin app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
            try {
                SlackRequests client = new SlackRequests(app.port());
                return new int[] {
                    client.signed("/slack/commands", FORM, BODY).statusCode(),
                    client.signed("/slack/events", "application/json", "{\"type\":\"url_verification\",\"challenge\":\"c\"}").statusCode(),
                    client.unsigned("/mattermost/commands", FORM, BODY, "Authorization", "Token mm").statusCode(),
                    client.unsigned("/v1/chat/completions", "application/json", "{}", "Authorization", "Bearer k").statusCode(),
                    client.unsigned("/mcp", "application/json", "{}", "Authorization", "Bearer k").statusCode()};
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void allEndpointsAre404WithoutSecrets() throws Exception {
        int[] s = statuses(Map.of());
        assertEquals(404, s[0]);
        assertEquals(404, s[1]);
        assertEquals(404, s[2]);
        assertEquals(404, s[3], "the OpenAI-compatible API is off without DEALBOT_API_KEYS");
        assertEquals(404, s[4], "so is the MCP server");
    }

    @Test
    void eventsNeedTheBotTokenToo() throws Exception {
        int[] s = statuses(Map.of("DEALBOT_SLACK_SIGNING_SECRET", SECRET, "DEALBOT_MATTERMOST_TOKEN", "mm"));
        assertEquals(200, s[0]);
        assertEquals(404, s[1]);
        assertEquals(200, s[2]);
    }
}
