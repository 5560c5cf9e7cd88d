package dev.dealbot.index;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Groups an article's sentences into passages that never cross a paragraph or cut a sentence. */
final class Chunker {
    static final int MAX_SENTENCES = 3;
    static final int MAX_WORDS = 90;

    private Chunker() {}

    static List<List<Sentence>> chunk(Article article) {
        List<List<Sentence>> out = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int words = 0;
        for (Sentence s : article.sentences()) {
            int w = s.text().split("\\s+").length;
            boolean newParagraph = !current.isEmpty() && current.get(0).paragraph() != s.paragraph();
            if (!current.isEmpty() && (newParagraph || current.size() == MAX_SENTENCES || words + w > MAX_WORDS)) {
                out.add(current);
                current = new ArrayList<>();
                words = 0;
            }
            current.add(s);
            words += w;
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }
}
