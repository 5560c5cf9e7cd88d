package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a claimed change from one figure to another, a sum claimed as all of an investment in
 * shorthand, a statement set off by a dash, a gap asked of two sides set against each other, a year not corrected by
 * a sentence of another thing, a role asked with "hold", two stated figures offered as a choice, an amount asked of
 * payments the articles say stop, a comparison after a long lead-in, and one of two stated figures named by its age.
 */
class ChangeClaimAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aChangeToAFigureNoArticleGivesIsCorrectedByTheFigureItStillHas() {
        for (String q : new String[] {"Was the revenue share cut from 20% to 15%?", "The revenue share was cut from 20% to 15%, right?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say 20%"), q + " → " + a.answer());
        }
    }

    @Test
    void aChangeToTheFigureTheArticlesGiveIsConfirmedNotCorrectedByWhereItStarted() {
        Answer a = ask("Did the valuation of OpenAI rise from $29 billion to $850 billion?");
        assertTrue(a.answer().startsWith("Yes") && a.answer().contains("$850 billion"), a.answer());
    }

    @Test
    void aChangeFromAFigureNoArticleGivesIsNotCorrectedByTheFigureItBecame() {
        Answer a = ask("Was Microsoft's stake diluted from 32.5% to 27%?");
        assertFalse(a.answer().startsWith("No — the articles say approximately 27%"), a.answer());
    }

    @Test
    void aFirstTrancheClaimedAsAllOfAnInvestmentIsCorrectedByTheInvestment() {
        for (String q : new String[] {"Amazon only invested $15B in OpenAI?", "Is it true AMZN only put $15B total into OAI?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say $50 billion"), q + " → " + a.answer());
        }
    }

    @Test
    void aStatementSetOffByADashIsCheckedAsTakenForGranted() {
        Answer a = ask("Since MSFT still pays OAI a rev share under new terms — what % MSFT pays?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given") && a.answer().contains("no longer pay"), a.answer());
    }

    @Test
    void aGapAskedOfTwoSidesSetAgainstEachOtherIsWorkedOut() {
        Answer a = ask("Rev share end yr vs IP license end yr — gap how many yrs?");
        assertTrue(a.answer().startsWith("The difference is 2 years") && a.answer().contains("2030") && a.answer().contains("2032"), a.answer());
    }

    @Test
    void aYearIsNotCorrectedByASentenceWhoseOtherFigureIsAnotherThing() {
        Answer a = ask("What's Microsoft's cut of $10bn of OpenAI revenue in 2030?");
        assertFalse(a.answer().startsWith("Not 2030"), a.answer());
        Answer b = ask("Why did Microsoft invest $10 billion in 2019 at a $29 billion valuation?");
        assertTrue(b.answer().startsWith("Not 2019 — the articles say 2023"), b.answer());
    }

    @Test
    void aRoleAskedWithHoldIsTheRoleTheArticlesGive() {
        Answer a = ask("What role does Denise Dresser hold?");
        assertTrue(a.answered() && a.answer().contains("OpenAI's revenue chief"), a.answer());
    }

    @Test
    void twoStatedFiguresOfferedAsAChoiceAreBothQuoted() {
        Answer a = ask("Was Microsoft's stake worth $135 billion or $228.3 billion?");
        assertTrue(a.answer().contains("$228.3 billion") && a.answer().contains("$135 billion") && a.answer().contains("The articles also give")
                && a.citations().size() >= 2, a.answer());
    }

    @Test
    void anAmountAskedOfPaymentsTheArticlesSayStopIsCorrected() {
        for (String q : new String[] {"How much revenue share does Microsoft pay OpenAI?", "What percentage of revenue will Microsoft pay OpenAI until 2030?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("The articles contradict what the question takes as given"), q + " → " + a.answer());
        }
        // what it paid before the change, and a payment that names nothing paid, the articles do not give
        for (String q : new String[] {"What was the revenue share percentage Microsoft used to pay OpenAI?", "How much will Microsoft pay OpenAI in 2027?"})
            assertFalse(ask(q).answered(), q);
        Answer other = ask("What percentage does OpenAI pay Microsoft?");
        assertTrue(other.answer().contains("20%") && !other.answer().startsWith("The articles contradict"), other.answer());
    }

    @Test
    void aComparisonAskedAfterALongLeadInAndAColonIsWorkedOut() {
        Answer a = ask("Help me understand the gap between the two end dates: for how many years does Microsoft keep its license "
                + "to OpenAI's IP after OpenAI's revenue-share payments to Microsoft stop?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void oneOfTwoStatedFiguresNamedByItsAgeIsComparedWithTheOther() {
        Answer a = ask("The stake was valued at $135 billion in October, and the book value is now $228.3 billion. How much higher is the newer figure?");
        assertTrue(a.answer().startsWith("The difference is $93.3 billion"), a.answer());
    }
}
