package dev.dealbot.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which index directories are open, across processes: every process that has one open holds a shared OS lock on a
 * file inside it, and a directory is deleted only under an exclusive lock. A server swapping indexes therefore never
 * deletes the directory a {@code dealbot chat} or a second server is still reading, and vice versa. Within this JVM a
 * count per directory stands in for the OS lock, which the JVM does not let one process take twice.
 */
final class InUse {
    static final String FILE = "dealbot-in-use";

    private record Held(FileChannel channel, FileLock lock, int count) {}

    private static final Map<Path, Held> HELD = new HashMap<>();

    private InUse() {}

    /** Marks {@code dir} as in use; false when another process is deleting it. */
    static synchronized boolean acquire(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        Held held = HELD.get(key);
        if (held != null) {
            HELD.put(key, new Held(held.channel(), held.lock(), held.count() + 1));
            return true;
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException readOnly) { // a read-only data folder can still be read: nothing deletes it either
            HELD.put(key, new Held(null, null, 1));
            return true;
        }
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, true);
        } catch (IOException unsupported) { // a file system without locks: only this JVM's count protects it
            HELD.put(key, new Held(channel, null, 1));
            return true;
        }
        if (lock == null) {
            channel.close();
            return false;
        }
        HELD.put(key, new Held(channel, lock, 1));
        return true;
    }

    static synchronized void release(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Held held = HELD.get(key);
        if (held == null) return;
        if (held.count() > 1) {
            HELD.put(key, new Held(held.channel(), held.lock(), held.count() - 1));
            return;
        }
        HELD.remove(key);
        try {
            if (held.channel() != null) held.channel().close(); // releases the lock
        } catch (IOException ignored) {
            // the lock goes with the channel either way
        }
    }

    /** Deletes {@code dir} when no process has it in use; false (and nothing deleted) when one does. */
    static synchronized boolean deleteIfUnused(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        if (HELD.containsKey(key)) return false;
        if (!Files.isDirectory(key)) return true;
        try (FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = tryExclusive(channel)) {
            if (lock == null) return false;
            deleteTree(key);
            return true;
        } catch (NoSuchFileException raced) { // deleted meanwhile by another process
            return true;
        }
    }

    /** Null when another process holds the directory, or when the file system cannot say (then it is kept). */
    private static FileLock tryExclusive(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException unsupported) {
            return null;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
