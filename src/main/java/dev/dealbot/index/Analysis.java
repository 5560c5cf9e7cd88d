package dev.dealbot.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Text analysis shared by the index and the questions: Lucene's English analysis, after spelling out the
 * symbols that carry meaning in this domain ("20%" is "20 percent", "$13 billion" is "dollars 13 billion"),
 * so a question about a percentage or a dollar amount can match them.
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

    /** The analyzer of the index's text field. */
    public static Analyzer english() {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
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
    }
}
