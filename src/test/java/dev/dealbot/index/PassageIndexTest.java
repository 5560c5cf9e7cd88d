package dev.dealbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
    @Test
    void passagesKeepWholeSentencesOfOneParagraphAndCoverEveryArticle(@TempDir Path data) throws Exception {
        Corpus corpus = Corpus.load(Fixtures.HOME.resolve("docs-corpus"));
        try (PassageIndex index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), line -> {})) {
            int sentences = 0;
            for (Passage p : index.passages()) {
                assertTrue(p.sentences().size() <= 3);
                assertEquals(1, p.sentences().stream().map(Sentence::paragraph).distinct().count(), "passage crosses a paragraph");
                assertEquals(p.sentences().size(), p.sentenceVectors().length);
                sentences += p.sentences().size();
            }
            assertEquals(corpus.sentences().size(), sentences, "every sentence is in exactly one passage");
        }
    }

    @Test
    void theIndexIsReusedUntilTheCorpusChanges(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectory(dir.resolve("docs"));
        Path data = dir.resolve("data");
        Files.writeString(docs.resolve("one.md"), "---\ntitle: One\nsource: S\n---\n\nMicrosoft keeps a license until 2032.\n");
        List<String> progress = new ArrayList<>();
        try (PassageIndex ignored = PassageIndex.openOrBuild(Corpus.load(docs), data, Fixtures.embedder(), progress::add)) {
            assertTrue(progress.stream().anyMatch(l -> l.startsWith("index written")));
        }
        progress.clear();
        try (PassageIndex ignored = PassageIndex.openOrBuild(Corpus.load(docs), data, Fixtures.embedder(), progress::add)) {
            assertTrue(progress.isEmpty(), "unchanged corpus must not be re-indexed: " + progress);
        }
        Files.writeString(docs.resolve("two.md"), "---\ntitle: Two\nsource: T\n---\n\nA dropped-in article about Bedrock.\n");
        try (PassageIndex index = PassageIndex.openOrBuild(Corpus.load(docs), data, Fixtures.embedder(), progress::add)) {
            assertTrue(progress.stream().anyMatch(l -> l.startsWith("index written: 2 passages")), progress.toString());
            assertEquals(2, index.passages().size());
        }
    }

    @Test
    void damageIsWhatChangedInTheVerifiedFiles(@TempDir Path data) throws Exception {
        Corpus corpus = Corpus.load(Fixtures.HOME.resolve("docs-corpus"));
        try (PassageIndex index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), line -> {})) {
            assertNull(index.damage());
            Path segments;
            try (var files = Files.list(index.path())) {
                segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            }
            Files.setLastModifiedTime(segments, FileTime.from(Instant.now().plusSeconds(5)));
            assertNull(index.damage(), "touched, same content: the checksums still pass");
            Path file = IndexFixtures.corrupt(index.path());
            String damage = index.damage();
            assertTrue(damage != null && damage.startsWith(file.getFileName() + " was modified: checksum failed"), damage);
            assertFalse(damage.contains(data.toString()), "no absolute paths: " + damage);
        }
        try (PassageIndex index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), line -> {})) {
            Files.delete(index.path().resolve(index.path().toFile().list((d, n) -> n.endsWith(".si"))[0]));
            assertTrue(index.damage().endsWith(".si is missing"), index.damage());
        }
    }

    @Test
    void spellingCorrectsMisspellingsAndFormsButNotOneRealWordIntoAnother(@TempDir Path data) throws Exception {
        Corpus corpus = Corpus.load(Fixtures.HOME.resolve("docs-corpus"));
        try (PassageIndex index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), line -> {})) {
            assertEquals("valuation", index.spelling().correction("valuaton"));
            assertNull(index.spelling().correction("started"), "a real word the articles lack is not 'stated'");
            assertNull(index.spelling().correction("analysis"), "nor is 'analysis' 'analysts'");
            assertTrue(EnglishWords.contains("analysis") && !EnglishWords.contains("valuaton"));
        }
    }

    @Test
    void aWordOneEditFromANameAtFiveLettersIsOfferedForTheNameOnly(@TempDir Path data) throws Exception {
        Corpus corpus = Corpus.load(Fixtures.HOME.resolve("docs-corpus"));
        try (PassageIndex index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), line -> {})) {
            assertNull(index.spelling().correction("amazn"), "too far for any word");
            assertEquals("amazon", index.spelling().nameCorrection("amazn"), "near enough for a name");
            assertNull(index.spelling().nameCorrection("model"), "a real English word is no misspelling");
        }
    }
}
