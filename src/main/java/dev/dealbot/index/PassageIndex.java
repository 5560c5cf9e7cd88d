package dev.dealbot.index;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One built Lucene index of passages, in its own directory, plus an in-memory table of them. Built by
 * {@link IndexStore}, which keeps one directory per build and opens only verified ones; while open, the index can
 * say whether its files are still the ones it verified ({@link #damage()}). Opening also reads what answering needs of
 * every sentence ({@link SentenceTable}), where the articles agree and disagree ({@link Facts}), IDF and the spell checker.
 */
public final class PassageIndex implements Closeable {
    public static final String TEXT = "text";
    public static final String VECTOR = "vector";
    /** Plain lower-cased words (no stems, no stop words): what the spell checker suggests from. */
    public static final String WORDS = "words";
    static final String SCHEMA = "passages-v3";
    private static final String PID = "pid";
    private static final String DOC = "doc";
    private static final String SENTENCES = "sentences";
    private static final String SENTENCE_VECTORS = "sentenceVectors";

    private final Path path;
    private final Corpus corpus;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final List<Passage> passages;
    private final int[] passageOfDoc;
    private final SentenceTable sentences;
    private final Facts facts;
    private final Vocabulary vocabulary;
    private final Spelling spelling;
    private final Map<String, float[]> vectorsByText = new HashMap<>();
    private final Runnable onClose;
    private volatile FileStamps stamps;

    private PassageIndex(Path path, Corpus corpus, Directory directory, FileStamps stamps, Runnable onClose)
            throws IOException {
        this.path = path;
        this.corpus = corpus;
        this.directory = directory;
        this.stamps = stamps;
        this.onClose = onClose;
        this.analyzer = Analysis.english();
        this.reader = DirectoryReader.open(directory);
        try {
            this.searcher = new IndexSearcher(reader);
            this.searcher.setQueryCache(null); // tiny index: caching costs more than it saves
            this.passageOfDoc = new int[reader.maxDoc()];
            this.passages = loadPassages();
            this.sentences = new SentenceTable(this);
            this.facts = new Facts(sentences);
            this.vocabulary = Vocabulary.of(reader, TEXT);
            this.spelling = new Spelling(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Opens the current index under {@code dataDir}, building it first when it is missing, stale or corrupt. */
    public static PassageIndex openOrBuild(Corpus corpus, Path dataDir, Embedder embedder, Consumer<String> progress) {
        return new IndexStore(dataDir, embedder).openOrBuild(corpus, progress);
    }

    /**
     * Opens the verified index in {@code directory} (at {@code path}); {@code stamps} are its files as verified and
     * {@code onClose} runs after it is closed. On failure nothing is left open except {@code directory}.
     */
    static PassageIndex open(Path path, Corpus corpus, Directory directory, FileStamps stamps, Runnable onClose)
            throws IOException {
        return new PassageIndex(path, corpus, directory, stamps, onClose);
    }

    /** Why an index with this commit data was not built from {@code corpus} by {@code embedder}; null when it was. */
    static String staleness(Map<String, String> commitData, Corpus corpus, Embedder embedder) {
        if (!SCHEMA.equals(commitData.get("schema"))) return "index schema changed";
        if (!embedder.modelId().equals(commitData.get("model"))) return "embedding model changed";
        if (!corpus.contentHash().equals(commitData.get("corpusHash"))) return "corpus changed";
        return null;
    }

    static void write(Path path, Corpus corpus, Embedder embedder, Consumer<String> progress) throws IOException {
        try (Directory directory = FSDirectory.open(path)) {
            write(directory, corpus, embedder, progress);
        }
    }

    private static void write(Directory directory, Corpus corpus, Embedder embedder, Consumer<String> progress)
            throws IOException {
        IndexWriterConfig iwc = new IndexWriterConfig(Analysis.english()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, iwc)) {
            int pid = 0;
            List<Article> articles = corpus.articles();
            for (int a = 0; a < articles.size(); a++) {
                Article article = articles.get(a);
                List<List<Sentence>> chunks = Chunker.chunk(article);
                for (List<Sentence> chunk : chunks) writer.addDocument(document(pid++, article, chunk, embedder));
                progress.accept("indexed " + (a + 1) + "/" + articles.size() + " " + article.docId() + " ("
                        + chunks.size() + " passages, " + article.sentences().size() + " sentences)");
            }
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of("corpusHash", corpus.contentHash(), "model", embedder.modelId(),
                    "schema", SCHEMA).entrySet());
            writer.commit();
            progress.accept("index written: " + pid + " passages");
        }
    }

    private static Document document(int pid, Article article, List<Sentence> chunk, Embedder embedder) {
        Passage draft = new Passage(pid, article.docId(), chunk, new float[0][]);
        Document doc = new Document();
        doc.add(new StoredField(PID, pid));
        doc.add(new StringField(DOC, article.docId(), Field.Store.YES));
        doc.add(new TextField(TEXT, draft.text(), Field.Store.NO));
        doc.add(new TextField(WORDS, draft.text(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, embedder.embed(draft.text()), VectorSimilarityFunction.DOT_PRODUCT));
        StringBuilder ordinals = new StringBuilder();
        float[][] vectors = new float[chunk.size()][];
        for (int i = 0; i < chunk.size(); i++) {
            if (i > 0) ordinals.append(',');
            ordinals.append(chunk.get(i).ordinal());
            vectors[i] = embedder.embed(chunk.get(i).text());
        }
        doc.add(new StoredField(SENTENCES, ordinals.toString()));
        doc.add(new StoredField(SENTENCE_VECTORS, VectorCodec.encode(vectors)));
        return doc;
    }

    private List<Passage> loadPassages() throws IOException {
        StoredFields stored = reader.storedFields();
        Passage[] byId = new Passage[reader.maxDoc()];
        for (int d = 0; d < reader.maxDoc(); d++) {
            Document doc = stored.document(d);
            int pid = doc.getField(PID).numericValue().intValue();
            String docId = doc.get(DOC);
            Article article = corpus.article(docId).orElseThrow(() -> new IOException("index names unknown doc " + docId));
            List<Sentence> sentences = new ArrayList<>();
            for (String ord : doc.get(SENTENCES).split(",")) sentences.add(article.sentences().get(Integer.parseInt(ord)));
            float[][] vectors = VectorCodec.decode(doc.getBinaryValue(SENTENCE_VECTORS), sentences.size());
            byId[pid] = new Passage(pid, docId, sentences, vectors);
            passageOfDoc[d] = pid;
            for (int i = 0; i < sentences.size(); i++) vectorsByText.put(sentences.get(i).text(), vectors[i]);
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            if (values == null) continue;
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc())
                vectorsByText.put(byId[passageOfDoc[leaf.docBase + doc]].text(), values.vectorValue(it.index()).clone());
        }
        return List.of(byId);
    }

    /** The embedding of every passage and sentence text in this index, read at open: a rebuild reuses them. */
    Map<String, float[]> vectorsByText() {
        return Collections.unmodifiableMap(vectorsByText);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The name of this build's directory: unique per build, so it identifies the index version. */
    public String version() {
        return path.getFileName().toString();
    }

    public Path path() {
        return path;
    }

    /**
     * What is wrong with this index's files, or {@code null} while they are the ones it verified. Costs a stat per
     * file when nothing changed; when a file was only rewritten in place, every checksum is verified again
     * (milliseconds) and a clean result is remembered. Missing, replaced or resized files are damage outright: the
     * open reader no longer reads what is on disk.
     */
    public String damage() {
        FileStamps.Difference difference = stamps.difference();
        return difference == null ? null : recheck();
    }

    private synchronized String recheck() {
        FileStamps.Difference difference = stamps.difference();
        if (difference == null) return null;
        if (!difference.contentOnly()) return difference.describe();
        FileStamps now;
        try {
            now = FileStamps.of(path, stamps.files().keySet());
        } catch (IOException e) {
            return IndexCheck.describe(e, path);
        }
        String problem = IndexCheck.checksums(reader, path);
        if (problem != null) return difference.describe() + ": " + problem;
        stamps = now;
        return null;
    }

    /** Verifies every file's checksum now, whatever the stamps say. */
    public String verify() {
        String changed = damage();
        return changed != null ? changed : IndexCheck.checksums(reader, path);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** Every sentence with its features. */
    public SentenceTable sentences() {
        return sentences;
    }

    /** Restatements and disagreements between the articles. */
    public Facts facts() {
        return facts;
    }

    /** Document frequencies of the text field's terms. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The spell checker over the articles' words. */
    public Spelling spelling() {
        return spelling;
    }

    /** The passage stored in Lucene document {@code luceneDocId}. */
    public Passage passageOfDoc(int luceneDocId) {
        return passages.get(passageOfDoc[luceneDocId]);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } finally {
            onClose.run();
        }
    }
}
