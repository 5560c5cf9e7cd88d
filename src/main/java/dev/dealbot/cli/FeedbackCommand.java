package dev.dealbot.cli;

import dev.dealbot.Dealbot;
import dev.dealbot.feedback.EvalExport;
import dev.dealbot.feedback.Feedback;
import dev.dealbot.feedback.FeedbackStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dealbot feedback list|export [--down] [--since DATE]}: readers' ratings from {@code data/feedback.db};
 * {@code export} prints them as eval-set JSONL that {@code dealbot eval} runs as regression cases.
 */
@Command(name = "feedback", description = "List readers' ratings, or export them as eval cases (JSONL for 'dealbot eval').")
final class FeedbackCommand implements Callable<Integer> {
    private static final int SHOWN_CHARS = 100;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "list|export", description = "list: one line per rating; export: eval-set JSONL on stdout.")
    String action;

    @Option(names = "--down", description = "Only thumbs-down ratings.")
    boolean downOnly;

    @Option(names = "--since", paramLabel = "DATE", description = "Only ratings from this day (yyyy-MM-dd, UTC) or instant on.")
    String since;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!action.equals("list") && !action.equals("export"))
            throw new ParameterException(spec.commandLine(), "unknown action '" + action + "': use list or export");
        Instant from = since == null ? null : parseSince(since);
        PrintWriter out = spec.commandLine().getOut();
        List<Feedback> ratings;
        try (FeedbackStore store = FeedbackStore.open(Dealbot.feedbackFile(common.settings()))) {
            ratings = store.list(from, downOnly);
        }
        if (action.equals("export")) {
            ratings.forEach(f -> out.println(EvalExport.line(f)));
        } else {
            for (Feedback f : ratings) {
                out.printf("%s %-4s %-10s %-5s %s%n", f.createdAt(), f.rating().id(), f.mode(), f.channel(), shorten(f.question()));
                if (f.comment() != null) out.println("    comment: " + shorten(f.comment()));
            }
            out.println(ratings.size() + " rating" + (ratings.size() == 1 ? "" : "s"));
        }
        out.flush();
        return 0;
    }

    private Instant parseSince(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since must be a date like 2026-05-01 or an instant like "
                    + "2026-05-01T12:00:00Z, got '" + value + "'");
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").replaceAll("\\p{Cc}", "?"); // stored text never drives the terminal
        return one.length() <= SHOWN_CHARS ? one : one.substring(0, SHOWN_CHARS - 1) + "…";
    }
}
