package dev.dealbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dealbot eval FILE.jsonl}: runs a question set and scores every answer. */
@Command(name = "eval", description = "Score a question set (JSONL: id, question, answerable, expect, sources).")
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Option(names = "--min-correct", paramLabel = "N", description = "Exit 1 when fewer than N answers are correct.")
    int minCorrect = -1;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "question set not found: " + file);
        List<EvalCase> cases;
        try {
            cases = read(file);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        int correct = 0;
        try (Dealbot bot = common.start(m -> {})) {
            for (EvalCase c : cases) {
                Answer answer = bot.withAsker(asker -> asker.ask(c.question(), Conversation.none()));
                EvalScorer.Outcome o = EvalScorer.judge(c, answer, bot.corpus());
                if (o.passed()) correct++;
                out.printf("%-5s %-4s %s%n", o.passed() ? "PASS" : "FAIL", c.id(), c.question());
                if (!o.passed() || common.verbose) {
                    o.problems().forEach(p -> out.println("      - " + p));
                    out.println("      answer: " + answer.answer());
                }
            }
        }
        out.printf("%d/%d correct%n", correct, cases.size());
        return minCorrect >= 0 && correct < minCorrect ? 1 : 0;
    }

    static List<EvalCase> read(Path file) throws java.io.IOException {
        List<EvalCase> cases = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) continue;
            EvalCase c;
            try {
                c = JSON.readValue(line, EvalCase.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": not a JSON question: " + e.getOriginalMessage());
            }
            if (c.problem() != null) throw new IllegalArgumentException(file + ":" + lineNo + ": " + c.problem());
            cases.add(c);
        }
        return cases;
    }
}
