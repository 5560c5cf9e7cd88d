package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.TimeBound;
import java.util.List;
import java.util.Set;

/**
 * A question about the time after a year ("after 2032", "beyond 2030") that the articles state only as the end of the
 * thing asked about ("until 2032"): they say nothing of what comes after it. When the question also asks about
 * something no article mentions (a word of its own the articles never use), the bot declines; otherwise it says that
 * the articles give the year as the end, quoting them — never "Yes" because the year matches.
 */
final class Beyond {
    private Beyond() {}

    /** The year the question asks beyond, when every article sentence that states it states it as an end; else null. */
    static Figure statedEnd(Question q, SentenceTable table) {
        for (Figure f : q.figures()) {
            if (TimeBound.of(q.english(), f) != TimeBound.AFTER) continue;
            boolean asEnd = false, beyond = false;
            for (SentenceInfo s : table.all())
                for (Figure g : s.figures()) {
                    if (!g.sameAs(f)) continue;
                    TimeBound bound = TimeBound.of(s.quote(), g);
                    asEnd |= bound == TimeBound.UNTIL;
                    beyond |= bound == TimeBound.AFTER;
                }
            if (asEnd && !beyond) return f;
        }
        return null;
    }

    /**
     * The best relevant sentence that gives the year as the end of what the question asks about (it shares a word other
     * than a name, a figure or a word of lasting with the question), or null when none does: then the rule does not apply.
     */
    static Scored endOfAskedThing(Question q, Figure end, List<Candidate> candidates, Selector selector, Names names) {
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), false)) {
            if (!selector.relevant(s)) break;
            boolean statesEnd = s.sentence().figures().stream()
                    .anyMatch(g -> g.sameAs(end) && TimeBound.of(s.sentence().quote(), g) == TimeBound.UNTIL);
            // a word of lasting ("keep", "still", "continue") says nothing of what lasts
            boolean sameThing = q.query().terms().stream().anyMatch(t -> !names.known(t.term()) && !Reversal.LASTING.contains(t.term())
                    && !t.term().chars().allMatch(Character::isDigit) && t.matchIn(s.sentence().terms()) > 0);
            if (statesEnd && sameThing) return s;
        }
        return null;
    }

    /** "The articles give 2032 as the end …" with that sentence, or null to decline: the question asks of a thing no article mentions. */
    static DraftBuilder answer(Question q, Figure end, Scored s, Composer composer) {
        if (q.query().unknownTerms().stream().anyMatch(t -> !TimeBound.boundWord(t))) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, s.sentence());
        draft.say("The articles give " + end.display() + " as the end and say nothing of what comes after it.", List.of());
        draft.say(s.sentence().quote(), cited);
        return draft;
    }
}
