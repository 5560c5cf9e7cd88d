package dev.dealbot.index;

import dev.dealbot.corpus.Sentence;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A sentence of the index with everything answering needs of it, computed once when the index is opened.
 *
 * @param terms the index's analysed terms of the sentence (what BM25 matched)
 * @param tokens the sentence's words with stems and positions
 * @param names lower-case names the sentence mentions, in order of first mention
 * @param quote the sentence as it is quoted: with its predecessor when it leans on it (see {@link Context})
 * @param figures the figures of {@code quote}
 * @param digits the numbers of {@code quote} as written
 * @param kinds what {@code quote} can answer: a date, a figure, a list, a reason ...
 */
public record SentenceInfo(Sentence sentence, Passage passage, float[] vector, Set<String> terms, List<Token> tokens,
        List<String> names, List<Token> nameTokens, String quote, List<Figure> figures, Set<String> digits,
        Set<Kind> kinds, List<ClauseInfo> clauses) {
    public String text() {
        return sentence.text();
    }

    public String docId() {
        return sentence.docId();
    }

    /** The sentence quoted before this one for context ("Microsoft maintains a stake ... " before "This stake ..."), or "". */
    public String context() {
        return quote.length() > text().length() && quote.endsWith(text()) ? quote.substring(0, quote.length() - text().length()) : "";
    }

    /** "docId#ordinal": unique across the corpus. */
    public String key() {
        return sentence.docId() + '#' + sentence.ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceInfo other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key() + " " + text();
    }
}
