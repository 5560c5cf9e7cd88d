package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.feedback.FeedbackRoutes;
import dev.dealbot.mcp.McpEndpoint;
import dev.dealbot.openai.OpenAiRoutes;
import dev.dealbot.slack.MattermostRoutes;
import dev.dealbot.slack.SlackRoutes;
import dev.dealbot.widget.WidgetRoutes;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chat channels served next to the API: the web widget (always; its origin rules cover the API) and the
 * Slack/Mattermost webhooks, the OpenAI-compatible API and the MCP server (only when their secret or keys are configured;
 * otherwise their paths are 404).
 * Public so tests (and embedders) can build the exact app {@code dealbot serve} runs.
 */
public final class Channels {
    private Channels() {}

    public static List<Consumer<JavalinConfig>> of(Dealbot bot) {
        List<Consumer<JavalinConfig>> channels = new ArrayList<>();
        // first: their filters set the error format the widget's origin checks and the API budget then write in
        OpenAiRoutes.forBot(bot).ifPresent(channels::add);
        McpEndpoint.forBot(bot).ifPresent(channels::add);
        var widget = bot.settings().config().widget();
        channels.add(new WidgetRoutes(widget, bot.rateLimiter("browser", widget.requestsPerMinute())));
        channels.add(new FeedbackRoutes(bot));
        SlackRoutes.forBot(bot).ifPresent(channels::add);
        MattermostRoutes.forBot(bot).ifPresent(channels::add);
        return List.copyOf(channels);
    }
}
