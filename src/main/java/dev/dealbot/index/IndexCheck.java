package dev.dealbot.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NoLockFactory;

/** Integrity checks of an index, each answering with one readable line of what is wrong, or {@code null}. */
final class IndexCheck {
    private static final int MAX_PROBLEM_CHARS = 240;
    private static final Pattern RESOURCE_FILE = Pattern.compile("path=\"(?:[^\"]*/)?([^\"/]+)\"");

    private IndexCheck() {}

    /**
     * Lucene's {@link CheckIndex} with its slow checks (every file's checksum, then postings, vectors and stored
     * fields read back and cross-checked): a few milliseconds on this index. Read-only, so it takes no write lock and
     * runs beside other readers.
     */
    static String checkIndex(Directory directory, Path path) {
        try (CheckIndex check = new CheckIndex(directory, NoLockFactory.INSTANCE.obtainLock(directory, "check.lock"))) {
            check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
            check.setFailFast(true);
            CheckIndex.Status status = check.checkIndex();
            if (status.clean) return null;
            return status.missingSegments ? "no readable commit" : "segment " + status.brokenSegmentName + " is broken";
        } catch (IOException | RuntimeException | InternalError e) { // InternalError: a truncated memory-mapped file
            return describe(e, path);
        }
    }

    /** Verifies the checksum of every file the open reader uses (about 3 ms here). */
    static String checksums(DirectoryReader reader, Path path) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
            return null;
        } catch (IOException | RuntimeException | InternalError e) {
            return describe(e, path);
        }
    }

    /**
     * The first line of the failure's root cause (CheckIndex wraps the real one), naming the file but not the index's
     * absolute path, bounded in length.
     */
    static String describe(Throwable e, Path path) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message;
        if (root instanceof CorruptIndexException c) {
            Matcher file = RESOURCE_FILE.matcher(c.getResourceDescription());
            message = c.getOriginalMessage() + (file.find() ? " in " + file.group(1) : "");
        } else {
            message = root.getMessage() == null ? "" : root.getMessage();
            message = message.lines().findFirst().orElse(message).replace(path.toAbsolutePath() + "/", "");
            if (!(root instanceof IOException) || message.isEmpty())
                message = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        }
        return message.length() <= MAX_PROBLEM_CHARS ? message : message.substring(0, MAX_PROBLEM_CHARS - 1) + "…";
    }
}
