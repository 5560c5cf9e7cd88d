package dev.dealbot.retrieval;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.Passage;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a retrieval plan: each probe's passages, and their sentences scored as candidate evidence. */
public final class EvidenceGatherer {
    /** A word found nowhere in the articles is often the asker's own filler ("big", "slice"): half weight. */
    static final double UNKNOWN_TERM_SHARE = 0.5;
    /** Passages each extra probe adds to what an LLM is shown. */
    static final int PASSAGES_PER_EXTRA_PROBE = 2;

    private final HybridRetriever retriever;
    private final SentenceTable table;
    private final PassageIndex index;
    private final int passages;

    public EvidenceGatherer(PassageIndex index, RetrievalSettings settings) {
        this.retriever = new HybridRetriever(index, settings);
        this.table = index.sentences();
        this.index = index;
        this.passages = settings.passages();
    }

    public Evidence gather(RetrievalPlan plan) {
        Map<Probe, List<Candidate>> candidates = new HashMap<>();
        Set<Passage> shown = new LinkedHashSet<>();
        for (Probe probe : plan.all()) {
            List<Hit> hits = retriever.search(probe.query());
            int take = probe == plan.question() ? passages : PASSAGES_PER_EXTRA_PROBE;
            hits.stream().limit(take).forEach(h -> shown.add(h.passage()));
            Set<SentenceInfo> sentences = new LinkedHashSet<>();
            for (Hit h : hits) sentences.addAll(table.of(h.passage()));
            List<Candidate> scored = new ArrayList<>(sentences.size());
            for (SentenceInfo s : sentences) scored.add(score(probe.query(), s));
            candidates.put(probe, List.copyOf(scored));
        }
        return new Evidence(plan, candidates, List.copyOf(shown));
    }

    /** Scores any sentence of the index against a query (also sentences no search returned). */
    public Candidate score(Query query, SentenceInfo s) {
        double semantic = query.vector().length == 0 ? 0 : Embedder.dot(query.vector(), s.vector());
        return new Candidate(s, semantic, lexical(query, s));
    }

    private double lexical(Query query, SentenceInfo s) {
        double total = 0, matched = 0;
        for (QueryTerm t : query.terms()) {
            total += t.weight();
            matched += t.weight() * t.matchIn(s.terms());
        }
        for (String t : query.unknownTerms()) total += UNKNOWN_TERM_SHARE * index.vocabulary().idf(t);
        for (String t : query.phraseWords()) total += UNKNOWN_TERM_SHARE * index.vocabulary().idf(t);
        return total == 0 ? 0 : matched / total;
    }
}
