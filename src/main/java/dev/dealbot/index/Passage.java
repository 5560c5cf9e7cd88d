package dev.dealbot.index;

import dev.dealbot.corpus.Sentence;
import java.util.List;

/**
 * A run of whole sentences from one paragraph of one article: the unit that is retrieved.
 *
 * @param id index-wide passage number
 * @param sentenceVectors one unit vector per sentence, same order as {@code sentences}
 */
public record Passage(int id, String docId, List<Sentence> sentences, float[][] sentenceVectors) {
    public Passage {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(s.text());
        }
        return sb.toString();
    }
}
