package dev.dealbot;

import dev.dealbot.answer.Asker;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.PassageIndex;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything built from one corpus and its index (retriever, answerers and their precomputed tables), immutable.
 * Requests acquire it and release it when they finish; once it is retired (replaced by a newer one) its index is
 * closed when the last request that started on it has released it, like Lucene's {@code SearcherManager}.
 */
final class Snapshot {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshot.class);

    private final PassageIndex index;
    private final Asker asker;
    /** One reference for being current, plus one per request in flight; 0 = closed. */
    private final AtomicInteger refs = new AtomicInteger(1);
    private final AtomicReference<String> problem = new AtomicReference<>();
    private volatile Runnable afterClose = () -> {};

    Snapshot(PassageIndex index, Asker asker) {
        this.index = index;
        this.asker = asker;
    }

    String version() {
        return index.version();
    }

    Corpus corpus() {
        return index.corpus();
    }

    PassageIndex index() {
        return index;
    }

    Asker asker() {
        return asker;
    }

    /** Takes a reference for one request; false when the snapshot is already closed. */
    boolean tryAcquire() {
        for (int n = refs.get(); n > 0; n = refs.get()) {
            if (refs.compareAndSet(n, n + 1)) return true;
        }
        return false;
    }

    void release() {
        int left = refs.decrementAndGet();
        if (left == 0) close();
        else if (left < 0) throw new IllegalStateException("snapshot " + version() + " released more often than acquired");
    }

    /** No longer current: closes once no request uses it, then runs {@code afterClose}. Call once. */
    void retire(Runnable afterClose) {
        this.afterClose = afterClose;
        release();
    }

    boolean closed() {
        return refs.get() == 0;
    }

    /** What is wrong with the index, once it was found damaged; null while it is intact. */
    String problem() {
        return problem.get();
    }

    /** Records the damage; true for the first report. */
    boolean markDamaged(String what) {
        return problem.compareAndSet(null, what);
    }

    private void close() {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing index {}: {}", version(), e.toString());
        }
        afterClose.run();
    }
}
