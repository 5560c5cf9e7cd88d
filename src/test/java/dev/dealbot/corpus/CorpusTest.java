package dev.dealbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    static final Path DOCS = Fixtures.HOME.resolve("docs-corpus");

    @Test
    void loadsTheFiveArticlesWithTheirDocIdsAndAttribution() {
        Corpus corpus = Corpus.load(DOCS);
        assertEquals(List.of("capped-revenue-share", "new-era-of-ai-partnership", "nonexclusive-license-amazon",
                "revised-licensing-terms", "wedoany-revised-partnership"),
                corpus.articles().stream().map(Article::docId).toList());
        Article wedoany = corpus.article("wedoany-revised-partnership").orElseThrow();
        assertEquals("Wedoany", wedoany.source());
        assertTrue(wedoany.attribution().contains("Wedoany"));
        assertEquals("2026-04-28", corpus.article("new-era-of-ai-partnership").orElseThrow().date());
    }

    @Test
    void everySentenceOfEveryArticleIsVerbatimInThePublishedText() throws Exception {
        for (Article a : Corpus.load(DOCS).articles()) {
            String original = Files.readString(Fixtures.originals().resolve(a.docId() + ".txt"));
            for (Sentence s : a.sentences())
                assertTrue(original.contains(s.text()), a.docId() + " sentence not verbatim: " + s.text());
        }
    }

    @Test
    void boilerplateAndOtherStoriesAreNotInTheCuratedBodies() {
        Corpus corpus = Corpus.load(DOCS);
        for (Article a : corpus.articles()) {
            for (String junk : List.of("Leave a Reply", "Share this article", "Google IO", "iFlytek", "Xiaomi",
                    "Comments (0)", "All AI citations must"))
                assertTrue(!a.body().contains(junk), a.docId() + " still contains " + junk);
        }
        Article revised = corpus.article("revised-licensing-terms").orElseThrow();
        String paragraph = "Under the revised agreement, Microsoft will remain OpenAI's primary cloud partner";
        assertEquals(revised.body().indexOf(paragraph), revised.body().lastIndexOf(paragraph), "repeated paragraph kept");
    }

    @Test
    void headingsAndBulletMarkersAreNotSentences() {
        Article newEra = Corpus.load(DOCS).article("new-era-of-ai-partnership").orElseThrow();
        assertTrue(newEra.sentences().stream().noneMatch(s -> s.text().equals("Key Points")));
        assertTrue(newEra.sentences().stream().anyMatch(s -> s.text().startsWith("Microsoft secures a non-exclusive license")));
    }

    @Test
    void contentHashChangesWhenAnArticleChanges(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nsource: S\n---\n\nOne sentence here.\n");
        String before = Corpus.load(dir).contentHash();
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nsource: S\n---\n\nOne sentence changed.\n");
        assertNotEquals(before, Corpus.load(dir).contentHash());
    }

    @Test
    void malformedFilesFailWithTheFileNameAndTheProblem(@TempDir Path dir) throws Exception {
        assertProblem(dir, "no-header.md", "Just text.\n", "no-header.md: must start with a '---' line");
        assertProblem(dir, "no-source.md", "---\ntitle: T\n---\n\nText.\n", "no-source.md: metadata field 'source' is required");
        assertProblem(dir, "typo.md", "---\ntitle: T\nsource: S\nauthr: X\n---\n\nText.\n", "typo.md: unknown metadata field 'authr'");
        assertProblem(dir, "bad-date.md", "---\ntitle: T\nsource: S\ndate: April\n---\n\nText.\n", "bad-date.md: 'date' must be an ISO date");
        assertProblem(dir, "bad-url.md", "---\ntitle: T\nsource: S\nurl: javascript:alert(1)\n---\n\nText.\n", "bad-url.md: 'url' must be an http(s) URL");
        assertProblem(dir, "Bad Name.md", "---\ntitle: T\nsource: S\n---\n\nText.\n", "Bad Name.md: file name must be a doc id");
        assertProblem(dir, "empty.md", "---\ntitle: T\nsource: S\n---\n\n", "empty.md: the article body after the header is empty");
    }

    private static void assertProblem(Path parent, String name, String content, String expected) throws Exception {
        Path dir = Files.createDirectory(parent.resolve(name.replace('.', '_').replace(' ', '_')));
        Files.writeString(dir.resolve(name), content);
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.load(dir));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
