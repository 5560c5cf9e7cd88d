package dev.dealbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;

/**
 * Large classpath resources (the embedding model, ONNX Runtime's native libraries) copied once out of their jar into
 * a cache folder, so later starts read plain files instead of inflating ~40 MB each time. A copy is named by its jar
 * entry's CRC and size, so a new jar never meets an old copy; a copy is written under a temporary name and moved into
 * place whole. Anything that goes wrong means "no copy": the caller reads the resource as before.
 */
final class ExtractedFiles {
    /** System property naming the cache folder; bin/dealbot sets it to {@code target/cache} of the install. */
    static final String DIR_PROPERTY = "dealbot.cache";
    static final String ORT_NATIVE_PATH = "onnxruntime.native.path";
    private static final String ORT_LIBS = "ai/onnxruntime/native/linux-x64/";

    private ExtractedFiles() {}

    /** The cache folder, or null when none is configured. */
    static Path dir() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** A plain copy of the classpath resource {@code name} in {@code dir}, or null when there is none to be had. */
    static Path copy(Path dir, String name) {
        Entry e = entry(name);
        if (e == null) return null;
        return place(e, dir.resolve(e.stamp() + "-" + Path.of(name).getFileName()));
    }

    /**
     * Points ONNX Runtime at plain copies of its Linux x64 libraries in {@code dir} (unless it is told a folder
     * already), before its first use; otherwise it extracts them to a temporary folder at every start.
     */
    static void useNativeCopies(Path dir) {
        if (System.getProperty(ORT_NATIVE_PATH) != null) return;
        Entry jni = entry(ORT_LIBS + "libonnxruntime4j_jni.so"), ort = entry(ORT_LIBS + "libonnxruntime.so");
        if (jni == null || ort == null) return; // another platform: ONNX Runtime finds its own
        Path folder = dir.resolve("onnxruntime-" + ort.stamp() + "-" + jni.stamp());
        for (Entry e : List.of(ort, jni)) if (place(e, folder.resolve(Path.of(e.name()).getFileName())) == null) return;
        System.setProperty(ORT_NATIVE_PATH, folder.toString());
    }

    private record Entry(String name, URL url, long crc, long size) {
        String stamp() {
            return Long.toHexString(crc) + "-" + size;
        }
    }

    /** The jar entry of a resource, read from the jar's directory (nothing inflated); null unless it is in a jar. */
    private static Entry entry(String name) {
        URL url = ExtractedFiles.class.getClassLoader().getResource(name);
        if (url == null || !"jar".equals(url.getProtocol())) return null;
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            JarEntry entry = connection.getJarEntry();
            if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) return null;
            return new Entry(name, url, entry.getCrc(), entry.getSize());
        } catch (IOException | ClassCastException e) {
            return null;
        }
    }

    /** {@code target}, written from the resource unless a whole copy is there already; null when it cannot be. */
    private static Path place(Entry e, Path target) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == e.size()) return target;
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                try (InputStream in = e.url().openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (Files.size(part) != e.size()) return null;
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException failed) {
            return null;
        }
    }
}
