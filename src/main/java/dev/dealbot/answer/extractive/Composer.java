package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.Context;
import dev.dealbot.index.Facts;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a chosen sentence into a draft: verbatim (with the sentence before it when it leans on it, and the one
 * after it when that one refers back and is relevant too), followed by the citations of every article that states
 * the same fact.
 */
final class Composer {
    /** Restatements cited beside the sentence itself; how many articles state it is reported separately. */
    static final int MAX_SUPPORTS = 3;

    private final Corpus corpus;
    private final SentenceTable table;
    private final Facts facts;

    Composer(Corpus corpus, SentenceTable table, Facts facts) {
        this.corpus = corpus;
        this.table = table;
        this.facts = facts;
    }

    /** Adds {@code pick} with its restatements; {@code scored} are the probe's candidates by sentence key. */
    void add(DraftBuilder draft, Scored pick, Map<String, Scored> scored, Selector selector) {
        add(draft, pick, scored, selector, null);
    }

    /**
     * As {@link #add(DraftBuilder, Scored, Map, Selector)}; when a reason is asked for ({@code why} is the question's
     * query, else null), the next sentence of the pick's paragraph is quoted with it if it gives a reason and shares a
     * word other than a name with the question: a reason often follows the statement it explains.
     */
    void add(DraftBuilder draft, Scored pick, Map<String, Scored> scored, Selector selector, dev.dealbot.question.Query why) {
        SentenceInfo s = pick.sentence();
        if (draft.contains(s.text())) return; // already said as another sentence's neighbour
        String quote = why != null ? withReason(s, why) : null;
        if (quote == null) quote = withFollower(s, scored, selector);
        int at = quote.indexOf(s.text());
        if (at > 0 && draft.contains(quote.substring(0, at).strip())) quote = quote.substring(at); // its context is said already
        List<Integer> cited = new ArrayList<>();
        cited.add(draft.cite(s, quote));
        for (SentenceInfo r : facts.restatements(s).stream().limit(MAX_SUPPORTS).toList()) cited.add(draft.cite(r, r.quote()));
        draft.say(quote, cited);
    }

    /** Cites {@code s} as its own quote, with its restatements, without saying it (for the bot's own sentences). */
    List<Integer> cite(DraftBuilder draft, SentenceInfo s) {
        List<Integer> cited = new ArrayList<>();
        cited.add(draft.cite(s, s.quote()));
        for (SentenceInfo r : facts.restatements(s).stream().limit(MAX_SUPPORTS).toList()) cited.add(draft.cite(r, r.quote()));
        return cited;
    }

    /** Words that state a cause outright (not a judgement such as "crucial" or a topic such as "risks"). */
    private static final java.util.regex.Pattern CAUSE = java.util.regex.Pattern.compile("\\b(because|due to|owing to|as a result of|"
            + "which made|made .{1,40} (problematic|necessary|possible|difficult)|reflect(s|ed|ing)?|driven by|stemm(ing|ed) from|"
            + "in order to|so that|led to|resulted in)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private String withReason(SentenceInfo s, dev.dealbot.question.Query why) {
        Sentence next = Context.next(corpus, s.sentence());
        SentenceInfo info = next == null ? null : table.of(next);
        if (info == null || !info.kinds().contains(Kind.REASON)) return null;
        // it explains the pick: it shares a word with the question (a name aside), points back to it, or shares a word
        // with it and says outright that it gives a cause ("which made ... problematic")
        boolean shares = why.terms().stream().anyMatch(t -> !table.names().known(t.term()) && t.matchIn(info.terms()) > 0)
                || info.quote().contains(s.text())
                || CAUSE.matcher(info.text()).find() && info.terms().stream().anyMatch(t -> !table.names().known(t) && s.terms().contains(t));
        String joined = Context.extend(corpus, s.quote(), next);
        return shares && !joined.equals(s.quote()) ? joined : null;
    }

    private String withFollower(SentenceInfo s, Map<String, Scored> scored, Selector selector) {
        Sentence next = Context.follower(corpus, s.sentence());
        if (next == null) return s.quote();
        SentenceInfo info = table.of(next);
        Scored relevance = info == null ? null : scored.get(info.key());
        if (relevance == null || relevance.score() < selector.minRelevance()) return s.quote();
        return Context.extend(corpus, s.quote(), next);
    }

    /** The candidates by sentence key, for looking up a neighbour's relevance. */
    static Map<String, Scored> byKey(List<Candidate> candidates) {
        Map<String, Scored> out = new java.util.HashMap<>();
        for (Candidate c : candidates)
            out.put(c.sentence().key(), new Scored(c, Selector.SEMANTIC_WEIGHT * c.semantic() + Selector.LEXICAL_WEIGHT * c.lexical()));
        return out;
    }
}
