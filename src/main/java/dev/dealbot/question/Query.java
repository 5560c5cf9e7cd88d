package dev.dealbot.question;

import java.util.List;

/**
 * A question made ready for search.
 *
 * @param text the text that was searched (the question, plus context for follow-ups)
 * @param terms analysed terms, misspellings corrected against the index vocabulary, with synonyms
 * @param unknownTerms analysed terms that match nothing in the articles, even after correction or expansion
 * @param vector the unit embedding of {@code text}
 */
public record Query(String text, List<QueryTerm> terms, List<String> unknownTerms, float[] vector) {
    public Query {
        terms = List.copyOf(terms);
        unknownTerms = List.copyOf(unknownTerms);
    }
}
