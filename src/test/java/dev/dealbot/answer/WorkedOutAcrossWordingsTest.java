package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: what a question works out is read however its sentence is built — a multiple of a thing between
 * two points, a share of a sum checked against a figure written anywhere, a gap asked as "that gap", a hedge opening the
 * question; a rule's stated exception decides a case that meets it, each way it is asked; a thing said to stop on a
 * supposed event is denied by the articles leaving it apart from the event; a change asked why is explained only by a
 * sentence speaking of the change; a past-tense claim of a figure the thing had then is not corrected by its figure now.
 */
class WorkedOutAcrossWordingsTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aMultipleOfAThingBetweenTwoPointsIsWorkedOutHoweverTheSentenceIsBuilt() {
        for (String q : new String[] {"Roughly what multiple did OpenAI's valuation grow by between the January 2023 round and its most recent funding round?",
                "OpenAI valuation from January 2023 to the latest funding round: how many times it got multiplied, exactly?",
                "By which factor has OpenAI's valuation grown between the round in January 2023 and its most recent funding round?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("That is 29.3 times as much"), q + " -> " + a.answer());
        }
    }

    @Test
    void aStatementsPartyIsTheOneActingInIt() {
        Answer a = ask("OpenAI was valued at $29 billion when Microsoft made its big 2023 bet. How many times bigger is the valuation from its latest funding round?");
        assertTrue(a.answer().startsWith("That is 29.3 times as much"), a.answer());
    }

    @Test
    void aShareOfASumWrittenAnywhereIsCheckedAgainstTheFigureAfterIt() {
        for (String q : new String[] {"Is 27% of OpenAI's $850 billion valuation roughly consistent with the $228.3 billion book value?",
                "Does Microsoft's 27% stake at an $850 billion valuation square with the reported book value?",
                "sanity check: 27% of an 850b company, does that actually line up with the ~228b figure for msft's stake or is someone making numbers up"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("Yes, roughly: 27%"), q + " -> " + a.answer());
        }
        Answer worth = ask("If Microsoft owns 27% of an $850 billion company, what is its stake worth?");
        assertTrue(worth.answer().startsWith("That is about $229.5 billion"), worth.answer());
    }

    @Test
    void theCashPutInIsTheSumInvestedAndALabelBeforeASideIsNoPartOfIt() {
        Answer a = ask("Ratio check for my numbers table: MSFT's OAI investment book value versus the cash it has put in since 2019 — about how many times over is that?");
        assertTrue(a.answer().startsWith("That is 17.6 times as much"), a.answer());
    }

    @Test
    void thatGapAndAnOpeningHedgeAreReadAsTheQuestionAsks() {
        Answer gap = ask("So basically Microsoft gets to keep the IP license a bit longer than it keeps collecting revenue share from OpenAI? How big is that gap, in years?");
        assertTrue(gap.answer().contains("2 years apart"), gap.answer());
        Answer way = ask("Back in January 2023 Microsoft bought close to a third of OpenAI. So basically, has its ownership gone up or down since then?");
        assertTrue(way.answer().startsWith("It went down by 6.3 percentage points"), way.answer());
        Answer early = ask("Has Microsoft's percentage ownership of OpenAI gone up or down compared with the stake it took in early 2023?");
        assertTrue(early.answer().startsWith("It went down"), early.answer());
    }

    @Test
    void aCaseTheAzureFirstExceptionCoversIsAnsweredEachWayItIsAsked() {
        Answer binds = ask("Suppose OpenAI ships a new product needing a capability that Microsoft declines to support on Azure. Is OpenAI still bound to launch it on Azure first?");
        assertTrue(binds.answer().startsWith("No — not in that case: the articles make an exception"), binds.answer());
        Answer may = ask("Say OpenAI launches a product that needs a capability Azure can't support. Can it debut on another cloud first?");
        assertTrue(may.answer().startsWith("Yes — the articles make an exception"), may.answer());
        Answer both = ask("OpenAI launches a product that needs a capability Microsoft declines to support on Azure. Is OpenAI still bound to launch it on Azure first, or can it go elsewhere?");
        assertTrue(both.answer().startsWith("Not in that case: "), both.answer());
        Answer other = ask("If Microsoft decides not to support a capability OpenAI needs, does that hurt Microsoft's 'primary cloud partner' status?");
        assertFalse(other.answer().contains("exception"), "a question that does not ask whether the rule binds: " + other.answer());
    }

    @Test
    void aThingSaidToStopOnAnEventSupposedBeforeIsDeniedByTheArticlesLeavingItApartFromIt() {
        for (String q : new String[] {"If OpenAI reached AGI, would its revenue-share payments to Microsoft end then?",
                "If OpenAI reaches AGI, does Microsoft's revenue share just switch off then?"}) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say “independent”."), q + " -> " + a.answer());
        }
        // a supposition after a label is read as one
        Answer dated = ask("Let's play it out: say OpenAI announces it's reached AGI in 2028. Does Microsoft's revenue share just switch off at that point?");
        assertTrue(dated.answer().startsWith("No — the articles say 2030."), dated.answer());
    }

    @Test
    void aChangeAskedWhyIsExplainedOnlyByASentenceSpeakingOfTheChange() {
        for (String q : new String[] {"Why did Microsoft's ownership stake shrink from about a third to 27%?", "Why did Microsoft's stake fall to 27%?"}) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
        Answer corrected = ask("Why was the revenue share cut to 10%?");
        assertTrue(corrected.answer().startsWith("Not 10%"), "a figure no article states is corrected still: " + corrected.answer());
    }

    @Test
    void aPastTenseClaimOfTheFigureTheThingHadThenIsNotCorrectedByItsFigureNow() {
        Answer third = ask("Did Microsoft get nearly a third of OpenAI?");
        assertTrue(third.answer().startsWith("Yes."), third.answer());
        Answer valued = ask("Was OpenAI valued at $29 billion?");
        assertFalse(valued.answer().startsWith("No"), valued.answer());
        Answer dated = ask("Was OpenAI valued at $29 billion in its latest round?");
        assertTrue(dated.answer().startsWith("No — the articles say $850 billion."), "a time named dates the claim: " + dated.answer());
        Answer holding = ask("Was OpenAI valued at $228.3 billion?");
        assertTrue(holding.answer().startsWith("No — the articles say $850 billion."), "a holding's worth is no valuation: " + holding.answer());
        Answer named = ask("Was Microsoft's $10 billion investment a majority stake?");
        assertFalse(named.answer().startsWith("Yes"), "a figure naming the thing is not what is claimed: " + named.answer());
    }
}
