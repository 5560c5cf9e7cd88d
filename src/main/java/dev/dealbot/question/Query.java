package dev.dealbot.question;

import java.util.List;

/**
 * A question made ready for search.
 *
 * @param text the text that was searched (the question, plus context for follow-ups)
 * @param terms analysed terms, misspellings corrected against the index vocabulary, with synonyms
 * @param unknownTerms analysed terms of the asker's words that match nothing in the articles, even after correction or
 *        expansion
 * @param phraseWords words that stand in the query only as part of a synonym's phrase ("public" of "made public" for
 *        "announced") and match nothing in the articles: not the asker's, so no thing asked about; a search still
 *        weighs them as it weighs unknown terms
 * @param vector the unit embedding of {@code text}
 */
public record Query(String text, List<QueryTerm> terms, List<String> unknownTerms, List<String> phraseWords, float[] vector) {
    public Query {
        terms = List.copyOf(terms);
        unknownTerms = List.copyOf(unknownTerms);
        phraseWords = List.copyOf(phraseWords);
    }

    /** A query whose every unknown word is the asker's. */
    public Query(String text, List<QueryTerm> terms, List<String> unknownTerms, float[] vector) {
        this(text, terms, unknownTerms, List.of(), vector);
    }
}
