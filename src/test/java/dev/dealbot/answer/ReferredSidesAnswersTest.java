package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: two things told to end at different times and then asked of as "the two" or "which one",
 * stacked lead-ins, a supposed AGI year asked with "because of it" or a request after it, a name asked that the
 * articles never give, a view asked of a speaker no article quotes, a statement to fact-check, a wrong figure taken as
 * given before "that" points back to it, a name misspelled by one letter, a valuation at a round named by its sum, and a
 * party claimed to have replaced another in a role, a part claimed by the word its sentence says of it, and two sums
 * compared with no more asked, numbered sub-questions, a stated figure claimed of no thing, and a state "still held"
 * that the articles negate.
 */
class ReferredSidesAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void theGapBetweenTwoThingsToldToEndInDifferentYearsIsWorkedOut() {
        Answer a = ask("Rev share ends one yr, IP licence ends another. Gap between the two in yrs?");
        assertTrue(a.answer().startsWith("The difference is 2 years") && a.answer().contains("2030") && a.answer().contains("2032"), a.answer());
    }

    @Test
    void whichOfTwoThingsToldToEndRunsOutFirstIsWorkedOutWithTheGap() {
        Answer a = ask("Microsoft's IP license and OpenAI's revenue-share payments end in different years. Which one runs out first, and how big is the gap between them?");
        assertTrue(a.answer().startsWith("OpenAI's revenue-share payments come first: 2030") && a.answer().contains("2 years apart"), a.answer());
    }

    @Test
    void aLabelThenAStatementBeforeADashLeaveTheComparisonAsked() {
        Answer a = ask("quick math: MSFT keeps the OAI IP license until X and OAI pays rev share until Y — how many years does the license outlast the rev share?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void aSupposedAgiYearDoesNotEndTheRevenueShareBefore2030() {
        for (String q : new String[] {"Suppose OpenAI reaches AGI in 2029. Would Microsoft's revenue share stop early or change because of it?",
                "say OAI declares AGI in like 2028 — does MSFT's rev share get cut off early?"}) {
            Answer a = ask(q);
            assertTrue(a.answered() && a.answer().contains("2030"), q + " → " + a.answer());
        }
    }

    @Test
    void aRequestAfterASupposedQuestionDoesNotStopItBeingAnswered() {
        Answer a = ask("If OpenAI books large revenues in 2031, is Microsoft still entitled to its percentage of them? Explain using the dates in the deal.");
        assertTrue(a.answer().startsWith("No — the articles say 2030"), a.answer());
    }

    @Test
    void aNameTheArticlesNeverGiveIsNotAnsweredByTheAskersOwnWord() {
        assertFalse(ask("What are the new co-developed AI chips called?").answered());
    }

    @Test
    void aViewAskedOfASpeakerNoArticleQuotesIsDeclined() {
        assertFalse(ask("What did OpenAI's board say about the deal?").answered());
        assertTrue(ask("What did Jassy say?").answered(), "a speaker the articles quote");
        assertTrue(ask("What did Denise Dresser's leaked memo say about the old arrangement?").answered(), "a speaker the articles quote, in other words");
    }

    @Test
    void aStatementToFactCheckIsAnsweredYesOrNo() {
        Answer a = ask("Fact check: Mustafa Suleyman is OpenAI's CEO.");
        assertTrue(a.answer().startsWith("No — the articles call Mustafa Suleyman CEO of Microsoft AI"), a.answer());
        assertTrue(ask("True or false: Microsoft owns about 27% of OpenAI.").answer().startsWith("Yes"));
    }

    @Test
    void aWrongFigureTakenAsGivenBeforeThatIsPointedBackToIsCorrected() {
        Answer a = ask("Given that Microsoft owns 49% of OpenAI's for-profit arm, how much is that worth?");
        assertTrue(a.answer().startsWith("Not 49% — the articles say approximately 27%"), a.answer());
    }

    @Test
    void aNameMisspelledByOneLetterIsReadAsTheName() {
        Answer a = ask("how much did amazn invest in open ai");
        assertTrue(a.answer().contains("$50 billion"), a.answer());
    }

    @Test
    void aValuationAtARoundNamedByItsSumIsTheValuationThenNotTheSum() {
        Answer a = ask("By roughly how many times has OpenAI's valuation grown since Microsoft's $10 billion round?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much") && a.answer().contains("$29 billion [2]"), a.answer());
    }

    @Test
    void aPartyClaimedToHaveReplacedAnotherInARoleIsCorrected() {
        Answer a = ask("Since Amazon Web Services now replaces Azure as OpenAI's primary cloud partner, what role is left for Microsoft?");
        assertTrue(a.answer().startsWith("Not Amazon Web Services — the articles name Microsoft as OpenAI's primary cloud partner"), a.answer());
    }

    @Test
    void aPartClaimedByTheWordTheSentenceSaysOfItHolds() {
        Answer a = ask("Did Amazon put $15 billion into OpenAI immediately?");
        assertTrue(a.answer().startsWith("Yes"), a.answer());
        assertTrue(ask("Was Amazon's investment $15 billion?").answer().startsWith("No — the articles say $50 billion"), "no word of the part");
    }

    @Test
    void twoSumsComparedWithNoMoreAskedAreToldApartAndAsAMultiple() {
        Answer a = ask("How does Amazon's investment stack up against Microsoft's?");
        assertTrue(a.answer().startsWith("The difference is $37 billion, the larger 3.8 times the smaller"), a.answer());
    }

    @Test
    void numberedSubQuestionsAreEachAnswered() {
        Answer a = ask("Please could you tell me: 1) until which year does the licence run, and 2) until which year are the revenue share payments made?");
        assertTrue(a.answer().contains("2032") && a.answer().contains("2030"), a.answer());
    }

    @Test
    void aStatedFigureClaimedOfNoThingIsNotCorrectedByAnotherSentencesFigure() {
        Answer a = ask("Is the $50 billion a fixed amount?");
        assertFalse(a.answer().startsWith("No — the articles say $7.5 billion"), a.answer());
        assertTrue(a.answer().contains("up to $50 billion"), a.answer());
    }

    @Test
    void aStateStillHeldThatTheArticlesNegateIsCorrected() {
        Answer a = ask("Since Microsoft still holds an exclusive license to OpenAI's IP, how can OpenAI sell on AWS?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given"), a.answer());
        assertTrue(ask("Does Microsoft still hold an exclusive license to OpenAI's IP?").answer().startsWith("No."));
    }
}
