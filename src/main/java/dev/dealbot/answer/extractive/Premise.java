package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import java.util.List;
import java.util.Set;

/**
 * A yes/no question that states a figure ("Does the licence run until 2040?") is checked against what the articles
 * state for the rest of the question (its other figures, such as "since 2019", still required): "Yes." when the evidence gives that figure, "No — the articles say 2032."
 * when it gives another figure of the same kind, followed by the quote either way. Another question that takes a figure
 * no article states for granted ("Why does the licence run until 2040?") is corrected the same way ("Not 2040 — …").
 */
final class Premise {
    private final Selector selector;
    private final Composer composer;

    Premise(Selector selector, Composer composer) {
        this.selector = selector;
        this.composer = composer;
    }

    /** The checked premise, or null when no relevant evidence gives a figure of the claimed kind. */
    DraftBuilder check(Question q, Evidence e) {
        Probe probe = e.plan().premise();
        if (probe == null) return null;
        Figure claimed = q.claimed();
        Set<dev.dealbot.text.Kind> kind = Set.of(Figuring.kindFor(claimed.type()));
        for (Scored s : selector.rank(q.premise(), probe.query(), e.of(probe), kind, true)) {
            if (!selector.relevant(s)) return null;
            Figure stated = Figuring.of(s.sentence(), claimed.type(), probe.query());
            if (stated == null) continue;
            boolean holds = s.sentence().figures().stream().anyMatch(claimed::sameAs);
            DraftBuilder draft = new DraftBuilder().deny(claimed.digits());
            List<Integer> cited = composer.cite(draft, s.sentence());
            draft.say(verdict(q.yesNo(), holds, claimed, stated), List.of());
            draft.say(s.sentence().quote(), cited);
            return draft;
        }
        return null;
    }

    /** "Yes." or "No — …" to a yes/no question; to another question, the figure it took for granted is corrected. */
    static String verdict(boolean yesNo, boolean holds, Figure claimed, Figure stated) {
        if (yesNo) return holds ? "Yes." : "No — the articles say " + stated.display() + ".";
        return "Not " + claimed.text() + " — the articles say " + stated.display() + ".";
    }
}
