package dev.dealbot.ingest;

/** A block of the page that is not article text, with why it was left out. */
public record Dropped(String reason, String text) {}
