package dev.dealbot.index;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The on-disk Lucene index of passages plus an in-memory table of them. Opened as is when its recorded
 * corpus hash, model and schema match; otherwise rebuilt. Opening also reads what answering needs of every sentence
 * ({@link SentenceTable}), where the articles agree and disagree ({@link Facts}), IDF and the spell checker.
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

    private PassageIndex(Corpus corpus, Directory directory, Analyzer analyzer) throws IOException {
        this.corpus = corpus;
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // tiny index: caching costs more than it saves
        this.passageOfDoc = new int[reader.maxDoc()];
        this.passages = loadPassages();
        this.sentences = new SentenceTable(this);
        this.facts = new Facts(sentences);
        this.vocabulary = Vocabulary.of(reader, TEXT);
        this.spelling = new Spelling(reader);
    }

    /** Opens the index in {@code dataDir/index}, rebuilding it first when it is missing or stale. */
    public static PassageIndex openOrBuild(Corpus corpus, Path dataDir, Embedder embedder, Consumer<String> progress) {
        Path dir = dataDir.resolve("index");
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            while (!isCurrent(directory, corpus, embedder)) {
                try {
                    write(directory, corpus, embedder, progress);
                } catch (LockObtainFailedException busy) { // another dealbot is building it: wait, then use theirs
                    if (System.nanoTime() > deadline) throw busy;
                    progress.accept("waiting for another process to finish building the index");
                    sleep();
                }
            }
            return new PassageIndex(corpus, directory, Analysis.english());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMinutes(2);

    private static void sleep() throws IOException {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the index");
        }
    }

    /** Rebuilds the index unconditionally. */
    public static PassageIndex rebuild(Corpus corpus, Path dataDir, Embedder embedder, Consumer<String> progress) {
        Path dir = dataDir.resolve("index");
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            write(directory, corpus, embedder, progress);
            return new PassageIndex(corpus, directory, Analysis.english());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isCurrent(Directory directory, Corpus corpus, Embedder embedder) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return false;
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        return corpus.contentHash().equals(data.get("corpusHash")) && embedder.modelId().equals(data.get("model"))
                && SCHEMA.equals(data.get("schema"));
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
        }
        return List.of(byId);
    }

    public Corpus corpus() {
        return corpus;
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
        reader.close();
        directory.close();
        analyzer.close();
    }
}
