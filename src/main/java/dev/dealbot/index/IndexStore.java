package dev.dealbot.index;

import dev.dealbot.corpus.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index versions under {@code dataDir/index}: each build goes into a new directory named by its version
 * ({@code 20261130T010915Z-3fa2c1}), and the file {@code CURRENT} names the one to open, replaced atomically. An
 * index is opened only after {@code CheckIndex} passes and its commit records this corpus's content hash, model and
 * schema; a corrupt one is reported in one log line and rebuilt. Directories no process has open are deleted.
 */
public final class IndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    static final String CURRENT = "CURRENT";
    private static final Pattern VERSION = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** A directory younger than this that is not open here may be one another process is building right now. */
    private static final Duration YOUNG = Duration.ofSeconds(30);
    private static final Pattern LEGACY_FILE = Pattern.compile("segments_\\w+|pending_segments_\\w+|_\\w+\\.\\w+|write\\.lock");

    private final Path root;
    private final Embedder embedder;

    public IndexStore(Path dataDir, Embedder embedder) {
        this.root = dataDir.resolve("index");
        this.embedder = embedder;
    }

    /** Opens the current index when it is intact and built from {@code corpus}; otherwise builds a new one. */
    public PassageIndex openOrBuild(Corpus corpus, Consumer<String> progress) {
        prepareRoot(progress);
        String current = current();
        if (current == null) return build(corpus, progress);
        PassageIndex index = tryOpen(root.resolve(current), corpus, progress);
        if (index != null) {
            cleanup();
            return index;
        }
        index = build(corpus, progress);
        retire(root.resolve(current)); // the stale or corrupt one it replaces
        return index;
    }

    /** Builds {@code corpus} into a new version directory, verifies it, makes it current and opens it. */
    public PassageIndex build(Corpus corpus, Consumer<String> progress) {
        return build(corpus, progress, null);
    }

    /**
     * Like {@link #build(Corpus, Consumer)}, taking the embedding of every passage or sentence whose text
     * {@code previous} (an intact index built by the same model) already holds: a changed corpus costs only the
     * embeddings of what changed, so a swap stays quick on a server busy answering.
     */
    public PassageIndex build(Corpus corpus, Consumer<String> progress, PassageIndex previous) {
        prepareRoot(progress);
        Embedder embedder = previous == null ? this.embedder : new Reusing(previous.vectorsByText(), this.embedder);
        Path path = root.resolve(newVersion());
        try {
            Files.createDirectory(path);
            if (!InUse.acquire(path)) throw new IOException("another process is deleting " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder " + path + ": " + e.getMessage(), e);
        }
        Directory directory = null;
        try {
            PassageIndex.write(path, corpus, embedder, progress);
            directory = FSDirectory.open(path);
            FileStamps stamps = stamps(directory, path);
            String problem = IndexCheck.checkIndex(directory, path);
            if (problem != null) throw new IOException("the new index does not verify: " + problem);
            PassageIndex index = PassageIndex.open(path, corpus, directory, stamps, () -> InUse.release(path));
            makeCurrent(index.version());
            cleanup();
            return index;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            InUse.release(path);
            deleteQuietly(path);
            throw new UncheckedIOException("cannot build the index in " + path + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The opened index, or null (said why) when it is stale or corrupt. */
    private PassageIndex tryOpen(Path path, Corpus corpus, Consumer<String> progress) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(path) || !InUse.acquire(path)) {
                progress.accept("index " + path.getFileName() + " is gone: rebuilding");
                return null;
            }
        } catch (IOException e) {
            LOG.warn("index {} is unusable ({}); rebuilding it", path, IndexCheck.describe(e, path));
            return null;
        }
        FileStamps stamps;
        try {
            directory = FSDirectory.open(path);
            stamps = stamps(directory, path); // before the check: a later change shows as a difference
        } catch (IOException | RuntimeException e) {
            LOG.warn("index {} is corrupt ({}); rebuilding it", path, IndexCheck.describe(e, path));
            closeQuietly(directory);
            InUse.release(path);
            return null;
        }
        // The check (the larger part of opening) runs beside the opening itself; an index that fails it is closed
        // again unused. Nothing is closed before the check has finished with the files.
        Directory checked = directory;
        CompletableFuture<String> check = CompletableFuture.supplyAsync(() -> IndexCheck.checkIndex(checked, path),
                task -> Thread.ofPlatform().daemon().name("index-check").start(task));
        String stale = null;
        PassageIndex index = null;
        Throwable unreadable = null;
        try {
            stale = PassageIndex.staleness(SegmentInfos.readLatestCommit(directory).getUserData(), corpus, embedder);
            if (stale == null) index = PassageIndex.open(path, corpus, directory, stamps, () -> InUse.release(path));
        } catch (IOException | RuntimeException | InternalError e) { // unreadable commit or stored fields
            unreadable = e;
        }
        String problem = check.join();
        if (problem == null && unreadable == null && stale == null) return index;
        if (problem != null) LOG.warn("index {} is corrupt ({}); rebuilding it", path, problem);
        else if (unreadable != null) LOG.warn("index {} is corrupt ({}); rebuilding it", path, IndexCheck.describe(unreadable, path));
        else progress.accept(stale + ": rebuilding the index");
        if (index != null) {
            closeQuietly(index); // closes the directory and releases the folder
            return null;
        }
        closeQuietly(directory);
        InUse.release(path);
        return null;
    }

    /** Known embeddings first, the model for the rest. */
    private record Reusing(Map<String, float[]> known, Embedder model) implements Embedder {
        @Override
        public float[] embed(String text) {
            float[] vector = known.get(text);
            return vector != null ? vector : model.embed(text);
        }

        @Override
        public String modelId() {
            return model.modelId();
        }
    }

    private static FileStamps stamps(Directory directory, Path path) throws IOException {
        if (!DirectoryReader.indexExists(directory)) throw new NoSuchFileException(path + " holds no index commit");
        return FileStamps.of(path, SegmentInfos.readLatestCommit(directory).files(true));
    }

    /** Deletes every version directory that is not current and that no process has open. */
    public void cleanup() {
        String current = current();
        for (Path dir : versions()) {
            String name = dir.getFileName().toString();
            if (name.equals(current) || young(dir)) continue;
            delete(dir);
        }
    }

    /** Deletes {@code dir}, a version directory this process no longer uses, unless another process still does. */
    public void retire(Path dir) {
        if (!dir.getFileName().toString().equals(current())) delete(dir);
    }

    private void delete(Path dir) {
        try {
            if (InUse.deleteIfUnused(dir)) LOG.debug("deleted old index {}", dir);
        } catch (IOException e) {
            LOG.warn("cannot delete old index {}: {}", dir, e.getMessage());
        }
    }

    /** The version {@code CURRENT} names, or null when there is none (or it names no version). */
    String current() {
        try {
            String name = Files.readString(root.resolve(CURRENT)).strip();
            return VERSION.matcher(name).matches() ? name : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void makeCurrent(String version) throws IOException {
        Path tmp = Files.createTempFile(root, CURRENT + ".", ".tmp");
        try {
            Files.writeString(tmp, version + "\n");
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates {@code dataDir/index}; removes an index an older dealbot kept directly in it. */
    private void prepareRoot(Consumer<String> progress) {
        try {
            Files.createDirectories(root);
            List<Path> legacy;
            try (Stream<Path> files = Files.list(root)) {
                legacy = files.filter(p -> Files.isRegularFile(p) && LEGACY_FILE.matcher(p.getFileName().toString()).matches())
                        .toList();
            }
            if (legacy.isEmpty()) return;
            progress.accept("removing the index of an older dealbot version");
            for (Path p : legacy) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the index folder " + root + ": " + e.getMessage(), e);
        }
    }

    private List<Path> versions() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(p -> Files.isDirectory(p) && VERSION.matcher(p.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean young(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant().isAfter(Instant.now().minus(YOUNG));
        } catch (IOException e) {
            return true;
        }
    }

    private static String newVersion() {
        return STAMP.format(Instant.now()) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }

    private static void closeQuietly(java.io.Closeable directory) {
        try {
            if (directory != null) directory.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            InUse.deleteIfUnused(dir);
        } catch (IOException e) {
            LOG.debug("cannot remove the failed build {}: {}", dir, e.getMessage());
        }
    }
}
