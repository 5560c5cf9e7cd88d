package dev.dealbot.http;

/** A client error with its status, code and a message for the person who sent the request. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(code, getMessage());
    }
}
