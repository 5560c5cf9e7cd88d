package dev.dealbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.feedback.Rating;
import dev.dealbot.feedback.Ratings;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealbot feedback list|export}: real answers rated into a real SQLite file, exported, run by {@code dealbot eval}. */
class FeedbackCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LICENSE_Q = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
    static final String OFF_TOPIC_Q = "What is the capital of Australia?";
    static final String INVESTED_Q = "How much has Microsoft invested in OpenAI?";

    static void rate(Dealbot bot, String question, Rating rating, String comment) {
        Answer a = bot.withAsker(asker -> asker.ask(question, bot.conversations().forApi(null, "127.0.0.1")));
        bot.answers().remember("api", question, a, "127.0.0.1");
        Ratings.record(bot.feedbackStore(), null, bot.answers().find(a.answerId()).orElseThrow(), "127.0.0.1", rating, comment);
    }

    static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    static String ok(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    @Test
    void exportedRatingsAreEvalCasesThatDealbotEvalRuns(@TempDir Path dir) throws Exception {
        try (Dealbot bot = Fixtures.bot(dir.resolve("data"), Map.of())) {
            rate(bot, LICENSE_Q, Rating.UP, null);
            rate(bot, OFF_TOPIC_Q, Rating.UP, null);
            rate(bot, INVESTED_Q, Rating.DOWN, "It should say since when");
        }
        Path config = dir.resolve("dealbot.yaml");
        Files.writeString(config, Files.readString(Fixtures.HOME.resolve("config/dealbot.yaml"))
                .replace("dir: docs-corpus", "dir: " + Fixtures.HOME.resolve("docs-corpus"))
                .replace("dataDir: data", "dataDir: " + dir.resolve("data")));

        String all = ok("feedback", "export", "--config", config.toString());
        List<JsonNode> lines = all.lines().map(FeedbackCommandTest::tree).toList();
        assertEquals(3, lines.size(), all);
        JsonNode up = lines.get(0);
        assertEquals(LICENSE_Q, up.get("question").asText());
        assertTrue(up.get("answerable").asBoolean());
        assertTrue(up.get("expect").toString().contains("2032"), up.toString());
        assertTrue(up.get("sources").size() > 0, up.toString());
        assertFalse(lines.get(1).get("answerable").asBoolean(), "an up-rated refusal stays a refusal: " + lines.get(1));

        String down = ok("feedback", "export", "--down", "--config", config.toString());
        assertEquals(1, down.lines().count(), down);
        JsonNode d = tree(down.strip());
        assertEquals(INVESTED_Q, d.get("question").asText());
        assertEquals("It should say since when", d.get("comment").asText());
        assertTrue(d.get("answerable").asBoolean() && d.get("expect").isEmpty(), "expect is left for a person: " + d);
        assertEquals("", ok("feedback", "export", "--since", "2999-01-01", "--config", config.toString()));
        String list = ok("feedback", "list", "--config", config.toString());
        assertTrue(list.contains(LICENSE_Q) && list.contains("comment: It should say since when") && list.contains("3 ratings"), list);
        CliTest.Run bad = CliTest.run("feedback", "export", "--since", "yesterday", "--config", config.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--since must be a date like 2026-05-01"), bad.err());

        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, all);
        String eval = ok("eval", "--config", config.toString(), cases.toString());
        assertTrue(eval.contains("PASS  fb-"), eval);
        assertTrue(eval.strip().endsWith("3/3 correct"), eval);
    }
}
