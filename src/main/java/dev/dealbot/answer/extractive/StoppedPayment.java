package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import dev.dealbot.text.Polarity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "How much revenue share does Microsoft pay OpenAI?": an amount asked of payments one party makes to another takes
 * those payments as given. When the evidence says that party's payments to the other stop ("Microsoft will no longer
 * pay revenue sharing to OpenAI") and none says they go on, the answer is that sentence, as a correction of what the
 * question takes as given, not some other sum of the same two parties.
 */
final class StoppedPayment {
    private StoppedPayment() {}

    private static final Set<Kind> AMOUNTS = Set.of(Kind.NUMBER, Kind.AMOUNT, Kind.MONEY, Kind.PERCENT);

    /** Words of a time before now ("before the change", "used to pay", "under the old deal"): payments then went on. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:did|was|were|had|used to|previously|formerly|before|prior|old|earlier|"
            + "originally|once|paid)\\b");
    /** Words of paying in a clause. */
    private static final Pattern PAYING = Pattern.compile("(?i)\\b(?:pay\\w*|paid|payments?|revenue[- ]shar\\w*|obligations?)\\b");
    /** Words of paying and asking, which name no thing paid. */
    private static final Set<String> PAY_WORDS = Set.of("pai", "pay", "paid", "payment", "much", "now", "current", "still", "will", "under",
            "new", "deal", "agreement", "term", "revis");

    static DraftBuilder check(Question q, List<Candidate> candidates, Names names, Composer composer) {
        if (q.yesNo() || q.comparison() != null || q.kinds().stream().noneMatch(AMOUNTS::contains)) return null;
        if (Reversal.receiver(q.english(), names) == null || PAST.matcher(q.english()).find()) return null;
        Direction asked = Direction.ofQuestion(q.english(), names);
        if (!asked.known()) return null;
        // what the question has paid ("revenue share"), which the clause must speak of too: "How much will A pay B?" names
        // nothing paid, and a stop of one kind of payment does not answer it
        List<dev.dealbot.question.QueryTerm> paid = FigurePart.ownTerms(q.query(), names, PAY_WORDS);
        if (paid.isEmpty()) return null;
        SentenceInfo stops = null;
        // the stop among the best evidence; payments that way any of the evidence says go on decide it the other way
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            for (ClauseInfo clause : c.sentence().clauses()) {
                if (!clause.direction().sameAs(asked, names) || !PAYING.matcher(clause.text()).find()
                        || paid.stream().noneMatch(t -> FigurePart.says(t, clause.text(), true))) continue;
                if (clause.polarity() != Polarity.STOPS) return null;
                if (stops == null && i < Reversal.LOOKED && c.sentence().text().contains(clause.text())) stops = c.sentence();
            }
        }
        if (stops == null) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, stops);
        draft.say(Opposite.CONTRADICTED, List.of());
        draft.say(stops.quote(), cited);
        return draft;
    }
}
