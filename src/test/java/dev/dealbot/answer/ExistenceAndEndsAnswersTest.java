package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a thing said to exist that no article names, a year claimed as an end corrected only by an end,
 * the end of the thing asked (not of another thing that also lasts), how long a state had gone on by an event,
 * a person's memo asked with the question's opening word before the name, the gap between two things a statement
 * names, a place asked before "first" ("launch on AWS first"), and the place offered among others where something
 * comes first.
 */
class ExistenceAndEndsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aThingSaidToExistThatNoArticleNamesIsNotConfirmedByItsFigure() {
        Answer unnamed = ask("Was there an employee tender offer at the $850 billion valuation?");
        assertFalse(unnamed.answered(), unnamed.answer());
        Answer litigation = ask("Is there any litigation pending between Microsoft and OpenAI over the Amazon deal?");
        assertTrue(litigation.answered(), "without a figure claimed, a word no article uses may name what they say otherwise: " + litigation.answer());
        Answer cap = ask("Is there a cap of $50 billion on the revenue share?");
        assertFalse(cap.answered(), "no article sizes the cap; Amazon's $50 billion is another thing's: " + cap.answer());
        Answer investment = ask("Was there an investment of $50 billion by Amazon?");
        assertTrue(investment.answer().startsWith("Yes"), investment.answer());
        Answer named = ask("Was there a funding round at the $850 billion valuation?");
        assertTrue(named.answer().startsWith("Yes"), named.answer());
    }

    @Test
    void aYearClaimedAsAnEndIsNotCorrectedByTheDateOfAnEvent() {
        Answer a = ask("Why is the Microsoft-OpenAI partnership ending in 2030?");
        assertFalse(a.answer().contains("the articles say 2026"), a.answer());
    }

    @Test
    void anEndIsOfTheThingAskedNotOfAnotherThingThatAlsoLasts() {
        Answer access = ask("Does Microsoft keep access to OpenAI's models after 2030?");
        assertTrue(access.answer().startsWith("Yes — the articles say until 2032."), "the licence's end, not the revenue share's: " + access.answer());
        Answer paying = ask("Does OpenAI keep paying Microsoft after 2030?");
        assertTrue(paying.answer().startsWith("The articles give 2030 as the end"), paying.answer());
    }

    @Test
    void howLongAStateHadGoneOnByAnEventIsWorkedOut() {
        Answer a = ask("How many years had Microsoft been investing in OpenAI by the 2026 announcement?");
        assertTrue(a.answer().startsWith("The difference is about 7 years"), a.answer());
    }

    @Test
    void aPersonsMemoAskedAfterTheQuestionsOpeningWordIsFound() {
        Answer a = ask("Was Dresser's memo leaked?");
        assertTrue(a.answered() && a.answer().contains("leaked in mid-April"), a.answer());
    }

    @Test
    void theGapBetweenTwoThingsAStatementNamesIsWorkedOut() {
        Answer a = ask("The IP licence and the revenue share seem to end in different years. How long is the gap between them?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
        Answer dashed = ask("The license runs to 2032 and the revenue share to 2030 — what's the gap between them?");
        assertTrue(dashed.answer().startsWith("The difference is 2 years: the license, 2032 [1]; the revenue share, 2030 [2]."), dashed.answer());
        Answer claimed = ask("Microsoft's investment has a book value around $128.3 billion now — how does that compare with October?");
        assertTrue(claimed.answer().startsWith("Not $128.3 billion"), "a figure a dashed statement claims is checked, not taken as a side: " + claimed.answer());
        Answer misdated = ask("The license runs to 2033 and the revenue share to 2030. What's the gap between them?");
        assertFalse(misdated.answer().contains("3 years"), "the articles' years, not the asker's: " + misdated.answer());
    }

    @Test
    void aPlaceAskedBeforeFirstIsCorrectedByThePlaceTheArticlesPutFirst() {
        Answer why = ask("Why must OpenAI now launch new products on AWS first?");
        assertTrue(why.answer().startsWith("Not first on AWS — the articles say first on Azure."), why.answer());
        Answer told = ask("I was told new OpenAI products go to AWS first. Correct?");
        assertTrue(told.answer().startsWith("No — the articles say first on Azure."), told.answer());
        Answer supposed = ask("If Microsoft decides it doesn't want to support a feature a new OpenAI product needs, can OpenAI launch it on AWS first?");
        assertFalse(supposed.answer().startsWith("Not first on AWS"), "the case supposed may be the rule's exception: " + supposed.answer());
    }

    @Test
    void ofPlacesOfferedAsAChoiceTheOneTheArticlesPutFirstIsChosen() {
        Answer which = ask("Which cloud gets new OpenAI products first, Azure or AWS?");
        assertTrue(which.answer().startsWith("First on Azure."), which.answer());
        Answer either = ask("Do new products go first to AWS or to Azure?");
        assertTrue(either.answer().startsWith("First on Azure."), either.answer());
    }
}
