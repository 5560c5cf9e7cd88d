package dev.dealbot.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Lucene's {@link DirectSpellChecker} over the words of the articles (the index's {@link PassageIndex#WORDS}
 * field). One edit budget for every use: a suggestion may differ in at most about one letter in six
 * ({@link #ACCURACY}), so "valuaton" becomes "valuation" while "world" is not taken for "would". Suggestions are
 * remembered per index (bounded): building Levenshtein automata for every word of every question was the largest
 * cost of a question after its embedding, and the same words come back all the time.
 */
public final class Spelling {
    /** Similarity (1 - edits / length) a suggestion needs: one edit from six letters, two from twelve. */
    static final float ACCURACY = 0.82f;
    /** For a name the articles give: one edit from five letters ("amazn", "denis"); names are few and unlike other words. */
    static final float NAME_ACCURACY = 0.78f;
    /** For words of a question in another language: related words ("licencia", "exclusiva") within more edits. */
    static final float COGNATE_ACCURACY = 0.72f;
    static final int MIN_LENGTH = 5;
    static final int COGNATE_MIN_LENGTH = 6;

    private final IndexReader reader;
    private final DirectSpellChecker checker = checker(ACCURACY, MIN_LENGTH);
    private final DirectSpellChecker cognates = checker(COGNATE_ACCURACY, COGNATE_MIN_LENGTH);
    private final DirectSpellChecker looser = checker(NAME_ACCURACY, MIN_LENGTH);
    /** Word → suggestion ("" for none), one cache per checker; the reader never changes, so neither do they. */
    private final Cache<String, String> corrections = memo();
    private final Cache<String, String> cognateWords = memo();
    private final Cache<String, String> looserWords = memo();

    Spelling(IndexReader reader) {
        this.reader = reader;
    }

    private static DirectSpellChecker checker(float accuracy, int minLength) {
        DirectSpellChecker c = new DirectSpellChecker();
        c.setAccuracy(accuracy);
        c.setMinQueryLength(minLength);
        c.setMaxEdits(2);
        c.setMinPrefix(1);
        return c;
    }

    /** Whether the articles use {@code lowerWord}. */
    public boolean known(String lowerWord) {
        try {
            return reader.docFreq(new Term(PassageIndex.WORDS, lowerWord)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code lowerWord} is a whole English word ({@link EnglishWords}), whether or not the articles use it. */
    public boolean english(String lowerWord) {
        return EnglishWords.contains(lowerWord);
    }

    /**
     * The article word {@code lowerWord} is a misspelling of, or null when it is known, nothing is close, or it is a real
     * English word ({@link EnglishWords}) and the article word is another word, not a form of it ("started" is no
     * misspelling of "stated").
     */
    public String correction(String lowerWord) {
        String suggestion = remembered(corrections, checker, lowerWord);
        // a real word becomes only another form of itself ("areas" → "area"), never another word ("started" → "stated")
        if (suggestion != null && EnglishWords.contains(lowerWord) && !dev.dealbot.text.Tokens.stem(suggestion).equals(dev.dealbot.text.Tokens.stem(lowerWord))) return null;
        return suggestion;
    }

    /**
     * The article word {@code lowerWord} is within one edit of at five letters or more ("amazn" → "amazon"), for the caller
     * to take only when that word is a name; null when it is a real English word or nothing is that close.
     */
    public String nameCorrection(String lowerWord) {
        if (EnglishWords.contains(lowerWord)) return null;
        return remembered(looserWords, looser, lowerWord);
    }

    /** An English article word close to a word of another language ("exclusiva" → "exclusive"), or null. */
    public String cognate(String lowerWord) {
        return remembered(cognateWords, cognates, lowerWord);
    }

    private static Cache<String, String> memo() {
        return Caffeine.newBuilder().maximumSize(20_000).executor(Runnable::run).build();
    }

    private String remembered(Cache<String, String> memo, DirectSpellChecker c, String lowerWord) {
        if (lowerWord.length() > 64) return suggest(c, lowerWord); // not worth keeping
        String s = memo.get(lowerWord, w -> {
            String suggestion = suggest(c, w);
            return suggestion == null ? "" : suggestion;
        });
        return s.isEmpty() ? null : s;
    }

    private String suggest(DirectSpellChecker c, String lowerWord) {
        if (lowerWord.chars().anyMatch(Character::isDigit)) return null;
        try {
            SuggestWord[] s = c.suggestSimilar(new Term(PassageIndex.WORDS, lowerWord), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length == 0 ? null : s[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
