package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: what is left of a whole that statements before the question give (or that the articles give,
 * its part told before the question), a figure claimed "exactly" of
 * one the articles bound, a claim whose figure a neighbour sentence states beside the same word, a thing "now" against a
 * figure stated before, a share of a party's shares, a growth asked with "multiply", a valuation at a
 * round named by its sum, a statement named by the goal it speaks of, "for about how many" after a starting point, and a
 * figure of the terms before the revision, how far one figure stands above another, a supposed change in the stake,
 * which way the stake went between two figures told, a rise between two points named first, and details the articles do
 * not give asked in chat or of another party.
 */
class WorkedFromStatementsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void whatCameFromTheOtherRoundsIsTheTotalLessThePartStated() {
        Answer a = ask("Microsoft invested over $13 billion since 2019 and $10 billion in January 2023. How much came from the other rounds?");
        assertTrue(a.answer().startsWith("That leaves more than $3 billion"), a.answer());
    }

    @Test
    void aSumToldBeforeAQuestionForWhatCameBesidesItIsAPartOfTheWholeDescribed() {
        Answer a = ask("Microsoft put $10 billion in during the January 2023 round. Going by its total investment since 2019, about how much came "
                + "through its other investments?");
        assertTrue(a.answer().startsWith("That leaves more than $3 billion"), a.answer());
        Answer others = ask("Microsoft invested $10 billion in 2023. How much did the other investors put in?");
        assertFalse(others.answer().startsWith("That leaves"), "other investors are other parties, not the rest of Microsoft's sum: " + others.answer());
    }

    @Test
    void whatIsStillOutstandingAfterStatementsOfTheWholeAndItsFirstPartIsWorkedOut() {
        Answer a = ask("Amazon announced $50 billion for OpenAI, and I understood that $15 billion came immediately as the first tranche. "
                + "Which amount of the announced total is then still outstanding?");
        assertTrue(a.answer().startsWith("That leaves $35 billion"), a.answer());
    }

    @Test
    void aFigureClaimedExactlyIsNotConfirmedByABoundAndAPlainClaimIs() {
        Answer exact = ask("I have Microsoft's cumulative OpenAI investment at exactly $13 billion. Correct?");
        assertTrue(exact.answer().startsWith("Not exactly — the articles say over $13 billion"), exact.answer());
        Answer plain = ask("Did Microsoft invest $13 billion?");
        assertTrue(plain.answer().startsWith("Yes"), "not corrected by the $10 billion of one round: " + plain.answer());
    }

    @Test
    void itNowAfterAStatedValuationIsTheLatestValuationAgainstIt() {
        Answer a = ask("OpenAI was valued at $29 billion in January 2023. How many times bigger is it now?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much") && a.answer().contains("$850 billion"), a.answer());
    }

    @Test
    void aShareOfAPartysSharesIsNotCorrectedByAShareOfNoParty() {
        Answer a = ask("Did Microsoft acquire nearly one-third of OpenAI's shares?");
        assertTrue(!a.answer().startsWith("No") && a.answer().contains("nearly one-third of the company's shares"), "not the 20% revenue share: " + a.answer());
    }

    @Test
    void aValuationThatMultipliedBetweenTwoRoundsIsARatio() {
        Answer a = ask("How many times did OpenAI's valuation multiply from the January 2023 round to the latest round?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
    }

    @Test
    void aValuationAtARoundNamedByItsSumIsThatSum() {
        Answer a = ask("How much did OpenAI's valuation increase in dollars between the $29 billion round and the latest round?");
        assertTrue(a.answer().startsWith("The difference is $821 billion"), a.answer());
    }

    @Test
    void aStatementNamedByTheGoalItSpeaksOfIsDatedByWhenItWasMade() {
        Answer a = ask("Did Suleyman's 2027 goal statement come before or after the revised deal was announced?");
        assertTrue(a.answer().contains("comes before") && a.answer().contains("early April"), a.answer());
    }

    @Test
    void aFigureOfTheTermsBeforeTheRevisionIsNotAnsweredByTheRevisedTerm() {
        Answer before = ask("Before this revision, in what year was Microsoft's IP license set to expire?");
        assertTrue(!before.answered(), before.answer());
        Answer now = ask("Until when does Microsoft hold the license under the new agreement?");
        assertTrue(now.answered() && now.answer().contains("2032"), now.answer());
    }

    @Test
    void howFarTheBookValueStandsAboveTheInvestmentIsWorkedOut() {
        Answer a = ask("How far above Microsoft's cumulative investment is the book value of that investment?");
        assertTrue(a.answer().startsWith("The difference is $215.3 billion"), a.answer());
    }

    @Test
    void aSupposedFallInTheStakeIsWorkedOutInPoints() {
        Answer a = ask("If Microsoft's stake went from nearly one-third to about 27%, by roughly how many percentage points did it shrink?");
        assertTrue(a.answer().startsWith("The difference is 6.3 percentage points"), a.answer());
    }

    @Test
    void whichWayTheStakeWentBetweenTwoFiguresToldIsWorkedOut() {
        Answer a = ask("In 2023 Microsoft got nearly one-third of OpenAI's shares, and now it holds about 27% of the for-profit entity. "
                + "So did Microsoft's ownership share go up or down over this time?");
        assertTrue(a.answer().startsWith("It went down by 6.3 percentage points"), a.answer());
    }

    @Test
    void aRiseBetweenTwoPointsNamedFirstIsWorkedOut() {
        Answer a = ask("From January 2023 to the most recent round, by how much in dollars did OpenAI's valuation rise?");
        assertTrue(a.answer().startsWith("The difference is $821 billion"), a.answer());
    }

    @Test
    void aDetailTheArticlesDoNotGiveIsDeclinedWhenAskedInChatOrOfAnotherParty() {
        for (String q : new String[] {"bedrock gets gpt when exactly", "What ownership stake does Amazon get for its $50 billion?"}) {
            Answer a = ask(q);
            assertTrue(!a.answered(), q + " → " + a.answer());
        }
        Answer when = ask("revised deal announced when");
        assertTrue(when.answered() && when.answer().contains("April 27"), when.answer());
    }

    @Test
    void forAboutHowManyMoreYearsAfterAStartingPointIsTheTimeLeft() {
        Answer a = ask("Counting from 2026, for about how many more years will OpenAI pay the revenue share?");
        assertTrue(a.answer().contains("4 years") && a.answer().contains("2030"), a.answer());
    }
}
