package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: claims asked with a negated auxiliary, a said thing given to the wrong writer, a stake's size
 * word before its figure, and questions worded apart from their sentence (a "relationship" the articles call a
 * "partnership", "what does X gain") are answered from the sentence that tells it.
 */
class ClaimWordingAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aYearClaimedWithANegatedAuxiliaryIsCorrected() {
        Answer a = ask("Didn't the license run until 2035?");
        assertTrue(a.answer().startsWith("No — the articles say 2032"), a.answer());
        Answer b = ask("Doesn't OpenAI pay Microsoft 25%?");
        assertTrue(b.answer().startsWith("No — the articles say 20%"), b.answer());
    }

    @Test
    void twoYearsClaimedSwappedAreBothAnswered() {
        Answer a = ask("Didn't Microsoft's licence end in 2030 while the revenue share runs to 2032?");
        assertTrue(a.answer().startsWith("No — the articles say 2032") && a.answer().contains("continue until 2030"), a.answer());
    }

    @Test
    void whatAPartyPaysIsNeverTakenFromASentenceInWhichItIsPaid() {
        Answer a = ask("Compare what Microsoft pays and what it receives in revenue share after the deal.");
        assertFalse(a.answer().startsWith("Both are the same"), a.answer());
        assertTrue(a.answer().contains("Microsoft ceasing payments") || a.answer().contains("no longer pay"), a.answer());
    }

    @Test
    void aMemoGivenToTheWrongWriterIsGivenToItsWriter() {
        Answer a = ask("Did the memo come from Sam Altman?");
        assertTrue(a.answer().startsWith("The articles don't attribute this to Sam Altman") && a.answer().contains("Denise Dresser"), a.answer());
    }

    @Test
    void someoneAskedWithinAPartyWithAnAdverbIsTheNamedPerson() {
        Answer a = ask("Who exactly at OpenAI wrote the internal memo saying the old arrangement limited its ability to serve customers where they are?");
        assertTrue(a.answer().startsWith("Denise Dresser"), a.answer());
    }

    @Test
    void aMajorityStakeWithAFigureIsCheckedByItsFigure() {
        Answer a = ask("Does Microsoft hold a majority stake of 72% in OpenAI's for-profit entity?");
        assertTrue(a.answer().startsWith("No — the articles say approximately 27%"), a.answer());
    }

    @Test
    void strainInTheRelationshipIsToldByTheSentenceAboutThePartnership() {
        Answer a = ask("Why did the relationship show strain before the deal?");
        assertTrue(a.answered() && a.answer().contains("compete in overlapping areas"), a.answer());
    }

    @Test
    void theGapBetweenTwoEndsToldWithATagIsWorkedOut() {
        Answer a = ask("So the IP licence and the revenue share end in different years, right? How big's the gap between the two?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void whatAPartyGainsIsAThingNotAnAmount() {
        Answer a = ask("What does OpenAI gain?");
        assertTrue(a.answered() && a.answer().contains("OpenAI gains"), a.answer());
        assertFalse(a.answer().contains("$7.5 billion gain"), a.answer());
    }
}
