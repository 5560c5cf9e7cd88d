package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.cli.EvalCase;
import dev.dealbot.cli.EvalScorer;
import dev.dealbot.testing.BotExtension;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public question set and our own paraphrases, through the offline extractive answerer. */
class QuestionSetTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void thePublicQuestionSetScoresAtLeast28Of30() throws Exception {
        assertScore("eval/questions.jsonl", 28);
    }

    @Test
    void differentlyWordedQuestionsScoreAsWell() throws Exception {
        assertScore("eval/paraphrases.jsonl", 30);
        assertScore("eval/paraphrases-2.jsonl", 38);
    }

    @Test
    void setsWrittenBlindFromTheArticlesScoreAsWell() throws Exception {
        assertScore("eval/heldout-blind.jsonl", 42);
        assertScore("eval/heldout-blind-2.jsonl", 38);
        assertScore("eval/heldout-blind-3.jsonl", 54);
        assertScore("eval/heldout-blind-4.jsonl", 64);
    }

    @Test
    void onTopicQuestionsTheArticlesDoNotAnswerAreDeclined() throws Exception {
        assertScore("eval/unanswerable-probes.jsonl", 25);
    }

    @Test
    void falsePremisesAreCorrectedWithWhatTheArticlesSay() throws Exception {
        assertScore("eval/premise-probes.jsonl", 11);
    }

    @Test
    void questionsInOtherLanguagesAreAnsweredFromTheEnglishArticles() throws Exception {
        assertScore("eval/language-probes.jsonl", 7);
    }

    @Test
    void everyQuoteIsVerbatimInThePublishedArticle() throws Exception {
        for (EvalCase c : read("eval/questions.jsonl")) {
            for (Citation cit : BOT.bot().asker().ask(c.question(), null).citations()) {
                String original = Files.readString(Fixtures.originals().resolve(cit.docId() + ".txt"));
                assertTrue(original.contains(cit.quote()), c.id() + ": quote not in " + cit.docId() + ": " + cit.quote());
            }
        }
    }

    private static void assertScore(String resource, int min) throws Exception {
        List<EvalCase> cases = read(resource);
        List<String> failures = new ArrayList<>();
        int correct = 0;
        for (EvalCase c : cases) {
            Answer answer = BOT.bot().asker().ask(c.question(), null);
            EvalScorer.Outcome o = EvalScorer.judge(c, answer, BOT.bot().corpus());
            assertTrue(EvalScorer.integrity(answer, BOT.bot().corpus()).isEmpty(), c.id() + ": " + EvalScorer.integrity(answer, BOT.bot().corpus()));
            if (o.passed()) correct++;
            else failures.add(c.id() + " " + o.problems() + " :: " + answer.answer());
        }
        assertTrue(correct >= min, resource + ": " + correct + "/" + cases.size() + " correct, failures:\n" + String.join("\n", failures));
    }

    private static List<EvalCase> read(String resource) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        try (var in = QuestionSetTest.class.getClassLoader().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank()) cases.add(json.readValue(line, EvalCase.class));
        }
        return cases;
    }
}
