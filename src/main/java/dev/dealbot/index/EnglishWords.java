package dev.dealbot.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Whole English words, taken from the vocabulary of the embedding model's tokenizer (WordPiece, ~25,000 whole words;
 * already on the classpath, nothing downloaded): a word found there is a real word, not a misspelling of an article
 * word ("started" is not "stated", "analysis" not "analysts"). Loaded once, on first use.
 */
final class EnglishWords {
    static final String RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private EnglishWords() {}

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    /** Whether {@code lowerWord} is a whole word of the vocabulary (false when the vocabulary cannot be read). */
    static boolean contains(String lowerWord) {
        return Holder.WORDS.contains(lowerWord);
    }

    /** Streams the tokenizer file's {@code model.vocab} keys that are whole lower-case words of two letters or more. */
    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return Set.of();
            try (JsonParser p = new JsonFactory().createParser(in)) {
                int depth = 0;
                boolean inVocab = false;
                String field = null;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    switch (t) {
                        case START_OBJECT, START_ARRAY -> {
                            depth++;
                            if (t == JsonToken.START_OBJECT && "vocab".equals(field) && depth == 3) inVocab = true;
                        }
                        case END_OBJECT, END_ARRAY -> {
                            if (inVocab && depth == 3) inVocab = false;
                            depth--;
                        }
                        case FIELD_NAME -> {
                            field = p.currentName();
                            if (inVocab && depth == 3 && field.length() >= 2 && field.chars().allMatch(c -> c >= 'a' && c <= 'z')) out.add(field);
                        }
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            return Set.of(); // no dictionary: spelling corrects as before
        }
        return Set.copyOf(out);
    }
}
