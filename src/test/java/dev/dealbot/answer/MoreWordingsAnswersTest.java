package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a difference asked "by how many", a term asked of "IP access", a supposition the question ends
 * with, a remainder asked of a whole in several words, a ratio asked after a colon, a phrasal verb of losing, a
 * sub-question asked of "it", an alternative set aside at the end, half of "everything" invested, what a party
 * "owes" and an event named by the year it spoke of are each answered as their plainer wording is; and a figure the
 * question gives one thing is no correction of another's.
 */
class MoreWordingsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void byHowManyYearsOneTermOutlastsAnotherIsTheirGap() {
        Answer a = ask("By how many years does the licence outlast the payments?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void anAcronymOfACommonNounNamesTheThingWhoseTermIsAsked() {
        Answer a = ask("When does Microsoft's IP access end?");
        assertTrue(a.answered() && a.answer().contains("2032") && !a.answer().contains("2030"), a.answer());
    }

    @Test
    void aSupposedYearOfAnUndatedEventAtTheEndOfTheQuestionIsSetAside() {
        Answer a = ask("What would happen to OpenAI's revenue-share payments to Microsoft if OpenAI declared it had reached AGI in, say, 2028?");
        assertTrue(a.answered() && a.answer().contains("2030") && a.answer().contains("independent"), a.answer());
    }

    @Test
    void howMuchOfANamedWholeHasNotArrivedIsWhatIsLeft() {
        Answer a = ask("How much of Amazon's investment hasn't arrived yet?");
        assertTrue(a.answer().startsWith("That leaves $35 billion"), a.answer());
    }

    @Test
    void aRatioAskedAfterAColonIsWorkedOut() {
        Answer a = ask("Compare OpenAI's valuation at the time of Microsoft's January 2023 round with its latest funding-round valuation: "
                + "roughly how many times larger is it now?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
    }

    @Test
    void aSecondSubQuestionAskedOfItIsAskedOfTheSubjectBefore() {
        Answer a = ask("What stake does Microsoft hold and how much has it invested?");
        assertTrue(a.answer().contains("27") && a.answer().contains("$13 billion"), a.answer());
    }

    @Test
    void anAlternativeTheQuestionEndsBySettingAsideNeedNotBeStated() {
        Answer a = ask("Can OpenAI sell its products on Google Cloud instead of going through Azure?");
        assertTrue(a.answered() && a.answer().contains("Google Cloud"), a.answer());
    }

    @Test
    void halfOfEverythingInvestedIsHalfOfTheSum() {
        Answer a = ask("Microsoft reportedly booked a $7.5B gain on OpenAI last quarter. Is that more or less than half of everything they've invested in OpenAI since 2019?");
        assertTrue(a.answer().contains("$6.5 billion") && a.answer().contains("$7.5 billion"), a.answer());
    }

    @Test
    void whatAPartyOwesIsWhatItPaysInItsDirection() {
        Answer a = ask("What does OpenAI gain and what does it still owe Microsoft?");
        assertTrue(a.answer().contains("2030") && !a.answer().startsWith("Microsoft will no longer pay"), a.answer());
    }

    @Test
    void aYearASideSpeaksOfIsNotTheDateOfItsEvent() {
        Answer a = ask("Which came first: Suleyman's statement about 2027 or Dresser's memo leak?");
        assertTrue(a.answer().startsWith("Suleyman's statement about 2027 comes first: early April"), a.answer());
    }

    @Test
    void aFigureTheQuestionGivesAnotherThingIsNoCorrectionOfThisOne() {
        Answer a = ask("The revenue share ends in 2030 and the license in 2032 - how far apart are they?");
        assertFalse(a.answer().contains("Not 2030"), "the asker gave 2032 to the licence: " + a.answer());
        Answer wrong = ask("Since the license ends in 2030, how long does the revenue share last?");
        assertTrue(wrong.answer().startsWith("Not 2030 — the articles say 2032"), "a figure the question gives nothing else: " + wrong.answer());
    }

    @Test
    void whatAPayerAloneStillHasToPayIsNotWhatItIsNoLongerPaid() {
        Answer a = ask("What does OpenAI gain and what does it still have to pay?");
        assertFalse(a.answer().startsWith("Microsoft will no longer pay"), a.answer());
    }

    @Test
    void roughlyWhenIsAnsweredByAWordOfTimeAndAChoiceOverAnotherKeepsTheOther() {
        Answer soon = ask("About when will OpenAI models be available on AWS Bedrock?");
        assertTrue(soon.answered() && soon.answer().contains("soon"), soon.answer());
        Answer why = ask("Why did OpenAI choose Trainium chips instead of Microsoft silicon?");
        assertFalse(why.answered(), "no article gives a reason for the choice over Microsoft's chips: " + why.answer());
    }

    @Test
    void whatAPartyGaveUpIsWhatItLost() {
        Answer a = ask("What did Microsoft give up?");
        assertTrue(a.answered() && a.answer().contains("exclusive"), a.answer());
        Answer taken = ask("Microsoft gave up exclusivity. What does it get financially in return that made it worth agreeing to?");
        assertFalse(taken.answer().contains("contradict"), "losing exclusivity is what the question says too: " + taken.answer());
    }
}
