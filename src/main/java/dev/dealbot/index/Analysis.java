package dev.dealbot.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text analysis shared by the index and the questions: Lucene's English analysis for the text field, after
 * spelling out the symbols that carry meaning in this domain ("20%" is "20 percent", "$13 billion" is "dollars 13
 * billion"); plain lower-cased words for the spelling field (what the spell checker suggests from).
 */
public final class Analysis {
    private static final NormalizeCharMap SYMBOLS;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("%", " percent ");
        b.add("$", " dollars ");
        b.add("’", "'");
        SYMBOLS = b.build();
    }

    private Analysis() {}

    /** Wraps a reader so symbols are spelled out before tokenising. */
    public static Reader spellOutSymbols(Reader reader) {
        return new MappingCharFilter(SYMBOLS, reader);
    }

    /** The analyzer of the index: English stems for {@link PassageIndex#TEXT}, plain words for {@link PassageIndex#WORDS}. */
    public static Analyzer english() {
        Analyzer text = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Analyzer delegate = new EnglishAnalyzer();

            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return delegate;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return spellOutSymbols(reader);
            }
        };
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        return new PerFieldAnalyzerWrapper(text, Map.of(PassageIndex.WORDS, words));
    }

    /** Analysed terms of {@code text} in the text field, in order, duplicates kept. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(PassageIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
