package dev.dealbot.helper;

/** A value failed validation; the message names the field and says what to fix. */
public final class ValidationException extends IllegalArgumentException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending field or setting, e.g. {@code question} or {@code llm.timeout}. */
    public String field() {
        return field;
    }
}
