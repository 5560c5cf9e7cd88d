package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article a question names by its publisher or author ("according to Wedoany", "in the Alps Wang summary"): what
 * it asks is answered from that article. A name counts when only that article's source or author has it and the
 * articles' text does not use it for anything else (a party's name is no publisher).
 */
final class NamedSource {
    private final Map<String, String> docByWord;

    NamedSource(Corpus corpus, Names names) {
        Map<String, Set<String>> docs = new HashMap<>();
        for (Article a : corpus.articles())
            for (String field : new String[] {a.source(), a.author()}) {
                if (field == null) continue;
                for (Token t : Tokens.of(field))
                    if (t.capitalised() && t.lower().length() >= 3 && !names.known(t.lower()))
                        docs.computeIfAbsent(t.lower(), k -> new HashSet<>()).add(a.docId());
            }
        Map<String, String> byWord = new HashMap<>();
        docs.forEach((w, ids) -> { if (ids.size() == 1) byWord.put(w, ids.iterator().next()); });
        this.docByWord = Map.copyOf(byWord);
    }

    /** The article the question names by its publisher or author ("the Alps Wang piece"), or null when none or several. */
    String docNamed(Question q) {
        Set<String> named = new HashSet<>();
        for (Token t : Tokens.of(q.english().toLowerCase(Locale.ROOT))) {
            String doc = docByWord.get(t.lower());
            if (doc != null) named.add(doc);
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * The candidates from the article the question names by its source, when it names one, asks for that article's
     * view (a reason, a judgement: no figure, date or name, which every article states alike) and that article has any;
     * else all.
     */
    List<Candidate> of(Question q, List<Candidate> candidates) {
        if (q.naming() != null || q.kinds().stream().anyMatch(Selector.FIGURE_KINDS::contains)) return candidates;
        Set<String> named = new HashSet<>();
        for (Token t : Tokens.of(q.english().toLowerCase(Locale.ROOT))) {
            String doc = docByWord.get(t.lower());
            if (doc != null) named.add(doc);
        }
        if (named.size() != 1) return candidates;
        List<Candidate> from = candidates.stream().filter(c -> named.contains(c.sentence().docId())).toList();
        return from.isEmpty() ? candidates : from;
    }
}
