package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two figures of one kind offered as a choice, both of which the articles state ("Was the stake worth $135 billion or
 * $228.3 billion?"): each may hold of another time or source, so the answer gives the sentence of the one it does not
 * already quote as well, rather than hide it.
 */
final class Alternatives {
    private Alternatives() {}

    /** Adds to {@code draft} the best relevant sentence stating each offered figure its sentences do not give. */
    static void alsoGiven(Question q, Evidence e, DraftBuilder draft, Selector selector, Composer composer) {
        if (q.claimed() == null || q.premise() == null || e.plan().premise() == null) return;
        // the evidence for the claim without either figure, as the claim's check weighed it, then that for the whole
        // question, which names the figures offered; only a sentence stating a figure of the kind offered of the thing
        // asked (the licence's 2032, not the revenue share's 2030)
        Set<Kind> kind = switch (q.claimed().type()) {
            case MONEY -> Set.of(Kind.MONEY);
            case PERCENT -> Set.of(Kind.PERCENT);
            case YEAR -> Set.of(Kind.YEAR);
            default -> Set.of(Kind.NUMBER);
        };
        List<Scored> ranked = new ArrayList<>(selector.rank(q.premise(), e.plan().premise().query(), e.of(e.plan().premise()), kind, false)
                .stream().filter(selector::relevant).toList());
        selector.rank(q.premise(), q.query(), e.of(e.plan().question()), kind, false).stream().filter(selector::relevant).forEach(ranked::add);
        for (Figure offered : q.figures()) {
            if (offered.type() != q.claimed().type() || said(draft, offered)) continue;
            for (Scored s : ranked) {
                SentenceInfo sentence = s.sentence();
                if (draft.sentences().contains(sentence) || sentence.figures().stream().noneMatch(offered::roughly) || !ofTheThing(q, sentence)) continue;
                draft.say("The articles also give " + offered.display() + ":", List.of());
                draft.say(sentence.quote(), composer.cite(draft, sentence));
                break;
            }
        }
    }

    /**
     * The sentence speaks of the thing the figures are offered for: it has, itself or as a synonym, at least half of the
     * claim's words that are no names (the licence's words, not only a year).
     */
    private static boolean ofTheThing(Question q, SentenceInfo s) {
        List<QueryTerm> words = q.premise().query().terms().stream().filter(t -> q.premise().names().stream().noneMatch(n -> n.equals(t.term()))
                && !t.term().chars().allMatch(Character::isDigit)).toList();
        long met = words.stream().filter(t -> t.matchIn(s.terms()) > 0).count();
        return words.isEmpty() || 2 * met >= words.size();
    }

    /** A sentence of the draft states {@code f}, or it rounded. */
    static boolean said(DraftBuilder draft, Figure f) {
        return draft.sentences().stream().anyMatch(s -> s.figures().stream().anyMatch(f::roughly));
    }
}
