package dev.dealbot;

import dev.dealbot.cli.DealbotCommand;
import dev.dealbot.index.BackgroundEmbedder;

/** Entry point of the runnable jar; see {@link DealbotCommand} for the commands. */
public final class Main {
    /** Held so java.util.logging keeps the level (it only references loggers weakly). */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
    /** Warns when C2 is off, as bin/dealbot has it for {@code ask} (one answer: plain loops, same results). */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /** Commands that answer questions: their embedding model is made from the start, beside everything else. */
    private static final java.util.Set<String> NEEDS_MODEL = java.util.Set.of("ask", "chat", "serve", "eval");

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && NEEDS_MODEL.contains(args[0])) BackgroundEmbedder.startEarly();
        quietLogging(args.length > 0 && args[0].equals("serve"));
        int code = DealbotCommand.run(args);
        BackgroundEmbedder.settle(); // exiting while the model is being made would crash in the native library
        System.exit(code);
    }

    /** Commands print answers, not library chatter; {@code serve} also logs requests and start-up at INFO. */
    private static void quietLogging(boolean serving) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", serving ? "info" : "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (!serving) VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
}
