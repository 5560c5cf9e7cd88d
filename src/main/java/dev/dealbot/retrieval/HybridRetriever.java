package dev.dealbot.retrieval;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds passages for a question: BM25 over analysed, spell-corrected terms (queries are built from terms,
 * never parsed from user text) and k-NN over passage embeddings, fused with reciprocal rank fusion.
 * Every passage either ranker found is returned, best first; answerers take as many as they need.
 */
public final class HybridRetriever {
    /** The usual RRF constant: damps the influence of the very top ranks. */
    static final int RRF_K = 60;

    private final PassageIndex index;
    private final Embedder embedder;
    private final RetrievalSettings settings;
    private final Vocabulary vocabulary;
    private final Synonyms synonyms = Synonyms.load();
    private final Spelling spelling;

    public HybridRetriever(PassageIndex index, Embedder embedder, RetrievalSettings settings) {
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
        this.vocabulary = Vocabulary.of(index.searcher().getIndexReader(), PassageIndex.TEXT);
        this.spelling = new Spelling(index.corpus());
    }

    /** Corrects typos, analyses, expands and embeds {@code text}. */
    public Query prepare(String text) {
        String corrected = spelling.correct(text);
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String t : Terms.ofQuestion(corrected)) {
            String known = vocabulary.correct(t);
            String term = known == null ? t : known;
            if (terms.containsKey(term)) continue;
            Set<String> alternatives = new HashSet<>();
            for (String alt : synonyms.of(term)) if (vocabulary.contains(alt)) alternatives.add(alt);
            if (known == null && alternatives.isEmpty()) {
                unknown.add(t);
                continue;
            }
            double weight = known != null ? vocabulary.idf(term)
                    : alternatives.stream().mapToDouble(vocabulary::idf).max().orElse(0);
            terms.put(term, new QueryTerm(term, alternatives, weight));
        }
        return new Query(text, List.copyOf(terms.values()), List.copyOf(unknown), embedder.embedQuery(corrected));
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
            return new Retrieval(query, hits);
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
