package dev.dealbot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedFilesTest {
    private static final String QUESTION = "Until when does Microsoft hold a license to OpenAI's IP?";

    @Test
    void aModelReadFromItsCopyEmbedsExactlyAsTheOneReadFromTheJarAndTheCopyIsReused(@TempDir Path dir) throws Exception {
        String before = System.getProperty(ExtractedFiles.ORT_NATIVE_PATH);
        System.setProperty(ExtractedFiles.DIR_PROPERTY, dir.toString());
        try {
            float[] fromCopy = new OnnxEmbedder().embed(QUESTION);
            assertArrayEquals(Fixtures.embedder().embed(QUESTION), fromCopy);
            Path model = only(dir, "all-minilm-l6-v2-q.onnx");
            FileTime written = Files.getLastModifiedTime(model);
            assertArrayEquals(fromCopy, new OnnxEmbedder().embed(QUESTION));
            assertEquals(written, Files.getLastModifiedTime(model), "the second start reads the first one's copy");
        } finally {
            System.clearProperty(ExtractedFiles.DIR_PROPERTY);
            if (before == null) System.clearProperty(ExtractedFiles.ORT_NATIVE_PATH);
        }
    }

    @Test
    void aCutShortCopyIsWrittenAgainWhole(@TempDir Path dir) throws Exception {
        Path first = ExtractedFiles.copy(dir, "all-minilm-l6-v2-q-tokenizer.json");
        assertNotNull(first);
        long size = Files.size(first);
        Files.write(first, new byte[10]);
        Path again = ExtractedFiles.copy(dir, "all-minilm-l6-v2-q-tokenizer.json");
        assertEquals(first, again);
        assertEquals(size, Files.size(again));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(first), files.toList(), "no partial file is left behind");
        }
    }

    @Test
    void aResourceOutsideAJarHasNoCopy(@TempDir Path dir) {
        assertNull(ExtractedFiles.copy(dir, "no-such-resource.onnx"));
        assertNull(ExtractedFiles.copy(dir, "dev/dealbot/index/package-info.class")); // target/classes: a plain file already
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}
