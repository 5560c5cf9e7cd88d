package dev.dealbot.http;

/** The body of every error response: a stable machine code and a message that says what to fix. */
public record ApiError(String error, String message) {}
