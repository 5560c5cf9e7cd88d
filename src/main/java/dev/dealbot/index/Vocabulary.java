package dev.dealbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The analysed terms of the index's text field with their document frequencies (IDF), read once at open. */
public final class Vocabulary {
    private final Map<String, Integer> docFreq;
    private final int docCount;

    private Vocabulary(Map<String, Integer> docFreq, int docCount) {
        this.docFreq = docFreq;
        this.docCount = docCount;
    }

    static Vocabulary of(IndexReader reader, String field) {
        Map<String, Integer> df = new HashMap<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) df.put(t.utf8ToString(), it.docFreq());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(Map.copyOf(df), Math.max(1, reader.numDocs()));
    }

    public boolean contains(String term) {
        return docFreq.containsKey(term);
    }

    /** Inverse document frequency, BM25 style; unknown terms get the highest weight. */
    public double idf(String term) {
        int df = docFreq.getOrDefault(term, 0);
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }
}
