package dev.dealbot.answer;

import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.Passage;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.retrieval.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every sentence of the index with what answering needs of it, computed once at start. */
final class SentenceTable {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * @param quote the sentence as it is quoted: with its predecessor when it leans on it (see {@link Context})
     * @param numbers the numbers in {@code quote}
     * @param kinds the kinds of answer {@code quote} can give (a date, a figure, a list ...)
     */
    record Entry(Sentence sentence, Passage passage, float[] vector, Set<String> terms, String quote, Set<String> numbers,
            Set<QuestionSignals.Kind> kinds) {
        String text() {
            return sentence.text();
        }

        String docId() {
            return sentence.docId();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Set<String> surfaceWords = new HashSet<>();
    private final Map<String, Integer> sentencesWithWord = new HashMap<>();

    SentenceTable(PassageIndex index) {
        for (Passage p : index.passages()) {
            for (int i = 0; i < p.sentences().size(); i++) {
                Sentence s = p.sentences().get(i);
                String quote = Context.quote(index.corpus(), s);
                Set<String> numbers = numbers(quote);
                Entry e = new Entry(s, p, p.sentenceVectors()[i], Set.copyOf(Terms.analyze(index.analyzer(), s.text())),
                        quote, numbers, QuestionSignals.kindsOf(quote, numbers));
                entries.add(e);
                byKey.put(key(s), e);
                Set<String> words = new HashSet<>();
                Matcher m = WORD.matcher(s.text());
                while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
                surfaceWords.addAll(words);
                words.forEach(w -> sentencesWithWord.merge(w, 1, Integer::sum));
            }
        }
        index.corpus().articles().forEach(a -> {
            Matcher m = WORD.matcher(a.title() + " " + a.source());
            while (m.find()) surfaceWords.add(m.group().toLowerCase(Locale.ROOT));
        });
    }

    List<Entry> all() {
        return entries;
    }

    Entry of(Sentence s) {
        return byKey.get(key(s));
    }

    List<Entry> of(Passage p) {
        List<Entry> out = new ArrayList<>(p.sentences().size());
        for (Sentence s : p.sentences()) out.add(of(s));
        return out;
    }

    /** Lower-cased words that occur anywhere in the articles, titles and sources. */
    boolean hasWord(String lowerWord) {
        return surfaceWords.contains(lowerWord);
    }

    /** A word in under a quarter of the sentences tells articles apart ("Google"); "Microsoft" and "OpenAI" do not. */
    boolean isDistinctive(String lowerWord) {
        return sentencesWithWord.getOrDefault(lowerWord, 0) < entries.size() * DISTINCTIVE_SHARE;
    }

    static final double DISTINCTIVE_SHARE = 0.25;

    Set<String> surfaceWords() {
        return surfaceWords;
    }

    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group().replace(",", ""));
        return out;
    }

    private static String key(Sentence s) {
        return s.docId() + '#' + s.ordinal();
    }
}
