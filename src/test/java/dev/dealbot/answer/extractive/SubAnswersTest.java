package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.answer.Draft;
import dev.dealbot.answer.Reason;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers to a question's sub-questions joined into one: one numbering of sources, nothing said twice. */
class SubAnswersTest {
    @TempDir
    static Path data;
    static PassageIndex index;

    @BeforeAll
    static void build() {
        index = PassageIndex.openOrBuild(Corpus.of(Map.of("a", "---\ntitle: \"A\"\nsource: \"Test\"\nauthor: null\ndate: null\nurl: null\n"
                + "attribution: null\nnotes: null\n---\n\nAlpha holds 27% of Beta. Beta pays Alpha 20% until 2030. Alpha keeps its license until 2032.\n")),
                data, Fixtures.embedder(), l -> {});
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Draft.Source source(String start) {
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
        return Draft.Source.of(s, s.quote());
    }

    private static Draft draft(String text, Draft.Source... sources) {
        return new Draft("", text, List.of(sources), false, true, "extractive", false, null, List.of());
    }

    @Test
    void eachAnswersMarkersAreRenumberedToOneListOfSources() {
        SubAnswers answers = new SubAnswers();
        answers.add(draft("Alpha holds 27% of Beta. [1]", source("Alpha holds")));
        answers.add(draft("Yes — until 2032. Alpha keeps its license until 2032. [1] Beta pays Alpha 20% until 2030. [2]",
                source("Alpha keeps"), source("Beta pays")));
        Draft joined = answers.join("extractive");
        assertEquals("Alpha holds 27% of Beta. [1] Yes — until 2032. Alpha keeps its license until 2032. [2] Beta pays Alpha 20% until 2030. [3]", joined.text());
        assertEquals(List.of(source("Alpha holds"), source("Alpha keeps"), source("Beta pays")), joined.sources());
    }

    @Test
    void aSentenceAnEarlierAnswerSaidIsNotSaidAgainAndASourceCitedTwiceIsOne() {
        SubAnswers answers = new SubAnswers();
        answers.add(draft("Beta pays Alpha 20% until 2030. [1]", source("Beta pays")));
        answers.add(draft("Beta pays Alpha 20% until 2030. [1] Alpha holds 27% of Beta. [2][1]", source("Beta pays"), source("Alpha holds")));
        assertEquals("Beta pays Alpha 20% until 2030. [1] Alpha holds 27% of Beta. [2][1]", answers.join("extractive").text());
    }

    @Test
    void anAnswerThatSaysNothingNewIsLeftOutWithItsOwnWords() {
        SubAnswers answers = new SubAnswers();
        answers.add(draft("Beta pays Alpha 20% until 2030. [1]", source("Beta pays")));
        answers.add(draft("Beta pays Alpha 20% until 2030. [1] It is capped.", source("Beta pays")));
        assertEquals("Beta pays Alpha 20% until 2030. [1]", answers.join("extractive").text());
    }

    @Test
    void aDeclinedSubQuestionIsLeftOut() {
        SubAnswers answers = new SubAnswers();
        assertFalse(answers.add(Draft.refusal("extractive", Reason.NOT_IN_ARTICLES, "The articles don't say.")));
        assertTrue(answers.isEmpty());
        assertTrue(answers.add(draft("Alpha holds 27% of Beta. [1]", source("Alpha holds"))));
        assertEquals("Alpha holds 27% of Beta. [1]", answers.join("extractive").text());
    }

    @Test
    void aQuoteThatOpensWithASentenceSaidAlreadyGoesOnAfterIt() {
        SubAnswers answers = new SubAnswers();
        answers.add(draft("Alpha holds 27% of Beta. [1]", source("Alpha holds")));
        answers.add(draft("Alpha holds 27% of Beta. Beta pays Alpha 20% until 2030. [1]", source("Beta pays")));
        assertEquals("Alpha holds 27% of Beta. [1] Beta pays Alpha 20% until 2030. [2]", answers.join("extractive").text());
    }
}
