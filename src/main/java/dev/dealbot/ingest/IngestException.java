package dev.dealbot.ingest;

/** A page could not be fetched, read or turned into an article; the message says what to fix. */
public final class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
