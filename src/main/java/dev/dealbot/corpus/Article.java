package dev.dealbot.corpus;

import java.util.List;

/**
 * One news article: its metadata and its verbatim body, split into paragraphs and sentences.
 *
 * @param docId the file stem in docs-corpus/, e.g. {@code wedoany-revised-partnership}
 * @param source the display name every citation must show (e.g. "Wedoany")
 */
public record Article(String docId, String title, String source, String author, String date, String url,
        String attribution, String body, List<Sentence> sentences) {
    public Article {
        sentences = List.copyOf(sentences);
    }

    /** The date as people write it ("April 28, 2026"), or null when the article has none or it is not an ISO date. */
    public String writtenDate() {
        if (date == null) return null;
        try {
            return java.time.LocalDate.parse(date).format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", java.util.Locale.ENGLISH));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
