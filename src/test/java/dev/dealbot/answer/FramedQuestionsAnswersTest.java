package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a question framed by what comes before it — a phrase of viewing ("Comparing ..., "), a
 * statement before a dash, a request for what the worked-out figure means after it — and a party's short name with a
 * possessive ("OAI's") are each answered as the plain question is.
 */
class FramedQuestionsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aRatioAskedAfterAPhraseOfViewingIsWorkedOut() {
        Answer a = ask("Comparing the two backers, roughly how many times larger is Amazon's announced investment than Microsoft's cumulative investment since 2019?");
        assertTrue(a.answer().startsWith("That is 3.8 times as much"), a.answer());
    }

    @Test
    void aGapAskedAfterAStatementAndADashIsWorkedOut() {
        Answer a = ask("MSFT keeps the license until X and OAI pays rev share until Y — how many years does the license outlast the rev share?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void aGapFollowedByARequestForWhatItMeansIsWorkedOut() {
        Answer a = ask("How many years does Microsoft keep its IP access after the revenue share stops, and what does that suggest about which outlasts the other?");
        assertTrue(a.answer().startsWith("The difference is 2 years"), a.answer());
    }

    @Test
    void howMuchOfTheValuationAStakeRepresentsIsWorkedOut() {
        Answer a = ask("If Microsoft only has a 27% stake, how much of OpenAI's $850B valuation does that represent?");
        assertTrue(a.answer().startsWith("That is about $229.5 billion"), a.answer());
    }

    @Test
    void aStakeStatedThenAndNowWentDown() {
        Answer a = ask("Microsoft had nearly one-third of OpenAI in 2023 and about 27% now. Did its stake go up or down?");
        assertTrue(a.answer().startsWith("It went down by 6.3 percentage points"), a.answer());
    }

    @Test
    void whatAPartysPersonNamedByRoleSaidIsToldByTheSentenceNamingThatRole() {
        Answer a = ask("What did OpenAI's revenue chief say about AWS demand?");
        assertTrue(a.answered() && a.answer().contains("shocking"), a.answer());
    }

    @Test
    void aShortNameWithAPossessiveNamesTheParty() {
        Answer a = ask("what's OAI's valuation in its latest funding round?");
        assertTrue(a.answered() && a.answer().contains("$850 billion"), a.answer());
    }
}
