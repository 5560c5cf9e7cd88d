package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.helper.Validate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealbot ask "question"}: one answer, offline by default. */
@Command(name = "ask", description = "Answer one question with cited sources.")
final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print exactly the JSON of POST /api/ask.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quote it, or give several words).")
    List<String> words;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String question = dev.dealbot.helper.Text.clean(String.join(" ", words));
        try {
            if (dev.dealbot.helper.Text.isEmpty(question))
                throw new dev.dealbot.helper.ValidationException("question", "the question has no readable text (only "
                        + "spaces, invisible characters or lone accent marks); ask in words");
            Validate.maxLength(question, 2000, "question");
        } catch (dev.dealbot.helper.ValidationException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Dealbot bot = common.start(common.verbose ? spec.commandLine().getErr()::println : m -> {})) {
            Answer answer = bot.withAsker(asker -> asker.ask(question, Conversation.none()));
            var out = spec.commandLine().getOut();
            if (json) AnswerPrinter.printJson(answer, out);
            else AnswerPrinter.printText(answer, out, bot.corpus().articles().size());
            out.flush();
        }
        return 0;
    }
}
