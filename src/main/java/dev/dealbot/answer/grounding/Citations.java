package dev.dealbot.answer.grounding;

import dev.dealbot.answer.Citation;
import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Facts;
import dev.dealbot.index.SentenceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer's citations, numbered by first appearance; one per quoted text, carrying the article's metadata, the
 * attribution it requires, and how many articles state the quoted fact.
 */
final class Citations {
    private final Corpus corpus;
    private final Facts facts;
    private final Map<String, Citation> byQuote = new LinkedHashMap<>();
    private final Map<Integer, SentenceInfo> sentences = new LinkedHashMap<>();

    Citations(Corpus corpus, Facts facts) {
        this.corpus = corpus;
        this.facts = facts;
    }

    /** The citation of {@code quote} (verbatim text around {@code s}), numbered on first use. */
    Citation of(SentenceInfo s, String quote) {
        return byQuote.computeIfAbsent(s.docId() + '\n' + quote, k -> {
            Article a = Grounding.article(corpus, s.docId());
            Citation c = new Citation(byQuote.size() + 1, a.docId(), a.title(), a.source(), a.url(), a.date(), quote,
                    facts.corroboration(s));
            sentences.put(c.n(), s);
            return c;
        });
    }

    /** The sentence behind citation {@code n}. */
    SentenceInfo sentence(int n) {
        return sentences.get(n);
    }

    boolean isEmpty() {
        return byQuote.isEmpty();
    }

    List<Citation> list() {
        return List.copyOf(new ArrayList<>(byQuote.values()));
    }
}
