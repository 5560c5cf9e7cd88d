package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.slack.MattermostRoutes;
import dev.dealbot.slack.SlackRoutes;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The chat channels served next to the API: the web widget and the Slack/Mattermost webhooks. */
public final class Channels {
    private Channels() {}

    /** Each channel whose secret is configured; a channel without its secret adds no routes (its paths are 404). */
    public static List<Consumer<JavalinConfig>> of(Dealbot bot) {
        List<Consumer<JavalinConfig>> channels = new ArrayList<>();
        SlackRoutes.forBot(bot).ifPresent(channels::add);
        MattermostRoutes.forBot(bot).ifPresent(channels::add);
        return List.copyOf(channels);
    }
}
