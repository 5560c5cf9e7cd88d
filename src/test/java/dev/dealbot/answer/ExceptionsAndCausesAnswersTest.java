package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a rule asked of a case its exception covers, a state taken as kept that the articles say was
 * removed, why a stated figure is what it is, two stated figures offered as a choice, and ratios asked without a
 * comparative.
 */
class ExceptionsAndCausesAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aRuleAskedOfACaseItsStatedExceptionCoversDoesNotHold() {
        Answer a = ask("Say OpenAI launches a new product that needs a capability Microsoft chooses not to support on Azure. "
                + "Does OpenAI still have to release it on Azure first?");
        assertTrue(a.answer().startsWith("No — not in that case: the articles make an exception “unless Microsoft cannot support"), a.answer());
        Answer same = ask("If Microsoft supports the needed features, does OpenAI still have to release new products on Azure first?");
        assertFalse(same.answer().startsWith("No"), "a case outside the exception: " + same.answer());
        Answer rule = ask("Does OpenAI have to release new products on Azure first?");
        assertFalse(rule.answer().startsWith("No"), "no case described: " + rule.answer());
    }

    @Test
    void aThingTakenAsSurvivingThatTheArticlesSayWasRemovedIsDenied() {
        Answer a = ask("Is it true that the AGI clause survived the revision, so OpenAI can still restrict Microsoft's access once it reaches AGI?");
        assertTrue(a.answer().startsWith("No — the articles say “removed”."), a.answer());
        Answer why = ask("Why was the AGI clause removed?");
        assertFalse(why.answer().startsWith("No") || why.answer().startsWith("Not"), why.answer());
    }

    @Test
    void whyAStatedFigureIsWhatItIsIsNotAnsweredByTheSentenceStatingIt() {
        for (String q : new String[] {"Why was 2032 chosen as the end of Microsoft's license?", "Why was OpenAI valued at $850 billion?",
                "Why is the revenue share set at 20% rather than some other number?"}) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " → " + a.answer());
        }
        Answer purpose = ask("Why did Microsoft invest $10 billion in January 2023?");
        assertTrue(purpose.answered() && purpose.answer().contains("to acquire nearly one-third"), "a purpose is a cause: " + purpose.answer());
        Answer wrongMonth = ask("Why did Microsoft invest $10 billion in June 2023?");
        assertTrue(wrongMonth.answered() && wrongMonth.answer().contains("January 2023"), "another month's sentence corrects: " + wrongMonth.answer());
        Answer reversed = ask("Why did Microsoft agree to keep funding OpenAI's revenue share until 2030?");
        assertTrue(reversed.answered() && reversed.answer().contains("paid by OpenAI to Microsoft"), "two parties may be reversed: " + reversed.answer());
        Answer exclusive = ask("Why did Microsoft get an exclusive license until 2032?");
        assertTrue(exclusive.answered() && exclusive.answer().contains("non-exclusive"), "a negated word corrects: " + exclusive.answer());
        Answer other = ask("Why did Microsoft get a 27% revenue share?");
        assertTrue(other.answered() && other.answer().contains("for-profit entity"), "another thing's figure corrects: " + other.answer());
        Answer wrongParty = ask("Why did Google put $50 billion into OpenAI back in February?");
        assertTrue(wrongParty.answer().startsWith("The articles don't tie $50 billion to Google."), wrongParty.answer());
    }

    @Test
    void twoStatedFiguresOfferedAsAChoiceAreNeitherDenied() {
        Answer license = ask("Does the license run to 2030 or 2032?");
        assertTrue(license.answer().startsWith("The articles say 2032."), license.answer());
        Answer a = ask("Did Microsoft invest $10 billion or $13 billion?");
        assertTrue(a.answered() && !a.answer().startsWith("No") && !a.answer().startsWith("Not") && !a.answer().startsWith("The articles say")
                && a.answer().contains("over $13 billion") && a.answer().contains("$10 billion"), "the sentence quoted gives both: " + a.answer());
        Answer b = ask("Was the valuation $29 billion or $850 billion?");
        assertTrue(b.answered() && !b.answer().startsWith("No") && !b.answer().startsWith("Not"), "a true figure is never denied: " + b.answer());
    }

    @Test
    void aRatioAskedWithoutAComparativeIsWorkedOut() {
        Answer a = ask("Roughly what multiple is Microsoft sitting on when you compare the book value of its OpenAI stake with the cash it has invested since 2019?");
        assertTrue(a.answer().startsWith("That is 17.6 times as much:"), a.answer());
        Answer then = ask("How many times higher is OpenAI's valuation now than in January 2023?");
        assertTrue(then.answer().startsWith("That is 29.3 times as much:"), then.answer());
        Answer dollars = ask("How much did OpenAI's valuation increase in dollars from January 2023 to now?");
        assertTrue(dollars.answer().startsWith("The difference is $821 billion:"), dollars.answer());
        Answer gap = ask("Which runs out first, Microsoft's IP license or OpenAI's revenue-share payments, and how big is the gap?");
        assertTrue(gap.answer().contains("2 years apart"), gap.answer());
    }

    @Test
    void aQuestionPointingBackToASupposedYearIsAskedAtIt() {
        Answer a = ask("If OpenAI is still booking revenue in 2031, will it still owe Microsoft a revenue share for that year?");
        assertTrue(a.answer().startsWith("No — the articles say 2030."), a.answer());
    }

    @Test
    void aYearStartingATermThatTheArticlesStartElsewhereIsCorrected() {
        Answer a = ask("How much has Microsoft invested in OpenAI since 2015?");
        assertTrue(a.answer().startsWith("Not 2015 — the articles say 2019."), a.answer());
        Answer right = ask("How much has Microsoft invested in OpenAI since 2019?");
        assertTrue(right.answer().startsWith("Since 2019, Microsoft has invested over $13 billion"), right.answer());
    }

    @Test
    void twoThingsComparedInSizeAreWorkedOut() {
        Answer a = ask("How does Amazon's headline commitment to OpenAI compare in size with everything Microsoft has put in since 2019?");
        assertTrue(a.answer().startsWith("The difference is $37 billion, the larger 3.8 times the smaller:"), a.answer());
    }

    @Test
    void aGoalYearNamedAsASideIsTheYearAimedAtNotWhenTheGoalWasStated() {
        Answer a = ask("How many years does the revenue share continue after Suleyman's stated goal year?");
        assertTrue(a.answer().startsWith("The difference is 3 years:"), a.answer());
        Answer said = ask("How long after Suleyman's statement was the deal announced?");
        assertTrue(said.answer().startsWith("The difference is about 3 weeks:"), "a statement is dated by when it was made: " + said.answer());
    }

    @Test
    void ratiosSumsAndTimeLeftAskedInOtherWordsAreWorkedOut() {
        Answer smaller = ask("What multiple is Microsoft's stake today compared with the nearly one-third it bought in 2023?");
        assertTrue(smaller.answer().startsWith("That is 0.81 times as much: Microsoft's stake today, 27%"), "asked one way round: " + smaller.answer());
        Answer ratio = ask("What is the ratio of Microsoft's book value to its October stake value?");
        assertTrue(ratio.answer().startsWith("That is 1.7 times as much:"), ratio.answer());
        Answer sum = ask("What's the combined amount of Microsoft's total investment and Amazon's pledge?");
        assertTrue(sum.answer().startsWith("Together that is about $63 billion:"), sum.answer());
        Answer left = ask("From 2026, for how many more years will OpenAI pay Microsoft its revenue share?");
        assertTrue(left.answer().startsWith("The difference is about 4 years:") && left.answer().contains("2030"), left.answer());
    }

    @Test
    void aReactionAskedInOtherWordsFindsTheSentenceThatReportsIt() {
        Answer a = ask("Why was AWS's chief executive so upbeat after the announcement?");
        assertTrue(a.answered() && a.answer().contains("Andy Jassy expressed enthusiasm"), a.answer());
    }
}
