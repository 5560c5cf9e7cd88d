package dev.dealbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridRetrieverTest {
    @TempDir
    static Path data;
    static PassageIndex index;
    static HybridRetriever retriever;

    @BeforeAll
    static void buildIndex() {
        index = PassageIndex.openOrBuild(Corpus.load(Fixtures.HOME.resolve("docs-corpus")), data, Fixtures.embedder(), l -> {});
        retriever = new HybridRetriever(index, Fixtures.embedder(), new RetrievalSettings(6, 20, 0.4));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void misspelledQuestionsStillFindThePassage() {
        Retrieval r = retriever.retrieve("Micorsoft licence to OpenAI intelectual propperty");
        assertTrue(r.query().terms().stream().map(QueryTerm::term).toList().containsAll(List.of("microsoft", "intellectu")),
                r.query().terms().toString());
        assertTrue(topTexts(r, 3).contains("2032"), topTexts(r, 3));
    }

    @Test
    void paraphrasesFindThePassageThroughMeaningAndSynonyms() {
        assertTrue(topTexts(retriever.retrieve("Which AWS product lets customers use OpenAI's models?"), 3).contains("Bedrock"));
        assertTrue(topTexts(retriever.retrieve("Is there a ceiling on what OpenAI pays?"), 3).contains("cap"));
    }

    @Test
    void queryParserSyntaxInUserTextIsJustText() {
        for (String q : List.of("license AND (2032 OR title:*)", "\"unbalanced", "+-!(){}[]^\"~*?:\\/", "*:*", "a".repeat(2000)))
            assertDoesNotThrow(() -> retriever.retrieve(q), q);
        Retrieval r = retriever.retrieve("title:* OR *:* license 2032");
        assertTrue(topTexts(r, 3).contains("2032"));
    }

    @Test
    void bothRankersContributeAndFusedScoresAreOrdered() {
        Retrieval r = retriever.retrieve("How much did Amazon invest in OpenAI?");
        assertTrue(r.hits().stream().anyMatch(h -> h.lexicalRank() > 0 && h.semanticRank() > 0));
        for (int i = 1; i < r.hits().size(); i++) assertTrue(r.hits().get(i - 1).score() >= r.hits().get(i).score());
        assertEquals(6, r.top(6).size());
    }

    @Test
    void wordsFoundNowhereAreReportedUnknown() {
        Retrieval r = retriever.retrieve("What is the capital of Australia?");
        assertTrue(r.query().unknownTerms().contains("australia"), r.query().toString());
    }

    private static String topTexts(Retrieval r, int n) {
        StringBuilder sb = new StringBuilder();
        r.top(n).forEach(h -> sb.append(h.passage().text()).append('\n'));
        return sb.toString();
    }
}
