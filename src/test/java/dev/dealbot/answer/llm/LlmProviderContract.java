package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.extractive.ExtractiveAnswerer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static dev.dealbot.answer.llm.LlmAnswererTest.LICENSE_QUESTION;
import static dev.dealbot.answer.llm.LlmAnswererTest.last;
import static dev.dealbot.answer.llm.LlmAnswererTest.passageWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.Dealbot;
import dev.dealbot.testing.Fixtures;
import dev.dealbot.testing.LoopbackLlmServer;
import dev.dealbot.testing.RecordedRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every LLM provider does through its real LangChain4j client, over real HTTP to a loopback server speaking
 * that provider's wire format: a grounded, cited answer (plain and streamed) from a request that carries the key,
 * the model and the fenced passages where the provider's API expects them; and a 5xx, a 429 or a stall past
 * {@code llm.timeoutMillis} each give the extractive answer marked degraded, after one request (no retry), within
 * the deadline. One subclass per provider says where its wire puts things.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LlmProviderContract {
    static final String KEY = "test-key-3f8a61c2d9e4";
    static final int DEADLINE_MILLIS = 1_000;
    /** Much longer than the deadline: a client that waits for the stall fails the time check. */
    static final long STALL_MILLIS = 5_000;
    /** What the extractive answer may take after the deadline on a busy 2-core machine. */
    static final long FALLBACK_MILLIS = 1_000;
    private static final Pattern PASSAGE_HEADER = Pattern.compile("(?m)^\\[(\\d+)] ");

    LoopbackLlmServer fake;
    Dealbot bot;

    abstract LoopbackLlmServer startFake();

    /** {@code llm.provider}, which is also the answer's {@code mode}. */
    abstract String provider();

    abstract String model();

    /** Whether the provider reads {@code DEALBOT_LLM_API_KEY}. */
    abstract boolean usesKey();

    /** The 5xx this provider answers when it is overloaded or broken. */
    abstract int serverErrorStatus();

    /** Where this provider's wire puts the endpoint, key, model, limits and message roles. */
    abstract void assertWire(RecordedRequest request, boolean streaming);

    @BeforeAll
    void start(@TempDir Path dataDir) {
        fake = startFake();
        Map<String, String> env = new HashMap<>(Map.of("DEALBOT_LLM_PROVIDER", provider(), "DEALBOT_LLM_BASE_URL",
                fake.baseUrl(), "DEALBOT_LLM_MODEL", model(), "DEALBOT_LLM_TIMEOUT_MILLIS", String.valueOf(DEADLINE_MILLIS)));
        if (usesKey()) env.put("DEALBOT_LLM_API_KEY", KEY);
        bot = Fixtures.bot(dataDir, env);
        // load the client and JSON classes once, so the time checks below measure deadlines, not class loading
        fake.reply("NO_ANSWER");
        bot.asker().ask(LICENSE_QUESTION, null);
        bot.asker().stream(LICENSE_QUESTION, null, t -> {});
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
        fake.close();
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    @Test
    void answersWithGroundedCitationsOverThePlainApi() {
        fake.reply(r -> "Microsoft holds a license to OpenAI's IP until 2032 [" + passageWith(r, "2032") + "].");
        Answer a = bot.asker().ask(LICENSE_QUESTION, null);

        assertGrounded(a, "Microsoft holds a license to OpenAI's IP until 2032 [1].");
        assertEquals(1, fake.requests().size());
        RecordedRequest r = fake.lastRequest();
        assertFalse(r.streaming());
        assertWire(r, false);
        assertPrompt(r);
    }

    @Test
    void streamsAGroundedAnswerOverTheStreamingApi() {
        fake.reply(r -> "The license runs until 2032 [" + passageWith(r, "2032") + "].");
        List<String> tokens = new CopyOnWriteArrayList<>();
        List<Thread> readers = new CopyOnWriteArrayList<>();
        Answer a = bot.asker().stream(LICENSE_QUESTION, null, t -> {
            tokens.add(t);
            readers.add(Thread.currentThread());
        });

        assertTrue(tokens.size() > 3, "tokens arrive piece by piece: " + tokens);
        assertFalse(readers.contains(Thread.currentThread()), "read off the caller's thread, so the deadline applies");
        assertTrue(String.join("", tokens).matches("The license runs until 2032 \\[\\d+]\\."), String.join("", tokens));
        assertGrounded(a, "The license runs until 2032 [1].");
        assertEquals(1, fake.requests().size());
        RecordedRequest r = fake.lastRequest();
        assertTrue(r.streaming());
        assertWire(r, true);
        assertPrompt(r);
    }

    @Test
    void followUpSendsTheEarlierTurnInTheProvidersRoles() {
        fake.reply(r -> "The license runs until 2032 [" + passageWith(r, "2032") + "].");
        Conversation c = bot.conversations().local();
        Answer first = bot.asker().ask(LICENSE_QUESTION, c);
        fake.reply("NO_ANSWER");
        Answer second = bot.asker().ask("And is it exclusive?", c);

        assertFalse(first.degraded() || second.degraded(), "the provider accepted both requests");
        RecordedRequest r = fake.lastRequest();
        assertEquals(List.of("system", "user", "assistant", "user"), r.messageRoles());
        assertEquals(LICENSE_QUESTION, r.messageContents().get(1));
        assertEquals("The license runs until 2032.", r.messageContents().get(2));
        assertWire(r, false);
    }

    @Test
    void serverErrorGivesTheDegradedExtractiveAnswerAtOnce() {
        fake.status(serverErrorStatus());
        assertDegradedAtOnce(false);
        assertDegradedAtOnce(true);
    }

    @Test
    void rateLimitGivesTheDegradedExtractiveAnswerAtOnce() {
        fake.status(429);
        assertDegradedAtOnce(false);
        assertDegradedAtOnce(true);
    }

    @Test
    void modelStalledPastTheDeadlineIsAbandonedForTheDegradedExtractiveAnswer() {
        fake.reply("Too late [1].").delayMillis(STALL_MILLIS);
        long millis = timed(() -> assertDegraded(bot.asker().ask(LICENSE_QUESTION, null)));

        assertAtTheDeadline(millis);
        assertEquals(1, fake.requests().size(), "no retry");
    }

    @Test
    void streamStalledPastTheDeadlineIsAbandonedForTheDegradedExtractiveAnswer() {
        fake.chunks("The license ", "runs until ").holdOpenMillis(STALL_MILLIS);
        List<String> tokens = new CopyOnWriteArrayList<>();
        long millis = timed(() -> assertDegraded(bot.asker().stream(LICENSE_QUESTION, null, tokens::add)));

        assertAtTheDeadline(millis);
        assertEquals("The license runs until ", String.join("", tokens), "model tokens were live until the deadline");
        assertEquals(1, fake.requests().size(), "no retry");
    }

    /** Asks (plainly or streaming) a provider that fails at once: the fallback comes well before the deadline. */
    void assertDegradedAtOnce(boolean streaming) {
        int before = fake.requests().size();
        List<String> tokens = new CopyOnWriteArrayList<>();
        long millis = timed(() -> {
            Answer a = streaming ? bot.asker().stream(LICENSE_QUESTION, null, tokens::add) : bot.asker().ask(LICENSE_QUESTION, null);
            assertDegraded(a);
            if (streaming) assertEquals(a.answer(), String.join("", tokens), "the extractive answer is streamed instead");
        });
        assertTrue(millis < DEADLINE_MILLIS, "an error is not waited out: took " + millis + " ms");
        assertEquals(before + 1, fake.requests().size(), "one request, no retry");
        assertEquals(streaming, fake.lastRequest().streaming());
    }

    static void assertDegraded(Answer a) {
        assertTrue(a.degraded(), a.answer());
        assertEquals(ExtractiveAnswerer.MODE, a.mode());
        assertTrue(a.answered());
        assertTrue(a.answer().contains("2032"), a.answer());
    }

    static void assertAtTheDeadline(long millis) {
        assertTrue(millis >= DEADLINE_MILLIS - 50, "degraded before the deadline (" + millis + " ms): not the stall");
        assertTrue(millis < DEADLINE_MILLIS + FALLBACK_MILLIS, "took " + millis + " ms");
    }

    static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    void assertGrounded(Answer a, String expected) {
        assertEquals(expected, a.answer());
        assertTrue(a.answered());
        assertFalse(a.degraded());
        assertEquals(provider(), a.mode());
        assertEquals(1, a.citations().size());
        Citation c = a.citations().get(0);
        assertEquals(1, c.n());
        assertTrue(c.quote().contains("2032"), c.quote());
        String body = bot.corpus().article(c.docId()).orElseThrow().body();
        assertTrue(body.contains(c.quote()), "quote not verbatim in " + c.docId() + ": " + c.quote());
    }

    /** The rules as the system message, then the numbered passages inside the per-request fence, then the question. */
    static void assertPrompt(RecordedRequest r) {
        assertNull(r.header("Upgrade"), "plain HTTP/1.1 to an http: base URL, no h2c upgrade");
        assertEquals("system", r.messageRoles().get(0));
        assertEquals(Prompt.SYSTEM, r.messageContents().get(0));
        assertEquals("user", last(r.messageRoles()));
        String user = last(r.messageContents());
        Matcher fence = Pattern.compile("(?m)^<<PASSAGES-([0-9a-f]{16})>>$").matcher(user);
        assertTrue(fence.find(), user);
        int close = user.indexOf("\n<<END-" + fence.group(1) + ">>");
        assertTrue(close > fence.end(), user);
        String fenced = user.substring(fence.end(), close);
        assertTrue(PASSAGE_HEADER.matcher(fenced).find() && fenced.contains("(source: ") && fenced.contains("2032"), fenced);
        assertTrue(user.indexOf("Question: " + LICENSE_QUESTION) > close, "the question comes after the fence");
    }
}
