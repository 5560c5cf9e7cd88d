package dev.dealbot.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Splits text into {@link Token}s with Lucene's standard tokenizer and the index's Porter stems. */
public final class Tokens {
    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source, result);
        }
    };

    /** Tokens of recent texts (the same article sentences are read by every answer); bounded by characters kept. */
    private static final Cache<String, List<Token>> RECENT = Caffeine.newBuilder().maximumWeight(2_000_000)
            .weigher((String text, List<Token> tokens) -> 2 * text.length() + 16 * tokens.size()).executor(Runnable::run).build();

    private Tokens() {}

    /** The words of {@code text}, in order; the caller gets its own list. */
    public static List<Token> of(String text) {
        List<Token> tokens = RECENT.getIfPresent(text);
        if (tokens == null) {
            tokens = List.copyOf(analyse(text));
            RECENT.put(text, tokens);
        }
        return new ArrayList<>(tokens);
    }

    private static List<Token> analyse(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = STEMS.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset());
                boolean possessive = surface.length() > 2 && (surface.endsWith("'s") || surface.endsWith("’s"));
                String lower = (possessive ? surface.substring(0, surface.length() - 2) : surface).toLowerCase(Locale.ROOT);
                int after = offset.endOffset();
                boolean hyphenated = after + 1 < text.length() && text.charAt(after) == '-' && Character.isLetterOrDigit(text.charAt(after + 1));
                out.add(new Token(surface, lower, term.toString(), offset.startOffset(), after, possessive, hyphenated));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stem of one word ("payments" → "payment"), or the word itself when it has no token. */
    public static String stem(String word) {
        List<Token> tokens = of(word);
        return tokens.isEmpty() ? word : tokens.get(0).stem();
    }

    /** Whether the token at {@code i} opens a sentence (first word, or after . ? ! : or a bullet). */
    public static boolean startsSentence(String text, Token t) {
        int i = t.start() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(-–—•*¿¡".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".?!:".indexOf(text.charAt(i)) >= 0;
    }
}
