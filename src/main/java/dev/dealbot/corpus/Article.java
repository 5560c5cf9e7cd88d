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
}
