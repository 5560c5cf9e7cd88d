package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.answer.Conversation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code dealbot chat}: questions from stdin, one per line; follow-ups keep the context. */
@Command(name = "chat", description = "Interactive questions; follow-ups keep context. Empty line or 'exit' quits.")
final class ChatCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (Dealbot bot = common.start(m -> {})) {
            Conversation conversation = bot.conversations().local();
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            out.println("Ask about the April 2026 Microsoft-OpenAI partnership revision. Empty line or 'exit' quits.");
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.isBlank() || line.strip().equalsIgnoreCase("exit")) break;
                if (line.length() > 2000) {
                    out.println("That question is longer than 2,000 characters; please shorten it.");
                    continue;
                }
                String question = line.strip();
                AnswerPrinter.printText(bot.withAsker(asker -> asker.ask(question, conversation)), out, bot.corpus().articles().size());
                out.println();
            }
        }
        return 0;
    }
}
