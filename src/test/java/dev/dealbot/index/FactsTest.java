package dev.dealbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the articles agree and disagree, worked out when the index opens. */
class FactsTest {
    @TempDir
    static Path data;
    static PassageIndex index;

    @BeforeAll
    static void open() {
        index = PassageIndex.openOrBuild(Corpus.load(Fixtures.HOME.resolve("docs-corpus")), data, Fixtures.embedder(), l -> {});
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void theOneDisagreementIsTheSummaryCallingOpenAIsPaymentsDiscontinued() {
        assertEquals(1, index.facts().conflicts().size(), index.facts().conflicts().toString());
        Facts.Conflict c = index.facts().conflicts().get(0);
        assertTrue(c.polarity());
        Set<String> stops = c.one().stream().map(SentenceInfo::text).filter(t -> t.contains("discontinued")).collect(Collectors.toSet());
        Set<String> sideOfStop = (stops.isEmpty() ? c.other() : c.one()).stream().map(SentenceInfo::docId).collect(Collectors.toSet());
        assertEquals(Set.of("new-era-of-ai-partnership"), sideOfStop, "only the summary says the payments stop");
        Set<String> continues = (stops.isEmpty() ? c.one() : c.other()).stream().map(SentenceInfo::docId).collect(Collectors.toSet());
        assertEquals(5, continues.size(), "every article (the summary too) says they continue until 2030: " + continues);
    }

    @Test
    void microsoftStoppingItsOwnPaymentsIsNoDisagreementWithOpenAIsContinuing() {
        for (Facts.Conflict c : index.facts().conflicts())
            for (SentenceInfo s : c.one()) assertTrue(!s.text().startsWith("Microsoft will no longer pay"), s.text());
    }

    @Test
    void theLicenceTermIsStatedByEveryArticle() {
        SentenceInfo licence = index.sentences().all().stream()
                .filter(s -> s.text().startsWith("Microsoft will continue to hold a license to OpenAI")).findFirst().orElseThrow();
        assertTrue(index.facts().corroboration(licence) >= 4, index.facts().restatements(licence).toString());
    }

    @Test
    void aStopWithADateIsATermNotAContradiction() {
        Corpus corpus = Corpus.of(Map.of(
                "a", "---\ntitle: \"A\"\nsource: \"A\"\nauthor: null\ndate: null\nurl: null\nattribution: null\nnotes: null\n---\n\n"
                        + "Revenue share payments from Beta to Alpha will continue until 2030.\n",
                "b", "---\ntitle: \"B\"\nsource: \"B\"\nauthor: null\ndate: null\nurl: null\nattribution: null\nnotes: null\n---\n\n"
                        + "The revenue share payments from Beta to Alpha end in 2030.\n"));
        try (PassageIndex small = PassageIndex.openOrBuild(corpus, data.resolve("small"), Fixtures.embedder(), l -> {})) {
            assertTrue(small.facts().conflicts().isEmpty(), small.facts().conflicts().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
