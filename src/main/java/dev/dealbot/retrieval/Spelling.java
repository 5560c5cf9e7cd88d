package dev.dealbot.retrieval;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects typos in a question against the words of the articles, before stemming ("valuaton" →
 * "valuation", "Microsfot" → "microsoft"). Only longer words are corrected, by one edit (two from ten
 * letters), so ordinary words the articles happen not to use ("world", "keep") are left alone.
 */
final class Spelling {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    static final int MIN_LENGTH = 6;
    static final int TWO_EDITS_FROM = 10;

    private final Map<String, Integer> frequency = new HashMap<>();

    Spelling(Corpus corpus) {
        for (Sentence s : corpus.sentences()) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) frequency.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    /** {@code text} with each unknown longer word replaced by its closest article word, if one is close. */
    String correct(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() < MIN_LENGTH || frequency.containsKey(word)) continue;
            String fix = closest(word);
            if (fix == null) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, last, m.start()).append(fix);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private String closest(String word) {
        return Closest.word(word, frequency, word.length() >= TWO_EDITS_FROM ? 2 : 1);
    }
}
