package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealbot serve [--port N]}: the HTTP API (and the widget and Slack channels when configured). */
@Command(name = "serve", description = "Serve the HTTP API, the web widget and the chat webhooks.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: server.port; 0 = any free port).")
    Integer port;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port != null && (port < 0 || port > 65535))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        var out = spec.commandLine().getOut();
        Dealbot bot = common.start(line -> {
            out.println(line);
            out.flush();
        }, port);
        bot.watch(); // new articles and a damaged index are picked up while serving
        bot.feedbackStore(); // the ratings store's schema is migrated at start, not on the first rating
        Javalin app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
        out.printf("dealbot (%s) listening on http://%s:%d%n", bot.mode(), bot.settings().config().server().host(), app.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
