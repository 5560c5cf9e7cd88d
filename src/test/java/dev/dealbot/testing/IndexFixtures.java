package dev.dealbot.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** For the index swap and repair tests: a copy of docs-corpus to change, an article to add, and index damage. */
public final class IndexFixtures {
    /** A question the five articles answer, and the fact its answer states. */
    public static final String KNOWN_QUESTION = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
    public static final String KNOWN_FACT = "2032";

    /** A made-up article with a fact no real article states, the question only it answers, and that fact. */
    public static final String NEW_DOC_ID = "steering-committee";
    public static final String NEW_QUESTION = "Where will the joint steering committee hold its first meeting?";
    public static final String NEW_FACT = "Reykjavik";
    public static final String NEW_ARTICLE = """
            ---
            title: "Partnership steering committee to meet in Reykjavik"
            source: "Dealbot test desk"
            author: null
            date: "2026-04-28"
            url: null
            attribution: null
            notes: "A made-up article for the index swap tests."
            ---

            The joint steering committee of Microsoft and OpenAI will hold its first meeting in Reykjavik in October 2026.

            The committee has nine members, according to the announcement.
            """;

    private IndexFixtures() {}

    /** Copies the real docs-corpus into {@code dir/docs} and returns that folder. */
    public static Path copyCorpus(Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> files = Files.list(Fixtures.HOME.resolve("docs-corpus"))) {
            for (Path f : files.toList()) Files.copy(f, docs.resolve(f.getFileName()));
        }
        return docs;
    }

    /** The folder of the index version {@code dataDir/index/CURRENT} names. */
    public static Path currentIndex(Path dataDir) throws IOException {
        return dataDir.resolve("index").resolve(Files.readString(dataDir.resolve("index/CURRENT")).strip());
    }

    /** Overwrites bytes inside the largest file of an index in place (same size, new modification time). */
    public static Path corrupt(Path indexDir) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(indexDir)) {
            largest = files.filter(Files::isRegularFile).max(Comparator.comparingLong(IndexFixtures::size)).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
            f.seek(Math.min(1_000, f.length() / 2));
            byte[] junk = new byte[64];
            for (int i = 0; i < junk.length; i++) junk[i] = (byte) (0x5A ^ f.readByte());
            f.seek(Math.min(1_000, f.length() / 2));
            f.write(junk);
        }
        return largest;
    }

    /** Like {@link #corrupt}, then puts the modification time back, as bit rot or a careful overwrite would leave it. */
    public static Path corruptKeepingTime(Path indexDir) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.toList()) times.put(f, Files.getLastModifiedTime(f));
        }
        Path file = corrupt(indexDir);
        Files.setLastModifiedTime(file, times.get(file));
        return file;
    }

    /** Waits up to 10 s for an old index folder to be deleted (it goes once its last reader closes). */
    public static void awaitGone(Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(dir) && System.nanoTime() < deadline) Thread.sleep(20);
        if (Files.exists(dir)) throw new AssertionError("old index folder not deleted: " + dir);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
