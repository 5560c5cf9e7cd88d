package dev.dealbot.retrieval;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds passages for a query: BM25 over its analysed terms and their synonyms (queries are built from terms,
 * never parsed from user text) and k-NN over passage embeddings, fused with reciprocal rank fusion. Every passage
 * either ranker found is returned, best first.
 */
public final class HybridRetriever {
    /** The usual RRF constant: damps the influence of the very top ranks. */
    static final int RRF_K = 60;

    private final PassageIndex index;
    private final RetrievalSettings settings;

    public HybridRetriever(PassageIndex index, RetrievalSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    public List<Hit> search(Query query) {
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
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private List<Integer> lexical(Query query) throws IOException {
        if (query.terms().isEmpty()) return List.of();
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        for (QueryTerm t : query.terms()) {
            bq.add(new TermQuery(new Term(PassageIndex.TEXT, t.term())), BooleanClause.Occur.SHOULD);
            for (String alt : t.alternatives()) {
                var synonym = new BoostQuery(new TermQuery(new Term(PassageIndex.TEXT, alt)), (float) QueryTerm.SYNONYM_CREDIT);
                bq.add(synonym, BooleanClause.Occur.SHOULD);
            }
        }
        return pids(index.searcher().search(bq.build(), settings.candidates()).scoreDocs);
    }

    private List<Integer> semantic(Query query) throws IOException {
        if (query.vector().length == 0) return List.of();
        var knn = new KnnFloatVectorQuery(PassageIndex.VECTOR, query.vector(), settings.candidates());
        return pids(index.searcher().search(knn, settings.candidates()).scoreDocs);
    }

    private List<Integer> pids(ScoreDoc[] docs) {
        List<Integer> out = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) out.add(index.passageOfDoc(d.doc).id());
        return out;
    }
}
