package dev.dealbot.answer.llm;

import static dev.dealbot.answer.llm.LlmAnswererTest.last;
import static dev.dealbot.answer.llm.LlmAnswererTest.passageWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.testing.FakeOpenAiServer;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that plants falsehoods behind real citation numbers: none reaches the user as a grounded claim. A claim
 * that only one side of a known disagreement supports is shown with the disagreement. Loopback OpenAI-compatible server.
 */
class LlmGroundingTest {
    @TempDir
    static Path dataDir;
    static FakeOpenAiServer fake;
    static Dealbot bot;

    @BeforeAll
    static void start() {
        fake = FakeOpenAiServer.start();
        bot = Fixtures.bot(dataDir, Map.of("DEALBOT_LLM_PROVIDER", "openai", "DEALBOT_LLM_BASE_URL", fake.baseUrl(),
                "DEALBOT_LLM_MODEL", "fake-model", "DEALBOT_LLM_API_KEY", "sk-test", "DEALBOT_LLM_TIMEOUT_MILLIS", "2000"));
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        fake.close();
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    private Answer ask(String question) {
        return bot.withAsker(a -> a.ask(question, null));
    }

    @Test
    void aWrongYearBehindARealCitationIsNotShown() {
        fake.reply(r -> "The license runs until 2031 [" + passageWith(r, "2032") + "].");
        Answer a = ask("Until when does Microsoft hold a license to OpenAI's intellectual property?");
        assertFalse(a.answer().contains("2031"), a.answer());
        assertTrue(a.answer().contains("2032") && a.degraded(), "the extractive answer stands in: " + a.answer());
    }

    @Test
    void aReversedPayerIsNotShown() {
        fake.reply(r -> "Microsoft keeps paying OpenAI a revenue share until 2030 [" + passageWith(r, "paid by OpenAI to Microsoft") + "].");
        Answer a = ask("Who pays a revenue share to whom until 2030?");
        assertFalse(a.answer().contains("Microsoft keeps paying OpenAI"), a.answer());
    }

    @Test
    void aClaimIsHeldToTheStopOrContinueOfItsOwnClauseAboutTheQuotedParties() {
        fake.reply(r -> "Microsoft keeps paying OpenAI a revenue share, but it gave up its exclusive license ["
                + passageWith(r, "Microsoft will no longer pay revenue sharing to OpenAI") + "].");
        Answer a = ask("Does Microsoft still pay OpenAI a revenue share?");
        assertFalse(a.answer().contains("Microsoft keeps paying OpenAI"), "another clause's stop does not excuse this one: " + a.answer());
    }

    @Test
    void aPersonTheArticlesNeverNameIsNotShown() {
        fake.reply(r -> "Sam Altman negotiated the license through 2032 [" + passageWith(r, "2032") + "].");
        Answer a = ask("Until when does Microsoft hold a license to OpenAI's intellectual property?");
        assertFalse(a.answer().contains("Altman"), a.answer());
    }

    @Test
    void anInventedAmountIsNotShown() {
        fake.reply(r -> "The cap on the revenue share is $40 billion [" + passageWith(r, "cap") + "].");
        Answer a = ask("Is there a limit on the revenue share payments to Microsoft?");
        assertFalse(a.answer().contains("40"), a.answer());
    }

    @Test
    void aClaimOnlyOneSideOfADisagreementSupportsComesWithTheOtherSide() {
        fake.reply(r -> "The revenue share payments from OpenAI to Microsoft are discontinued ["
                + passageWith(r, "are discontinued") + "].");
        Answer a = ask("Are OpenAI's revenue share payments to Microsoft discontinued?");
        assertTrue(a.answered() && !a.degraded(), a.answer());
        assertEquals(1, a.conflicts().size(), a.toString());
        assertTrue(a.answer().contains("The articles conflict on this point (one of them contradicts itself):"), a.answer());
        assertTrue(a.answer().contains("2030"), "the other side is quoted: " + a.answer());
        List<Integer> cited = a.conflicts().get(0).citations();
        assertTrue(cited.size() >= 2 && a.citations().stream().map(Citation::n).toList().containsAll(cited), a.toString());
    }

    @Test
    void thePromptCarriesTheKnownDisagreements() {
        fake.reply("NO_ANSWER");
        ask("Do OpenAI's revenue share payments to Microsoft continue or are they discontinued?");
        String user = last(fake.lastRequest().messageContents());
        assertTrue(user.contains("Known disagreements"), user);
        assertTrue(user.contains("it stops") && user.contains("it continues"), user);
    }

    @Test
    void aQuestionInAnotherLanguageIsSearchedInEnglishAndAnsweredInItsOwn() {
        fake.reply(r -> r.messageContents().get(0).equals(ModelTranslator.SYSTEM)
                ? "Until when does Microsoft hold a license to OpenAI's intellectual property?"
                : "La licencia de Microsoft dura hasta 2032 [" + passageWith(r, "2032") + "].");
        Answer a = ask("¿Hasta cuándo tiene Microsoft la licencia de la propiedad intelectual de OpenAI?");
        assertEquals(2, fake.requests().size(), "one rewrite, one answer");
        assertTrue(last(fake.lastRequest().messageContents()).contains("Answer in Spanish"));
        assertTrue(a.answered() && !a.degraded(), a.toString());
        assertTrue(a.answer().startsWith("La licencia de Microsoft dura hasta 2032 [1]"), a.answer());
        assertTrue(a.citations().get(0).quote().contains("2032"), "quotes stay English and verbatim");
    }
}
