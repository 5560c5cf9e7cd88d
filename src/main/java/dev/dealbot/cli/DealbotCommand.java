package dev.dealbot.cli;

import dev.dealbot.config.ConfigException;
import dev.dealbot.corpus.CorpusException;
import dev.dealbot.feedback.FeedbackException;
import dev.dealbot.helper.ValidationException;
import dev.dealbot.ingest.IngestException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dealbot} and its subcommands. Usage errors exit 2, runtime errors 1, each with one line on stderr;
 * {@code --help} on any command and {@code dealbot help COMMAND} print its usage and exit 0.
 */
@Command(name = "dealbot", mixinStandardHelpOptions = true, version = "dealbot 1.0.0",
        scope = CommandLine.ScopeType.INHERIT, // every subcommand gets -h/--help and -V/--version
        description = "Cited answers about the April 2026 Microsoft-OpenAI partnership revision.",
        subcommands = {AskCommand.class, ChatCommand.class, ServeCommand.class, IndexCommand.class, EvalCommand.class,
                AddCommand.class, FeedbackCommand.class,
                CommandLine.HelpCommand.class})
public final class DealbotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: ask, chat, serve, index, eval, add, feedback or help");
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DealbotCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("dealbot: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            commandLine.getErr().println("dealbot: " + describe(ex));
            if (verbose) ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl;
    }

    private static String describe(Exception ex) {
        if (ex instanceof ConfigException || ex instanceof CorpusException || ex instanceof ValidationException
                || ex instanceof IngestException || ex instanceof FeedbackException)
            return ex.getMessage();
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = ex.getMessage() != null ? ex.getMessage() : root.toString();
        return msg.lines().findFirst().orElse(msg) + " (run with --verbose for details)";
    }
}
