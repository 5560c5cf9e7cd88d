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

    @Option(names = "--passages", description = "Score what a language model would be shown instead: whether every "
            + "answerable question's expected facts are all in its prompt's passages.")
    boolean passages;

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
                if (passages) {
                    if (!Boolean.TRUE.equals(c.answerable())) continue;
                    String shown = bot.withAsker(asker -> asker.passages(c.question(), bot.corpus()));
                    String all = corpusText(bot);
                    // a figure no article states ("2 years" apart) is worked out from the passages, not found in them
                    List<String> missing = c.expect().stream().filter(r -> finds(r, all) && !finds(r, shown)).toList();
                    if (missing.isEmpty()) correct++;
                    out.printf("%-5s %-4s %s%n", missing.isEmpty() ? "PASS" : "FAIL", c.id(), c.question());
                    if (!missing.isEmpty()) out.println("      - passages do not state " + missing);
                    continue;
                }
                Answer answer = bot.withAsker(asker -> asker.ask(c.question(), Conversation.none(), false)); // each case answered afresh
                EvalScorer.Outcome o = EvalScorer.judge(c, answer, bot.corpus());
                if (o.passed()) correct++;
                out.printf("%-5s %-4s %s%n", o.passed() ? "PASS" : "FAIL", c.id(), c.question());
                if (!o.passed() || common.verbose) {
                    o.problems().forEach(p -> out.println("      - " + p));
                    out.println("      answer: " + answer.answer());
                }
            }
        }
        long scored = passages ? cases.stream().filter(c -> Boolean.TRUE.equals(c.answerable())).count() : cases.size();
        out.printf(passages ? "%d/%d answerable questions have every expected fact in their passages%n" : "%d/%d correct%n",
                correct, scored);
        return minCorrect >= 0 && correct < minCorrect ? 1 : 0;
    }

    private static boolean finds(String regex, String text) {
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /** Every article's title, source and body: what any passage could state. */
    private static String corpusText(Dealbot bot) {
        StringBuilder sb = new StringBuilder();
        for (var a : bot.corpus().articles()) sb.append(a.title()).append('\n').append(a.source()).append('\n').append(a.body()).append('\n');
        return sb.toString();
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
