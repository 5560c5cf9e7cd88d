package dev.dealbot.corpus;

/** An article file is missing, unreadable or malformed; the message names the file and the problem. */
public final class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
