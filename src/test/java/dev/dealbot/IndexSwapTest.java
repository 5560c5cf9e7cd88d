package dev.dealbot;

import static dev.dealbot.testing.IndexFixtures.KNOWN_FACT;
import static dev.dealbot.testing.IndexFixtures.KNOWN_QUESTION;
import static dev.dealbot.testing.IndexFixtures.NEW_ARTICLE;
import static dev.dealbot.testing.IndexFixtures.NEW_DOC_ID;
import static dev.dealbot.testing.IndexFixtures.NEW_FACT;
import static dev.dealbot.testing.IndexFixtures.NEW_QUESTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.answer.Answer;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.GatedEmbedder;
import dev.dealbot.testing.IndexFixtures;
import dev.dealbot.testing.LogCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots swapped under a running bot: a changed corpus, and an index damaged while serving. */
class IndexSwapTest {
    static Dealbot start(Path dir, Path docs, dev.dealbot.index.Embedder embedder) {
        return Dealbot.start(Fixtures.settings(dir.resolve("data"), Map.of("DEALBOT_CORPUS_DIR", docs.toString())),
                embedder, line -> {});
    }

    static Answer ask(Dealbot bot, String question) {
        return bot.withAsker(asker -> asker.ask(question, null));
    }

    @Test
    void anAddedArticleIsSwappedInWhileARequestInFlightFinishesOnTheOldIndex(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        var pool = Executors.newSingleThreadExecutor();
        try (Dealbot bot = start(dir, docs, Fixtures.embedder())) {
            List<String> swaps = new CopyOnWriteArrayList<>();
            bot.onIndexSwap(swaps::add);
            String before = bot.indexVersion();
            Path oldDir = IndexFixtures.currentIndex(dir.resolve("data"));
            assertFalse(ask(bot, NEW_QUESTION).answered());

            CountDownLatch started = new CountDownLatch(1), swapped = new CountDownLatch(1);
            Future<List<Answer>> inFlight = pool.submit(() -> bot.withAsker(asker -> {
                started.countDown();
                await(swapped);
                return List.of(asker.ask(NEW_QUESTION, null), asker.ask(KNOWN_QUESTION, null));
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Files.writeString(docs.resolve(NEW_DOC_ID + ".md"), NEW_ARTICLE);
            String after = bot.reload();
            assertNotEquals(before, after);
            assertEquals(List.of(after), swaps, "the swap listener hears the new version");
            assertTrue(Files.isDirectory(oldDir), "the old index stays while a request uses it");
            swapped.countDown();

            List<Answer> old = inFlight.get(30, TimeUnit.SECONDS);
            assertFalse(old.get(0).answered(), "the request finished on the index it started with");
            assertTrue(old.get(1).answer().contains(KNOWN_FACT), "and that index was still open: " + old.get(1));
            Answer fresh = ask(bot, NEW_QUESTION);
            assertTrue(fresh.answered() && fresh.answer().contains(NEW_FACT), fresh.toString());
            assertEquals(NEW_DOC_ID, fresh.citations().get(0).docId());
            assertEquals(6, bot.corpus().articles().size());
            IndexFixtures.awaitGone(oldDir);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editedAndRemovedArticlesAreSwappedInAndAMalformedOneKeepsTheOldIndexServing(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        Path article = docs.resolve(NEW_DOC_ID + ".md");
        Files.writeString(article, NEW_ARTICLE);
        try (Dealbot bot = start(dir, docs, Fixtures.embedder())) {
            assertTrue(ask(bot, NEW_QUESTION).answer().contains(NEW_FACT));

            Files.writeString(article, NEW_ARTICLE.replace("in Reykjavik in October", "in Oslo in October"));
            bot.reload();
            assertTrue(ask(bot, NEW_QUESTION).answer().contains("Oslo"), "an edited article is re-indexed");

            String serving = bot.indexVersion();
            Files.writeString(docs.resolve("broken.md"), "Just text, no metadata header.\n");
            try (LogCapture log = LogCapture.start()) {
                assertEquals(serving, bot.reload(), "a malformed article changes nothing");
                List<String> lines = log.lines().stream().filter(l -> l.contains("broken.md")).toList();
                assertEquals(1, lines.size(), log.lines().toString());
                assertTrue(lines.get(0).contains("broken.md: must start with a '---' line")
                        && lines.get(0).contains("still serving index " + serving), lines.get(0));
            }
            assertTrue(ask(bot, NEW_QUESTION).answer().contains("Oslo"), "the old index keeps answering");

            Files.delete(docs.resolve("broken.md"));
            Files.delete(article);
            assertNotEquals(serving, bot.reload());
            assertFalse(ask(bot, NEW_QUESTION).answered(), "a removed article no longer answers");
            assertEquals(5, bot.corpus().articles().size());
        }
    }

    @Test
    void aReadErrorIsNotNoEvidence503UntilARebuiltIndexIsSwappedIn(@TempDir Path dir) throws Exception {
        Path docs = IndexFixtures.copyCorpus(dir);
        GatedEmbedder embedder = new GatedEmbedder(Fixtures.embedder());
        try (Dealbot bot = start(dir, docs, embedder)) {
            String before = bot.indexVersion();
            embedder.hold();
            // damage that leaves size and time alone, so only reading the index can find it
            Path file = IndexFixtures.corruptKeepingTime(IndexFixtures.currentIndex(dir.resolve("data")));
            var e = assertThrows(IndexUnavailableException.class, () -> bot.withAsker(asker -> {
                throw new UncheckedIOException(new IOException("simulated read error"));
            }));
            assertTrue(e.getMessage().startsWith("read error: ") && e.getMessage().contains(file.getFileName().toString()),
                    e.getMessage());
            assertFalse(bot.health().ok());
            assertThrows(IndexUnavailableException.class, () -> ask(bot, KNOWN_QUESTION), "no answers from a damaged index");

            embedder.open();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!bot.health().ok() && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(bot.health().ok(), "repaired within 30 s");
            assertNotEquals(before, bot.indexVersion());
            assertTrue(ask(bot, KNOWN_QUESTION).answer().contains(KNOWN_FACT));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
