package dev.dealbot.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The language a question is written in, told by its script (Han, Kana, Hangul, Cyrillic, Arabic ...) or, for
 * Latin script, by which language's function words it uses (Lucene's stop-word lists), English winning ties.
 *
 * @param code ISO 639-1, e.g. {@code en}, {@code es}, {@code zh}
 * @param name the language's English name, for messages
 */
public record Language(String code, String name) {
    public static final Language ENGLISH = new Language("en", "English");

    public boolean english() {
        return code.equals("en");
    }

    private static final Map<Language, CharArraySet> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put(new Language("es", "Spanish"), SpanishAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(new Language("de", "German"), GermanAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(new Language("fr", "French"), FrenchAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(new Language("it", "Italian"), ItalianAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(new Language("pt", "Portuguese"), PortugueseAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(new Language("nl", "Dutch"), DutchAnalyzer.getDefaultStopSet());
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Another language needs at least this many of its function words (one, when no English one is there). */
    static final int MIN_FUNCTION_WORDS = 2;

    /** A function word of one of the languages told apart by their function words ("come", "con", "per" ...). */
    static boolean functionWord(String lower) {
        for (CharArraySet words : FUNCTION_WORDS.values()) if (words.contains(lower)) return true;
        return false;
    }

    /** The language of {@code text}; English when nothing says otherwise. */
    public static Language of(String text) {
        Language script = byScript(text);
        if (script != null) return script;
        Map<Language, Integer> others = new LinkedHashMap<>();
        return best(count(text, others), others);
    }

    /** The language with the most function words, English winning ties; another needs {@link #MIN_FUNCTION_WORDS}. */
    private static Language best(int english, Map<Language, Integer> others) {
        Language best = ENGLISH;
        int bestCount = english;
        for (var e : others.entrySet())
            if (e.getValue() > bestCount && (e.getValue() >= MIN_FUNCTION_WORDS || english == 0)) { best = e.getKey(); bestCount = e.getValue(); }
        return best;
    }

    /**
     * The other languages told by function words that {@code text} uses as many of as of its own language's ("la" is
     * Spanish, Italian and Portuguese alike); empty when its language is English or told by its script.
     */
    public static List<Language> tiedWith(String text) {
        if (byScript(text) != null) return List.of();
        Map<Language, Integer> others = new LinkedHashMap<>();
        Language best = best(count(text, others), others);
        if (best.english()) return List.of();
        int top = others.get(best);
        return others.entrySet().stream().filter(e -> !e.getKey().equals(best) && e.getValue() == top).map(Map.Entry::getKey).toList();
    }

    /** Counts {@code text}'s function words of each language into {@code others}; returns how many are English. */
    private static int count(String text, Map<Language, Integer> others) {
        int english = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2) continue; // "s" of "OpenAI's", "a": too short to tell languages apart
            if (Terms.QUESTION_STOPWORDS.contains(w)) {
                english++;
                continue; // a word English shares ("a", "in", "was") counts for English only
            }
            FUNCTION_WORDS.forEach((lang, words) -> {
                if (words.contains(w)) others.merge(lang, 1, Integer::sum);
            });
        }
        return english;
    }

    private static Language byScript(String text) {
        int letters = 0, latin = 0;
        Map<Character.UnicodeScript, Integer> scripts = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.LATIN) latin++;
            else scripts.merge(s, 1, Integer::sum);
        }
        if (letters == 0 || latin * 2 >= letters) return null;
        if (scripts.containsKey(Character.UnicodeScript.HIRAGANA) || scripts.containsKey(Character.UnicodeScript.KATAKANA))
            return new Language("ja", "Japanese");
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (main) {
            case HAN -> new Language("zh", "Chinese");
            case HANGUL -> new Language("ko", "Korean");
            case CYRILLIC -> new Language("ru", "Russian");
            case ARABIC -> new Language("ar", "Arabic");
            case HEBREW -> new Language("he", "Hebrew");
            case GREEK -> new Language("el", "Greek");
            case DEVANAGARI -> new Language("hi", "Hindi");
            case THAI -> new Language("th", "Thai");
            default -> new Language(main.name().toLowerCase(Locale.ROOT), "another language");
        };
    }
}
