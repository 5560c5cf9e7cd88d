package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.widget.WidgetRoutes;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Consumer;

/** The chat channels served next to the API: the web widget and the Slack/Mattermost webhooks. */
public final class Channels {
    private Channels() {}

    /** Public so tests (and embedders) can build the exact app {@code dealbot serve} runs. */
    public static List<Consumer<JavalinConfig>> of(Dealbot bot) {
        return List.of(new WidgetRoutes(bot.settings().config().widget()));
    }
}
