package dev.dealbot.corpus;

/**
 * A sentence of an article body, verbatim.
 *
 * @param ordinal position among the article's sentences
 * @param paragraph index of the paragraph it belongs to
 */
public record Sentence(String docId, int ordinal, int paragraph, String text) {}
