package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Kinds;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Once a figure the question gives in a clause of its own is corrected ("Given its cut rose to 25%, how long does it
 * keep getting it?"), what the rest of it asks for is answered with the best sentence for the question without the
 * figure that has every word of the asking part ("until when does it hold its license?": hold, license), when that
 * sentence gives the kind of content asked for (a time, an amount, a reason ...); with no words of its own to ask for,
 * only a kind the correction does not give.
 */
final class RestOfQuestion {
    private final Selector selector;
    private final Composer composer;

    RestOfQuestion(Selector selector, Composer composer) {
        this.selector = selector;
        this.composer = composer;
    }

    void answer(Question q, List<Candidate> candidates, DraftBuilder draft) {
        Question rest = q.claim().rest();
        if (rest == null || q.claimed() == null) return; // only once a figure is corrected
        List<SentenceInfo> said = draft.sentences().stream().filter(o -> draft.contains(o.text())).toList(); // not the restatements it cites
        List<QueryTerm> asked = rest.query().terms().stream().filter(t -> q.claim().asks().contains(t.term())).toList();
        // a figure of the corrected clause ("April 28, 2026") is no figure the rest asks about
        boolean figures = rest.figures().stream().anyMatch(f -> q.claim().asks().contains(f.digits()));
        for (Scored s : selector.rank(rest, rest.query(), candidates, rest.kinds(), figures)) {
            if (!selector.relevant(s) || draft.contains(s.sentence().text())) continue;
            // about what is asked, not only the clause's thing: every word of the asking part, itself or a synonym
            if (asked.stream().anyMatch(t -> t.matchIn(s.sentence().terms()) == 0)) continue;
            // with words of its own, what is asked may be of the correction's kind (a year for the licence after the
            // revenue share's); without, the sentence must add a kind the correction lacks
            if (addsTo(asked.isEmpty() ? said : List.of(), s.sentence(), rest.kinds())) {
                Query why = rest.kinds().contains(Kind.REASON) ? rest.query() : null;
                composer.add(draft, s, Composer.byKey(candidates), selector, why);
            }
            return;
        }
    }

    /** {@code s} gives a kind of content asked for (a figure of the kind, a reason, a list) that none of {@code said} gives. */
    static boolean addsTo(List<SentenceInfo> said, SentenceInfo s, Set<Kind> asked) {
        for (Kind k : asked) {
            boolean figure = Selector.FIGURE_KINDS.contains(k);
            Predicate<SentenceInfo> gives = o -> figure ? Kinds.of(o.text()).contains(k) : o.kinds().contains(k);
            if (gives.test(s) && said.stream().noneMatch(gives)) return true;
        }
        return false;
    }
}
