package dev.dealbot;

import dev.dealbot.cli.DealbotCommand;

/** Entry point of the runnable jar; see {@link DealbotCommand} for the commands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(DealbotCommand.run(args));
    }
}
