package dev.dealbot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import dev.dealbot.testing.LogCapture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index versions on disk: verified before use, rebuilt when corrupt, deleted when no process uses them. */
class IndexStoreTest {
    static final Corpus CORPUS = Corpus.load(Fixtures.HOME.resolve("docs-corpus"));

    @Test
    void aCorruptIndexIsRebuiltWithOneLogLineAndNoStackTrace(@TempDir Path data) throws Exception {
        IndexStore store = new IndexStore(data, Fixtures.embedder());
        String first;
        try (PassageIndex index = store.openOrBuild(CORPUS, line -> {})) {
            first = index.version();
        }
        Path damaged = IndexFixtures.corrupt(data.resolve("index").resolve(first));
        List<String> progress = new ArrayList<>();
        try (LogCapture log = LogCapture.start(); PassageIndex index = store.openOrBuild(CORPUS, progress::add)) {
            assertNotEquals(first, index.version(), "a corrupt index must not be opened");
            assertEquals(CORPUS.sentences().size(), index.passages().stream().mapToInt(p -> p.sentences().size()).sum());
            List<String> lines = log.lines().stream().filter(l -> l.contains(first)).toList();
            assertEquals(1, lines.size(), log.lines().toString());
            assertTrue(lines.get(0).contains("is corrupt (") && lines.get(0).contains(damaged.getFileName().toString())
                    && lines.get(0).endsWith("rebuilding it"), lines.get(0));
            assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception:")), log.lines().toString());
            assertFalse(Files.exists(data.resolve("index").resolve(first)), "the corrupt version is deleted");
        }
        Path version = IndexFixtures.currentIndex(data);
        try (var files = Files.list(version)) { // a damaged commit point, not only a damaged segment
            Path segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            Files.write(segments, new byte[] {1, 2, 3, 4}, java.nio.file.StandardOpenOption.WRITE);
        }
        try (LogCapture log = LogCapture.start(); PassageIndex index = store.openOrBuild(CORPUS, progress::add)) {
            assertNotEquals(version.getFileName().toString(), index.version());
            assertEquals(1, log.lines().stream().filter(l -> l.contains(version.toString()) && l.contains("is corrupt")).count(),
                    log.lines().toString());
        }
    }

    @Test
    void garbageInTheCurrentPointerOrAnOldLayoutMeansARebuild(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index/CURRENT"), "../../etc\n");
        Files.writeString(data.resolve("index/segments_1"), "an index of an older dealbot, kept directly in data/index");
        Files.writeString(data.resolve("index/_0.cfs"), "old");
        try (PassageIndex index = new IndexStore(data, Fixtures.embedder()).openOrBuild(CORPUS, line -> {})) {
            assertEquals(index.version(), Files.readString(data.resolve("index/CURRENT")).strip());
            assertFalse(Files.exists(data.resolve("index/segments_1")));
            assertFalse(Files.exists(data.resolve("index/_0.cfs")));
        }
    }

    @Test
    void anOldVersionIsDeletedOnlyOnceNoOneHasItOpen(@TempDir Path data) throws Exception {
        IndexStore store = new IndexStore(data, Fixtures.embedder());
        PassageIndex old = store.openOrBuild(CORPUS, line -> {});
        try (PassageIndex current = store.build(CORPUS, line -> {})) {
            store.retire(old.path());
            assertTrue(Files.isDirectory(old.path()), "still open here: kept");
            old.close();
            store.retire(old.path());
            assertFalse(Files.exists(old.path()));
            store.retire(current.path());
            assertTrue(Files.isDirectory(current.path()), "the current version is never deleted");
        }
    }

    @Test
    void aVersionAnotherProcessHasOpenIsNotDeleted(@TempDir Path data) throws Exception {
        IndexStore store = new IndexStore(data, Fixtures.embedder());
        Path other;
        try (PassageIndex index = store.openOrBuild(CORPUS, line -> {})) {
            other = index.path();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldOpen.class.getName(),
                other.toString()).redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine());
            try (PassageIndex ignored = store.build(CORPUS, line -> {})) {
                store.retire(other);
                assertTrue(Files.isDirectory(other), "another process has it open: kept");
                holder.getOutputStream().close(); // lets the holder exit, which releases its lock
                assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
                store.retire(other);
                assertFalse(Files.exists(other));
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void anIntactIndexIsReusedAndNotCheckedAgainstAnotherCorpus(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        IndexStore store = new IndexStore(dir.resolve("data"), Fixtures.embedder());
        String first;
        try (PassageIndex index = store.openOrBuild(Corpus.load(docs), line -> {})) {
            first = index.version();
        }
        try (PassageIndex index = store.openOrBuild(Corpus.load(docs), line -> {})) {
            assertEquals(first, index.version());
            assertNull(index.verify());
        }
        Files.writeString(docs.resolve(IndexFixtures.NEW_DOC_ID + ".md"), IndexFixtures.NEW_ARTICLE);
        try (PassageIndex index = store.openOrBuild(Corpus.load(docs), line -> {})) {
            assertNotEquals(first, index.version());
            try (Stream<Path> versions = Files.list(dir.resolve("data/index"))) {
                assertEquals(List.of(index.version()), versions.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void aRebuildEmbedsOnlyTextThePreviousIndexDoesNotHold(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        AtomicInteger embedded = new AtomicInteger();
        Embedder counting = new Embedder() {
            @Override
            public float[] embed(String text) {
                embedded.incrementAndGet();
                return Fixtures.embedder().embed(text);
            }

            @Override
            public String modelId() {
                return Fixtures.embedder().modelId();
            }
        };
        IndexStore store = new IndexStore(dir.resolve("data"), counting);
        try (PassageIndex previous = store.build(Corpus.load(docs), line -> {})) {
            Files.writeString(docs.resolve(IndexFixtures.NEW_DOC_ID + ".md"), IndexFixtures.NEW_ARTICLE);
            embedded.set(0);
            try (PassageIndex next = store.build(Corpus.load(docs), line -> {}, previous)) {
                assertEquals(4, embedded.get(), "two one-sentence passages of the new article: 2 passages + 2 sentences");
                for (var e : previous.vectorsByText().entrySet())
                    assertArrayEquals(e.getValue(), next.vectorsByText().get(e.getKey()), e.getKey());
                for (var e : next.vectorsByText().entrySet())
                    assertArrayEquals(Fixtures.embedder().embed(e.getKey()), e.getValue(), "same as embedding afresh: " + e.getKey());
            }
        }
    }

    /** Run in another JVM: holds an index version open (as a second dealbot would) until stdin closes. */
    public static final class HoldOpen {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            if (!InUse.acquire(dir)) throw new IllegalStateException("could not mark " + dir + " in use");
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close stdin
            }
        }
    }
}
