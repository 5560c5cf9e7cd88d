package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Consumer;

/** The chat channels served next to the API: the web widget and the Slack/Mattermost webhooks. */
final class Channels {
    private Channels() {}

    static List<Consumer<JavalinConfig>> of(Dealbot bot) {
        return List.of();
    }
}
