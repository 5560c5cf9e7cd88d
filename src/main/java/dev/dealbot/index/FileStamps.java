package dev.dealbot.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Size, modification time and file key (inode) of each file of an index commit, taken when the index was verified:
 * comparing them again is a stat per file, cheap enough to do around every request.
 */
record FileStamps(Path dir, Map<String, Stamp> files) {
    record Stamp(long size, FileTime modified, Object key) {}

    /** How a file differs from its stamp. */
    enum Change { NONE, MODIFIED, RESIZED, REPLACED, MISSING }

    static FileStamps of(Path dir, Collection<String> names) throws IOException {
        Map<String, Stamp> files = new TreeMap<>();
        for (String name : names) files.put(name, stamp(dir.resolve(name)));
        return new FileStamps(dir, Map.copyOf(files));
    }

    /** The first file that is not as stamped, with how; {@code null} when none changed. */
    Difference difference() {
        for (var e : files.entrySet()) {
            Change change;
            try {
                Stamp now = stamp(dir.resolve(e.getKey()));
                Stamp then = e.getValue();
                change = !Objects.equals(now.key(), then.key()) ? Change.REPLACED
                        : now.size() != then.size() ? Change.RESIZED
                        : !now.modified().equals(then.modified()) ? Change.MODIFIED : Change.NONE;
            } catch (NoSuchFileException gone) {
                change = Change.MISSING;
            } catch (IOException unreadable) {
                change = Change.REPLACED;
            }
            if (change != Change.NONE) return new Difference(e.getKey(), change);
        }
        return null;
    }

    record Difference(String file, Change change) {
        /** Only the content may have changed: the checksums decide whether it is still intact. */
        boolean contentOnly() {
            return change == Change.MODIFIED;
        }

        String describe() {
            return file + switch (change) {
                case MODIFIED -> " was modified";
                case RESIZED -> " changed size";
                case REPLACED -> " was replaced";
                case MISSING -> " is missing";
                case NONE -> " is unchanged";
            };
        }
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
    }
}
