package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Polarity;
import java.util.List;

/**
 * A claim with its parties the wrong way round: "Did OpenAI invest $13 billion in Microsoft?", "Microsoft pays OpenAI
 * 20%, right?", "Why will Microsoft keep paying OpenAI 20% until 2030?". When the articles state the claimed figure only in clauses going between the same two parties the
 * other way, the answer is that it is the other way round, with that quote; a figure stated both ways, or no way,
 * decides nothing.
 */
final class Reversal {
    /** Words of lasting and having, which say nothing of what a claim is about. */
    static final java.util.Set<String> LASTING = java.util.Set.of("still", "keep", "continu", "remain", "until", "through", "last",
            "run", "be", "get", "have", "ha", "hold", "right", "correct", "true");

    private static final java.util.regex.Pattern WHY = java.util.regex.Pattern.compile("(?i)^\\W*why\\b");

    /** How many of the retrieved sentences are looked at: the figure must be among the best of them. */
    static final int LOOKED = 12;

    private Reversal() {}

    /** The correction, or null when no retrieved sentence states the claimed figure only the other way round. */
    static DraftBuilder check(Question q, List<Candidate> candidates, Names names, Composer composer) {
        Figure claimed = q.claimed();
        // a why-question takes what it asks the reason for as given, as a clause presumed does
        if (claimed == null || q.premise() == null || !(q.yesNo() || q.presumed() || WHY.matcher(q.english()).find())) return null;
        Direction asked = Direction.ofQuestion(q.claimClause(), names);
        if (!asked.known()) return null;
        // the claim's own words besides its parties and words of lasting: a clause reversing it tells of that thing
        var claimTerms = FigurePart.ownTerms(q.premise().query(), names, LASTING);
        SentenceInfo found = null;
        boolean foundOwn = false;
        for (Candidate c : candidates.subList(0, Math.min(LOOKED, candidates.size()))) {
            for (ClauseInfo clause : c.sentence().clauses()) {
                if (clause.figures().stream().noneMatch(claimed::sameAs)) continue;
                // "OpenAI keeps paying Microsoft until 2032?" is not reversed by Microsoft's licence to 2032: another thing
                if (!claimTerms.isEmpty() && claimTerms.stream().noneMatch(t -> FigurePart.says(t, clause.text(), true))) continue;
                // stated the way asked: not this rule's to judge; unless the clause says that way stops and the claim does
                // not ("releases Microsoft from ... obligations with OpenAI" against "Microsoft keeps paying OpenAI")
                if (clause.direction().sameAs(asked, names)) {
                    if (clause.polarity() == Polarity.STOPS && Polarity.of(q.claimClause()) != Polarity.STOPS) continue;
                    return null;
                }
                // the sentence whose own words state it first, before one that has it only in the sentence quoted with it
                boolean own = c.sentence().text().contains(clause.text());
                if (clause.direction().reverses(asked, names) && (found == null || own && !foundOwn)) {
                    found = c.sentence();
                    foundOwn = own;
                }
            }
        }
        if (found == null) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, found);
        draft.say(q.yesNo() ? "No — the other way round:" : "That is the other way round:", List.of());
        draft.say(found.quote(), cited);
        return draft;
    }

    private static final java.util.regex.Pattern PAID_TO = java.util.regex.Pattern.compile("\\b(?:pay|pays|paid|give|gives|owe|owes|hand|transfer)\\s+(\\p{L}+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern GETS = java.util.regex.Pattern.compile("\\b(\\p{L}+)\\s+(?:get|receive|collect|earn|pocket|be owed)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The party a question has receiving money ("pay OpenAI", "would Microsoft get"), lower case, or null. */
    static String receiver(String question, Names names) {
        for (var p : List.of(PAID_TO, GETS)) {
            var m = p.matcher(question);
            while (m.find()) {
                String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
                if (names.known(w) && names.party(w)) return w;
            }
        }
        return null;
    }
}
