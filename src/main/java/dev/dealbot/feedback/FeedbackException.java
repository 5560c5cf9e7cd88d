package dev.dealbot.feedback;

/** The feedback store cannot be opened, read or written; the message names the file and the problem. */
public final class FeedbackException extends RuntimeException {
    public FeedbackException(String message, Throwable cause) {
        super(message, cause);
    }

    public FeedbackException(String message) {
        super(message);
    }
}
