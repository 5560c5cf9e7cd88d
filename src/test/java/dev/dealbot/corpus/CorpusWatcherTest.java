package dev.dealbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus folder watch: file events, debounced, with a content-hash check as the fallback. */
class CorpusWatcherTest {
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theContentHashOfAFolderIsTheOneItLoadsWith() {
        Path docs = Fixtures.HOME.resolve("docs-corpus");
        assertEquals(Corpus.load(docs).contentHash(), Corpus.contentHash(docs));
    }

    @Test
    void aBurstOfFileEventsIsOneChangeAndOtherFilesAreIgnored(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        AtomicInteger changes = new AtomicInteger();
        try (var watcher = CorpusWatcher.start(docs, Corpus.contentHash(docs), Duration.ofMillis(300), HOUR, true,
                changes::incrementAndGet)) {
            Files.writeString(docs.resolve("a-draft.md"), IndexFixtures.NEW_ARTICLE);
            Files.writeString(docs.resolve("a-draft.md"), IndexFixtures.NEW_ARTICLE + "\nOne more sentence.\n");
            Files.writeString(docs.resolve(IndexFixtures.NEW_DOC_ID + ".md"), IndexFixtures.NEW_ARTICLE);
            awaitCount(changes, 1, Duration.ofSeconds(10));
            Thread.sleep(1_000);
            assertEquals(1, changes.get(), "one report for the burst");
            Files.writeString(docs.resolve("notes.txt"), "not an article");
            Files.writeString(docs.resolve(".a-draft.md.swp"), "an editor's swap file");
            Thread.sleep(1_000);
            assertEquals(1, changes.get(), "files that are not articles are no change");
            Files.delete(docs.resolve("a-draft.md"));
            awaitCount(changes, 2, Duration.ofSeconds(10));
        }
    }

    @Test
    void withoutFileEventsThePeriodicContentCheckFindsTheChange(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Path article = docs.resolve("capped-revenue-share.md");
        AtomicInteger changes = new AtomicInteger();
        try (var watcher = CorpusWatcher.start(docs, Corpus.contentHash(docs), Duration.ofMillis(100),
                Duration.ofMillis(200), false, changes::incrementAndGet)) {
            Files.setLastModifiedTime(article, FileTime.from(Instant.now().plusSeconds(60)));
            Thread.sleep(1_000);
            assertEquals(0, changes.get(), "a touched file with the same content is no change");
            Files.writeString(article, Files.readString(article) + "\nAn added closing sentence.\n");
            awaitCount(changes, 1, Duration.ofSeconds(10));
        }
    }

    private static void awaitCount(AtomicInteger count, int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (count.get() < expected && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(expected, count.get(), "changes reported within " + within);
    }
}
