package dev.dealbot.retrieval;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds passages for a question: BM25 over analysed, spell-corrected terms (queries are built from terms,
 * never parsed from user text) and k-NN over passage embeddings, fused with reciprocal rank fusion.
 */
public final class HybridRetriever {
    /** The usual RRF constant: damps the influence of the very top ranks. */
    static final int RRF_K = 60;

    private final PassageIndex index;
    private final Embedder embedder;
    private final RetrievalSettings settings;
    private final Vocabulary vocabulary;

    public HybridRetriever(PassageIndex index, Embedder embedder, RetrievalSettings settings) {
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
        this.vocabulary = Vocabulary.of(index.searcher().getIndexReader(), PassageIndex.TEXT);
    }

    /** Analyses, corrects and embeds {@code text}. */
    public Query prepare(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String t : Terms.ofQuestion(text)) {
            String corrected = vocabulary.correct(t);
            if (corrected == null) unknown.add(t);
            else terms.add(corrected);
        }
        return new Query(text, List.copyOf(terms), List.copyOf(unknown), embedder.embed(text));
    }

    public Retrieval retrieve(String text) {
        return retrieve(prepare(text));
    }

    public Retrieval retrieve(Query query) {
        try {
            List<Integer> lexical = lexical(query);
            List<Integer> semantic = semantic(query);
            Map<Integer, double[]> fused = new HashMap<>();
            for (int r = 0; r < lexical.size(); r++) {
                double[] e = fused.computeIfAbsent(lexical.get(r), k -> new double[3]);
                e[0] += 1.0 / (RRF_K + r + 1);
                e[1] = r + 1;
            }
            for (int r = 0; r < semantic.size(); r++) {
                double[] e = fused.computeIfAbsent(semantic.get(r), k -> new double[3]);
                e[0] += 1.0 / (RRF_K + r + 1);
                e[2] = r + 1;
            }
            List<Hit> hits = new ArrayList<>(fused.size());
            fused.forEach((pid, e) -> hits.add(new Hit(index.passages().get(pid), e[0], (int) e[1], (int) e[2])));
            hits.sort((a, b) -> Double.compare(b.score(), a.score()));
            return new Retrieval(query, hits.subList(0, Math.min(settings.passages(), hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private List<Integer> lexical(Query query) throws IOException {
        if (query.terms().isEmpty()) return List.of();
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        for (String t : query.terms()) bq.add(new TermQuery(new Term(PassageIndex.TEXT, t)), BooleanClause.Occur.SHOULD);
        return pids(index.searcher().search(bq.build(), settings.candidates()).scoreDocs);
    }

    private List<Integer> semantic(Query query) throws IOException {
        var knn = new KnnFloatVectorQuery(PassageIndex.VECTOR, query.vector(), settings.candidates());
        return pids(index.searcher().search(knn, settings.candidates()).scoreDocs);
    }

    private List<Integer> pids(ScoreDoc[] docs) {
        List<Integer> out = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) out.add(index.passageOfDoc(d.doc).id());
        return out;
    }

    /** Inverse document frequency of an analysed term in the passage index. */
    public double idf(String term) {
        return vocabulary.idf(term);
    }

    public PassageIndex index() {
        return index;
    }

    public Embedder embedder() {
        return embedder;
    }
}
