package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Why was 2032 chosen?", "why is the share 20%?": a why-question about a figure the articles state asks for the cause
 * of that figure, and a sentence that only states it again ("the license runs until 2032") answers nothing asked. Such a
 * question is answered only when the sentence picked gives a cause, an outcome or a purpose. It is answered as before
 * whenever the sentence may correct the question instead: a figure the articles do not state (a premise corrected
 * elsewhere), a draft that opens with words of the bot's own, two parties named (they may be the wrong way round), a
 * month or a measured thing the sentence does not share, or a word of the question the sentence negates. A change asked
 * why ("Why did its stake shrink to 27%?") is explained only by a sentence that speaks of the change.
 */
final class Unexplained {
    private Unexplained() {}

    static boolean figureWithoutCause(Question q, DraftBuilder draft, Names names) {
        if (!q.kinds().contains(Kind.REASON) || q.figures().isEmpty() || !q.unknownFigures().isEmpty()) return false;
        // a question naming two parties may have them the wrong way round, which a sentence stating the figure corrects
        if (partiesNamed(q.english(), names) > 1) return false;
        if (draft.sentences().isEmpty()) return false;
        // the sentence picked, not the restatements cited beside it, said first and stating every figure the question
        // gives (one it leaves out, "in its January 2023 round", makes the question about another thing)
        SentenceInfo picked = draft.sentences().get(0);
        if (!draft.opensWithQuoteOf(picked)) return false;
        List<Figure> stated = Figures.of(picked.text());
        // a change asked why ("Why did its stake shrink from a third to 27%?") gives figures of two times: one stated will do
        boolean change = dev.dealbot.text.Change.claimed(q.english());
        if (!change && !q.figures().stream().allMatch(f -> stated.stream().anyMatch(f::sameAs))) return false;
        List<Figure> quoted = change ? Figures.of(picked.quote()) : List.of();
        if (change && q.figures().stream().noneMatch(f -> quoted.stream().anyMatch(f::sameAs))) return false;
        // a month the question dates it by the sentence names too ("June 2023" is not "January 2023")
        if (!ClaimMonths.named(ClaimMonths.of(q.english()), picked.text())) return false;
        // the figure said of the thing asked: a word that says what it measures is in the sentence ("27% ... revenue share"
        // against "27% of the for-profit entity" is another thing's figure, which corrects the question)
        var own = FigurePart.ownTerms(q.query(), names, WHY_FILLER);
        if (!own.isEmpty() && own.stream().noneMatch(t -> FigurePart.says(t, picked.text(), true))) return false;
        // nor a sentence that negates a word the question takes as so ("an exclusive license" against "non-exclusive")
        if (Opposite.negatedAttribute(q.english(), draft.said().toLowerCase(Locale.ROOT)) != null) return false;
        // and the cause of a change is told only by a sentence that speaks of the change, whatever else it explains
        if (change && !dev.dealbot.text.Change.claimed(picked.quote())) return true;
        return !picked.kinds().contains(Kind.REASON) && !picked.kinds().contains(Kind.CONSEQUENCE) && !PURPOSE.matcher(picked.text()).find();
    }

    /** Words of asking why that say nothing of what a figure measures. */
    private static final Set<String> WHY_FILLER = Set.of("why", "reason", "chose", "chosen", "choos", "pick", "picked",
            "decid", "decide", "agre", "agree", "set");

    /** A clause of purpose ("invested $10 billion to acquire nearly one-third"): a cause of the deed told. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\bto (?:acquire|secure|obtain|gain|buy|win|expand|serve|avoid|reduce|protect|"
            + "address|ensure|allow|enable|meet|support)\\b");

    /** The parties a text names, a run of name words ("Mustafa Suleyman") counted once. */
    private static int partiesNamed(String text, Names names) {
        Set<String> parties = new java.util.LinkedHashSet<>();
        dev.dealbot.text.Token previous = null;
        for (dev.dealbot.text.Token t : names.inQuestion(text, dev.dealbot.text.Tokens.of(text))) {
            boolean party = names.party(t.lower()) && names.known(t.lower());
            boolean run = previous != null && text.substring(previous.end(), t.start()).isBlank();
            if (party && !run) parties.add(t.lower());
            previous = t;
        }
        return parties.size();
    }
}
