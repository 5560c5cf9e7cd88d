package dev.dealbot.answer;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;

/** Makes citations that carry the article's metadata and required attribution. */
final class Citations {
    private Citations() {}

    static Citation of(int n, Corpus corpus, String docId, String quote) {
        Article a = corpus.article(docId).orElseThrow(() -> new IllegalStateException("unknown doc " + docId));
        return new Citation(n, a.docId(), a.title(), a.source(), a.url(), a.date(), quote);
    }
}
