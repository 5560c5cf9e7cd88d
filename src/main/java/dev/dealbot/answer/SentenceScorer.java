package dev.dealbot.answer;

import dev.dealbot.index.Embedder;
import dev.dealbot.retrieval.Hit;
import dev.dealbot.retrieval.HybridRetriever;
import dev.dealbot.retrieval.Query;
import dev.dealbot.retrieval.QueryTerm;
import dev.dealbot.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the sentences of retrieved passages against a question: meaning (embedding cosine), shared
 * rare words (IDF-weighted coverage of the question's terms) and whether the sentence has the kind of
 * fact asked for (a date for "when", a figure for "how much").
 */
final class SentenceScorer {
    static final double SEMANTIC_WEIGHT = 0.6;
    static final double LEXICAL_WEIGHT = 0.4;
    static final double KIND_BONUS = 0.05;
    static final double KIND_PENALTY = 0.25;
    static final double MISSING_NUMBER_PENALTY = 0.3;
    /** A word found nowhere in the articles is often the asker's own filler ("big", "slice"): half weight. */
    static final double UNKNOWN_TERM_SHARE = 0.5;
    /** A sentence that does not mention the company or person asked about answers another question: ruled out. */
    static final double MISSING_NAME_PENALTY = 1.0;
    /** "How much does OpenAI pay Microsoft?" is not answered by "Microsoft will no longer pay ... OpenAI". */
    static final double REVERSED_PARTIES_PENALTY = 0.1;

    record Scored(SentenceTable.Entry entry, double score, double semantic, double lexical) {}

    private final SentenceTable table;
    private final HybridRetriever retriever;

    SentenceScorer(SentenceTable table, HybridRetriever retriever) {
        this.table = table;
        this.retriever = retriever;
    }

    /** Sentences of the retrieved passages, best first. */
    List<Scored> rank(Retrieval retrieval, QuestionSignals signals) {
        Set<SentenceTable.Entry> candidates = new LinkedHashSet<>();
        for (Hit hit : retrieval.hits()) candidates.addAll(table.of(hit.passage()));
        List<Scored> out = new ArrayList<>(candidates.size());
        for (SentenceTable.Entry e : candidates) out.add(score(retrieval.query(), signals, e));
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    Scored score(Query query, QuestionSignals signals, SentenceTable.Entry e) {
        double semantic = Embedder.dot(query.vector(), e.vector());
        double lexical = lexical(query, e);
        double score = SEMANTIC_WEIGHT * semantic + LEXICAL_WEIGHT * lexical;
        if (!signals.kinds().isEmpty()) score += signals.satisfiedBy(e) ? KIND_BONUS : -KIND_PENALTY;
        if (!signals.numbersIn(e.numbers())) score -= MISSING_NUMBER_PENALTY;
        if (!signals.mentionsNamesIn(e.quote())) score -= MISSING_NAME_PENALTY;
        if (signals.reversesParties(SameFact.names(e.text()))) score -= REVERSED_PARTIES_PENALTY;
        return new Scored(e, score, semantic, lexical);
    }

    private double lexical(Query query, SentenceTable.Entry e) {
        double total = 0, matched = 0;
        for (QueryTerm t : query.terms()) {
            total += t.weight();
            matched += t.weight() * t.matchIn(e.terms());
        }
        for (String t : query.unknownTerms()) total += UNKNOWN_TERM_SHARE * retriever.idf(t);
        return total == 0 ? 0 : matched / total;
    }
}
