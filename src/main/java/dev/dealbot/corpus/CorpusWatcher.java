package dev.dealbot.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a corpus folder's content changed: file events (a {@link WatchService}) for prompt notice, debounced
 * so an editor's burst of writes is one change, and a periodic {@link Corpus#contentHash(Path)} check as the fallback
 * for file systems that miss events or a folder that was replaced. Reports a change only when the content hash
 * differs from the last one reported, on its own daemon thread; {@code onChange} should hand the work off quickly.
 */
public final class CorpusWatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    private static final long TICK_MILLIS = 50;

    private final Path dir;
    private final long debounceNanos;
    private final long pollNanos;
    private final Runnable onChange;
    private final Thread thread;
    private final WatchService events;
    private volatile boolean running = true;
    private WatchKey key;
    private String reported;

    private CorpusWatcher(Path dir, String knownHash, Duration debounce, Duration poll, boolean useEvents,
            Runnable onChange) {
        this.dir = dir;
        this.reported = knownHash;
        this.debounceNanos = debounce.toNanos();
        this.pollNanos = poll.toNanos();
        this.onChange = onChange;
        this.events = useEvents ? openWatchService() : null;
        register();
        this.thread = Thread.ofPlatform().daemon().name("dealbot-corpus-watch").unstarted(this::run);
    }

    /**
     * Starts watching {@code dir}, whose content hash is now {@code knownHash}.
     *
     * @param debounce quiet time after the last file event before the folder is read
     * @param poll how often the content hash is checked even without events
     * @param useEvents false to rely on the periodic check alone
     */
    public static CorpusWatcher start(Path dir, String knownHash, Duration debounce, Duration poll, boolean useEvents,
            Runnable onChange) {
        CorpusWatcher watcher = new CorpusWatcher(dir, knownHash, debounce, poll, useEvents, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        long lastEvent = -1;
        long nextPoll = System.nanoTime() + pollNanos;
        while (running) {
            try {
                if (nextEvent()) lastEvent = System.nanoTime();
                long now = System.nanoTime();
                if (lastEvent >= 0 && now - lastEvent >= debounceNanos) {
                    lastEvent = -1;
                    reportIfChanged();
                }
                if (now >= nextPoll) {
                    nextPoll = now + pollNanos;
                    if (events != null && (key == null || !key.isValid())) register(); // the folder was replaced
                    reportIfChanged();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) { // a failing callback must not end the watch
                LOG.warn("corpus watch: {}", e.toString());
            }
        }
    }

    /** Waits one tick for file events; true when one concerns an article file. */
    private boolean nextEvent() throws InterruptedException {
        if (events == null) {
            Thread.sleep(TICK_MILLIS);
            return false;
        }
        WatchKey k = events.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
        if (k == null) return false;
        boolean relevant = false;
        for (WatchEvent<?> e : k.pollEvents()) {
            relevant |= e.kind() == StandardWatchEventKinds.OVERFLOW
                    || e.context() instanceof Path p && p.getFileName().toString().endsWith(Corpus.EXTENSION);
        }
        if (!k.reset()) key = null;
        return relevant;
    }

    private void reportIfChanged() {
        String hash;
        try {
            hash = Corpus.contentHash(dir);
        } catch (CorpusException e) { // reported as a change: loading it tells the operator what is wrong
            hash = "unreadable: " + e.getMessage();
        }
        if (hash.equals(reported)) return;
        reported = hash;
        onChange.run();
    }

    private WatchService openWatchService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("no file events for {} ({}); checking it every {} s", dir, e.getMessage(), pollNanos / 1_000_000_000);
            return null;
        }
    }

    private void register() {
        if (events == null) return;
        try {
            key = dir.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            key = null; // folder missing for now: the periodic check reports it and retries the registration
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            if (events != null) events.close();
            thread.join(2_000);
        } catch (IOException e) {
            LOG.debug("closing the corpus watch: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
