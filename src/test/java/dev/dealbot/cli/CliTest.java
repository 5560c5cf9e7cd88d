package dev.dealbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.IndexFixtures;
import dev.dealbot.testing.LogCapture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: real config file, real corpus, real index. */
class CliTest {
    @TempDir
    static Path dir;
    static Path config;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void writeConfig() throws Exception {
        config = dir.resolve("dealbot.yaml");
        Files.writeString(config, Files.readString(Fixtures.HOME.resolve("config/dealbot.yaml"))
                .replace("dir: docs-corpus", "dir: " + Fixtures.HOME.resolve("docs-corpus"))
                .replace("dataDir: data", "dataDir: " + dir.resolve("data")));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = DealbotCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void askJsonPrintsExactlyTheApiJson() throws Exception {
        Run r = run("ask", "--config", config.toString(), "--json", "Until when does Microsoft hold a license to OpenAI's intellectual property?");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("answer").asText().contains("2032"));
        assertTrue(json.has("answered") && json.has("citations") && json.has("conversationId") && json.has("mode") && json.has("degraded"));
    }

    @Test
    void askPrintsTheAnswerThenNumberedSourcesWithAttribution() {
        Run r = run("ask", "--config", config.toString(), "What was OpenAI valued at in its most recent funding round?");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("850 billion"), r.out());
        assertTrue(r.out().contains("Sources:\n[1] Wedoany — "), r.out());
        assertTrue(r.out().contains("    \"OpenAI's valuation has since surged dramatically"), r.out());
    }

    @Test
    void usageErrorsExit2WithOneLine() {
        Run r = run("ask", "--config", config.toString());
        assertEquals(2, r.exit());
        assertEquals("dealbot: Missing required parameter: 'QUESTION' (see 'dealbot ask --help')", r.err().strip());
        assertEquals(2, run("frobnicate").exit());
        Run invisible = run("ask", "--config", config.toString(), "\u00a0\u0301\ufe0f");
        assertEquals(2, invisible.exit());
        assertEquals("dealbot: the question has no readable text (only spaces, invisible characters or lone accent marks);"
                + " ask in words (see 'dealbot ask --help')", invisible.err().strip());
        assertEquals(2, run("serve", "--config", config.toString(), "--port", "99999").exit());
    }

    @Test
    void everyCommandPrintsItsHelpAndExits0() {
        for (String command : java.util.List.of("ask", "chat", "serve", "index", "eval")) {
            for (Run r : java.util.List.of(run(command, "--help"), run(command, "-h"), run("help", command))) {
                assertEquals(0, r.exit(), command + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: dealbot " + command), r.out());
                assertTrue(r.out().contains("--config") && r.out().contains("--help"), r.out());
                assertEquals("", r.err());
            }
        }
        Run root = run("--help");
        assertEquals(0, root.exit());
        assertTrue(root.out().contains("help ") && root.out().contains("ask "), root.out());
        assertEquals(0, run("help").exit());
        assertTrue(run("ask", "--help").out().contains("--json"));
        Run unknown = run("help", "frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("dealbot: Unknown subcommand 'frobnicate'"), unknown.err());
    }

    @Test
    void runtimeErrorsExit1WithOneReadableLine() {
        Run r = run("ask", "--config", dir.resolve("missing.yaml").toString(), "question");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("dealbot: config file not found: "), r.err());
        assertTrue(!r.err().contains("at dev.dealbot"), "no stack trace without --verbose");
        Run verbose = run("ask", "--verbose", "--config", dir.resolve("missing.yaml").toString(), "question");
        assertTrue(verbose.err().contains("at dev.dealbot"), "stack trace with --verbose");
    }

    @Test
    void evalScoresAQuestionSet() throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, """
                {"id": "a", "question": "How much did Amazon announce it would invest in OpenAI?", "answerable": true, "expect": ["50 billion"], "sources": ["wedoany-revised-partnership", "nonexclusive-license-amazon"]}
                {"id": "b", "question": "What is the capital of Australia?", "answerable": false}
                """);
        Run r = run("eval", "--config", config.toString(), "--min-correct", "2", set.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("2/2 correct"), r.out());
        assertEquals(1, run("eval", "--config", config.toString(), "--min-correct", "3", set.toString()).exit());
        Files.writeString(set, "{\"id\": \"x\"}\n");
        Run bad = run("eval", "--config", config.toString(), set.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("set.jsonl:1: 'question' is missing"), bad.err());
    }

    @Test
    void indexRebuildsAndShowsProgress() {
        Run r = run("index", "--config", config.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("indexed 5/5 wedoany-revised-partnership"), r.out());
        assertTrue(r.out().contains("done in"), r.out());
    }

    @Test
    void askStillAnswersAfterTheIndexWasCorruptedAndSaysSoInOneLogLine() throws Exception {
        assertEquals(0, run("index", "--config", config.toString()).exit());
        Path file = IndexFixtures.corrupt(IndexFixtures.currentIndex(dir.resolve("data")));
        Run r;
        List<String> log;
        try (LogCapture capture = LogCapture.start()) {
            r = run("ask", "--config", config.toString(), "Until when does Microsoft hold a license to OpenAI's intellectual property?");
            log = capture.lines();
        }
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2032"), r.out());
        assertEquals("", r.err());
        List<String> notices = log.stream().filter(l -> l.contains("is corrupt")).toList();
        assertEquals(1, notices.size(), log.toString());
        assertTrue(notices.get(0).contains(file.getFileName().toString()) && notices.get(0).endsWith("; rebuilding it"),
                notices.get(0));
        assertTrue(log.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("org.apache.lucene")), log.toString());
    }

    @Test
    void chatKeepsTheConversationAcrossLines() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("How much did Amazon announce it would invest in OpenAI?\n"
                    + "And how much of it arrived immediately?\nexit\n").getBytes(StandardCharsets.UTF_8)));
            Run r = run("chat", "--config", config.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("50 billion") && r.out().contains("15 billion"), r.out());
        } finally {
            System.setIn(stdin);
        }
    }
}
