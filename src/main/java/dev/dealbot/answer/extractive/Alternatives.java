package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.text.Figure;
import java.util.List;

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
        // question, which names the figures offered
        List<Scored> ranked = new java.util.ArrayList<>(selector.rank(q.premise(), e.plan().premise().query(), e.of(e.plan().premise()),
                java.util.Set.of(), false).stream().filter(selector::relevant).toList());
        selector.rank(q, q.query(), e.of(e.plan().question()), java.util.Set.of(), false).stream().filter(selector::relevant).forEach(ranked::add);
        for (Figure offered : q.figures()) {
            if (offered.type() != q.claimed().type() || said(draft, offered)) continue;
            for (Scored s : ranked) {
                SentenceInfo sentence = s.sentence();
                if (draft.sentences().contains(sentence) || sentence.figures().stream().noneMatch(offered::roughly)) continue;
                draft.say("The articles also give " + offered.display() + ":", List.of());
                draft.say(sentence.quote(), composer.cite(draft, sentence));
                break;
            }
        }
    }

    private static boolean said(DraftBuilder draft, Figure f) {
        return draft.sentences().stream().anyMatch(s -> s.figures().stream().anyMatch(f::roughly));
    }
}
