package dev.dealbot;

import dev.dealbot.answer.Asker;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.CorpusException;
import dev.dealbot.corpus.CorpusWatcher;
import dev.dealbot.index.IndexStore;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.index.PassageIndex;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the current {@link Snapshot} and replaces it atomically: when its index turns out damaged (a file changed
 * under it, a read error) and when the corpus folder changes. New snapshots are built on one background thread into
 * a new index directory; requests in flight finish on the snapshot they started with. While the current index is
 * damaged, requests get {@link IndexUnavailableException} instead of answers from broken evidence.
 */
final class IndexKeeper implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);
    static final Duration DEBOUNCE = Duration.ofMillis(300);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final IndexStore store;
    private final Path corpusDir;
    private final Function<PassageIndex, Snapshot> factory;
    private final AtomicReference<Snapshot> current;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService worker;
    private final AtomicBoolean repairQueued = new AtomicBoolean();
    private final AtomicBoolean reloadQueued = new AtomicBoolean();
    private volatile CorpusWatcher watcher;
    private volatile boolean closed;

    IndexKeeper(IndexStore store, Path corpusDir, Function<PassageIndex, Snapshot> factory, Snapshot first) {
        this.store = store;
        this.corpusDir = corpusDir;
        this.factory = factory;
        this.current = new AtomicReference<>(first);
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("dealbot-index").factory());
        pool.setRemoveOnCancelPolicy(true);
        this.worker = pool;
    }

    /** Runs {@code use} on the current snapshot, which stays open until it returns. */
    <T> T withAsker(Function<Asker, T> use) {
        Snapshot s = acquire();
        try {
            if (s.problem() != null) throw new IndexUnavailableException(s.problem());
            T result = use.apply(s.asker());
            // a stat per index file, after the reads: a file changed before or during them means the answer cannot
            // be trusted (the stamps are from when the files were verified)
            ensureIntact(s);
            return result;
        } catch (IndexUnavailableException e) {
            throw e;
        } catch (RuntimeException | InternalError e) { // InternalError: a memory-mapped file was truncated
            String problem = s.index().verify();
            if (problem == null) throw e;
            throw damaged(s, "read error: " + problem);
        } finally {
            s.release();
        }
    }

    Snapshot current() {
        return current.get();
    }

    IndexHealth health() {
        Snapshot s = acquire();
        try {
            if (s.problem() == null) {
                String damage = s.index().damage();
                if (damage != null) damaged(s, damage);
            }
            return new IndexHealth(s.version(), s.problem(), s.corpus().articles().size());
        } finally {
            s.release();
        }
    }

    void onSwap(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Reads the corpus folder now and swaps in a new index if it changed; returns the version then serving. */
    String reloadNow() {
        try {
            worker.submit(this::reload).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            LOG.warn("corpus reload failed: {}", e.toString());
        }
        return current.get().version();
    }

    /**
     * Checks the index files every second (a stat each) and their checksums every {@code every}; with
     * {@code corpus}, also watches the corpus folder (file events, and its content hash every {@code every}).
     */
    void watch(boolean corpus, Duration every) {
        if (corpus) watcher = CorpusWatcher.start(corpusDir, current.get().corpus().contentHash(), DEBOUNCE, every, true,
                this::queueReload);
        worker.scheduleWithFixedDelay(this::checkFiles, 1, 1, TimeUnit.SECONDS);
        worker.scheduleWithFixedDelay(this::checkChecksums, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot s = current.get();
            if (s.tryAcquire()) return s;
            if (closed) throw new IllegalStateException("dealbot has been closed");
            Thread.onSpinWait(); // swapped between get and acquire: the next get sees the new one
        }
    }

    private void ensureIntact(Snapshot s) {
        String problem = s.problem();
        if (problem == null) problem = s.index().damage();
        if (problem != null) throw damaged(s, problem);
    }

    private IndexUnavailableException damaged(Snapshot s, String problem) {
        if (s.markDamaged(problem) && s == current.get()) {
            LOG.warn("index {} is damaged ({}); answering 503 until a rebuilt index is swapped in", s.version(), problem);
            queue(repairQueued, this::repair);
        }
        return new IndexUnavailableException(s.problem());
    }

    private void checkFiles() {
        Snapshot s = acquire();
        try {
            if (s.problem() != null) return;
            String damage = s.index().damage();
            if (damage != null) damaged(s, damage);
        } finally {
            s.release();
        }
    }

    /** Catches damage that left the files' sizes and times alone (bit rot, a careful overwrite). */
    private void checkChecksums() {
        Snapshot s = acquire();
        try {
            if (s.problem() != null) return;
            String damage = s.index().verify();
            if (damage != null) damaged(s, damage);
        } finally {
            s.release();
        }
    }

    private void queueReload() {
        queue(reloadQueued, this::reload);
    }

    private void queue(AtomicBoolean queued, Runnable task) {
        if (closed || !queued.compareAndSet(false, true)) return;
        try {
            worker.execute(() -> {
                queued.set(false);
                task.run();
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // closing
        }
    }

    private void repair() {
        Snapshot s = current.get();
        if (closed || s.problem() == null) return;
        Corpus corpus;
        try {
            corpus = Corpus.load(corpusDir);
        } catch (CorpusException e) {
            LOG.warn("corpus folder unusable ({}); rebuilding the index from the articles already loaded", e.getMessage());
            corpus = s.corpus();
        }
        if (!swapTo(corpus, "rebuilt after damage", null)) worker.schedule(() -> queue(repairQueued, this::repair),
                RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        if (closed) return;
        Snapshot s = current.get();
        Corpus corpus;
        try {
            corpus = Corpus.load(corpusDir);
        } catch (CorpusException e) {
            LOG.warn("corpus change in {} not applied: {}; still serving index {}", corpusDir, e.getMessage(), s.version());
            return;
        }
        if (s.problem() == null && corpus.contentHash().equals(s.corpus().contentHash())) return;
        swapTo(corpus, "corpus changed", s.problem() == null ? s.index() : null);
    }

    /**
     * Builds, verifies and swaps in an index of {@code corpus}, reusing the embeddings of {@code reuse} (an intact
     * index, or null); false (old one kept) when that fails.
     */
    private boolean swapTo(Corpus corpus, String why, PassageIndex reuse) {
        long start = System.nanoTime();
        Snapshot next;
        try {
            PassageIndex index = store.build(corpus, LOG::debug, reuse);
            try {
                next = factory.apply(index);
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
        } catch (Exception e) {
            LOG.warn("cannot build a new index ({}); still serving index {}", e.getMessage(), current.get().version());
            return false;
        }
        Snapshot old = current.getAndSet(next);
        Path oldDir = old.index().path();
        old.retire(() -> afterClose(oldDir));
        LOG.info("index {} now serving ({}; {} articles, built in {} ms), replacing {}", next.version(), why,
                corpus.articles().size(), (System.nanoTime() - start) / 1_000_000, old.version());
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(next.version());
            } catch (RuntimeException e) {
                LOG.warn("index swap listener failed: {}", e.toString());
            }
        }
        return true;
    }

    /** The old index closed (its last request finished): delete its folder off the request thread. */
    private void afterClose(Path oldDir) {
        try {
            worker.execute(() -> store.retire(oldDir));
        } catch (RejectedExecutionException e) {
            store.retire(oldDir);
        }
    }

    @Override
    public void close() {
        closed = true;
        CorpusWatcher w = watcher;
        if (w != null) w.close();
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current.get().retire(() -> {}); // the folder stays: it is the current index for the next start
    }
}
