package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article a question about who wrote or published something names by its title ("who wrote the 'new era of AI
 * partnership' piece?"): the one whose title shares the most words with the question, at least {@link #MIN_SHARED}
 * and half of its own, one of them a word no other title has, and more than any other title shares. Names of parties,
 * which most titles carry, do not count.
 */
final class TitleMatch {
    static final int MIN_SHARED = 2;

    private TitleMatch() {}

    /** The article the question names by its title, or null. */
    static Article of(Question q, Corpus corpus, Names names) {
        Map<Article, Set<String>> titles = new HashMap<>();
        Map<String, Integer> titlesWith = new HashMap<>();
        for (Article a : corpus.articles()) {
            Set<String> stems = stems(a.title(), names);
            titles.put(a, stems);
            for (String s : stems) titlesWith.merge(s, 1, Integer::sum);
        }
        Set<String> asked = stems(q.english(), names);
        Article best = null;
        int bestShared = 0, second = 0;
        for (var e : titles.entrySet()) {
            Set<String> shared = new HashSet<>(e.getValue());
            shared.retainAll(asked);
            boolean distinctive = shared.stream().anyMatch(s -> titlesWith.get(s) == 1);
            // a title is named by most of its words: two of them ("revenue share") may only be the question's topic
            int n = distinctive && 2 * shared.size() >= e.getValue().size() ? shared.size() : 0;
            if (n > bestShared) { second = bestShared; bestShared = n; best = e.getKey(); }
            else if (n > second) second = n;
        }
        return bestShared >= MIN_SHARED && bestShared > second ? best : null;
    }

    private static Set<String> stems(String text, Names names) {
        Set<String> out = new HashSet<>();
        List<Token> tokens = Tokens.of(text);
        for (Token t : tokens) {
            String w = t.lower();
            if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || Terms.isFunctionWord(w)) continue;
            if (names.known(w) && names.party(w)) continue;
            out.add(t.stem());
        }
        return out;
    }
}
