package dev.dealbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryMaker;
import dev.dealbot.question.QueryTerm;
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
    static QueryMaker queries;

    @BeforeAll
    static void buildIndex() {
        index = PassageIndex.openOrBuild(Corpus.load(Fixtures.HOME.resolve("docs-corpus")), data, Fixtures.embedder(), l -> {});
        retriever = new HybridRetriever(index, new RetrievalSettings(6, 20, 0.4));
        queries = new QueryMaker(index, Fixtures.embedder());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void misspelledQuestionsStillFindThePassage() {
        Query q = queries.make("Micorsoft licence to OpenAI intelectual propperty");
        assertTrue(q.terms().stream().map(QueryTerm::term).toList().containsAll(List.of("microsoft", "intellectu")),
                q.terms().toString());
        assertTrue(topTexts(retriever.search(q), 3).contains("2032"), topTexts(retriever.search(q), 3));
    }

    @Test
    void paraphrasesFindThePassageThroughMeaningAndSynonyms() {
        assertTrue(topTexts(retriever.search(queries.make("Which AWS product lets customers use OpenAI's models?")), 3).contains("Bedrock"));
        assertTrue(topTexts(retriever.search(queries.make("Is there a ceiling on what OpenAI pays?")), 3).contains("cap"));
    }

    @Test
    void queryParserSyntaxInUserTextIsJustText() {
        for (String q : List.of("license AND (2032 OR title:*)", "\"unbalanced", "+-!(){}[]^\"~*?:\\/", "*:*", "a".repeat(2000)))
            assertDoesNotThrow(() -> retriever.search(queries.make(q)), q);
        assertTrue(topTexts(retriever.search(queries.make("title:* OR *:* license 2032")), 3).contains("2032"));
    }

    @Test
    void bothRankersContributeAndFusedScoresAreOrdered() {
        List<Hit> hits = retriever.search(queries.make("How much did Amazon invest in OpenAI?"));
        assertTrue(hits.stream().anyMatch(h -> h.lexicalRank() > 0 && h.semanticRank() > 0));
        for (int i = 1; i < hits.size(); i++) assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
    }

    @Test
    void wordsFoundNowhereAreReportedUnknown() {
        assertTrue(queries.make("What is the capital of Australia?").unknownTerms().contains("australia"));
    }

    @Test
    void aWordOnlyASynonymsPhraseBringsIsNoUnknownTermOfTheAskersButStillWeighsInTheSearch() {
        // "announced" brings the phrase "made public": "public" is no word of the asker's
        Query q = queries.make("When did OpenAI announce that it had reached AGI?");
        assertFalse(q.unknownTerms().contains("public"), q.unknownTerms().toString());
        assertTrue(q.phraseWords().contains("public"), q.phraseWords().toString());
        assertFalse(queries.unknownTerms("Microsoft announced the deal").contains("public"));
        assertTrue(queries.make("Did OpenAI go public?").unknownTerms().contains("public"), "the asker's own word is theirs");
    }

    @Test
    void textWithNothingToEmbedSearchesByTermsAlone() {
        Query empty = queries.make("   ");
        assertTrue(empty.vector().length == 0);
        assertDoesNotThrow(() -> retriever.search(empty));
    }

    private static String topTexts(List<Hit> hits, int n) {
        StringBuilder sb = new StringBuilder();
        hits.stream().limit(n).forEach(h -> sb.append(h.passage().text()).append('\n'));
        return sb.toString();
    }
}
