package dev.dealbot.retrieval;

import dev.dealbot.index.Analysis;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analysis for questions: the index's English chain (possessives, lower case, Porter stems) with question
 * words such as "what" and "does" also dropped, so they add no noise to BM25.
 */
public final class Terms {
    private static final CharArraySet QUESTION_STOPWORDS;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of("what", "when", "where", "who", "whom", "whose", "which", "why", "how", "does", "did",
                "do", "done", "has", "have", "had", "was", "were", "can", "could", "would", "should", "may", "might",
                "much", "many", "long", "still", "now", "tell", "me", "about", "please", "i", "you", "we", "our",
                "its", "any", "according", "say", "says", "said", "happen", "happened", "kind", "sort", "from", "than",
                "over", "also", "just", "more", "most", "some", "other", "very", "here", "been", "being", "out", "up",
                "yet", "so", "get", "got", "going", "know", "let", "like",
                // words about the sources rather than the deal
                "coverage", "article", "articles", "report", "reports", "reporting", "news", "press", "media",
                "source", "sources", "mention", "mentioned", "mentions", "text", "bot",
                // words that frame a question ("in which areas", "what kind of things")
                "area", "areas", "topic", "topics", "field", "fields", "thing", "things", "aspect", "aspects",
                "detail", "details", "specifically", "exactly", "actually", "stuff", "big", "little", "really",
                "around", "across", "among", "within", "without", "upon", "via", "toward", "towards", "regarding",
                "concerning", "behind", "under", "onto", "off", "during", "roughly", "approximately", "about",
                "exact", "precise", "currently", "now", "anymore", "any", "longer"));
        QUESTION_STOPWORDS = CharArraySet.unmodifiableSet(set);
    }

    static final Analyzer QUESTION = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return Analysis.spellOutSymbols(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, QUESTION_STOPWORDS);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private Terms() {}

    /** Analysed terms of {@code text}, in order, duplicates kept. */
    public static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<String> ofQuestion(String text) {
        return analyze(QUESTION, text);
    }
}
