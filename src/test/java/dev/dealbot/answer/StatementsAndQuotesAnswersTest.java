package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: questions written as statements with a tag or before the question, and quoted words. */
class StatementsAndQuotesAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void wordsTheQuestionQuotesPointAtTheSentenceThatHasThem() {
        Answer a = ask("Who complained that the old setup 'limited our ability to serve customers where they are'?");
        assertTrue(a.answer().startsWith("Denise Dresser, OpenAI's revenue chief"), a.answer());
    }

    @Test
    void aWrongYearDatingAStatedFigureInAStatementIsCorrectedAndTheQuestionAnswered() {
        Answer a = ask("Microsoft has put more than $13B into OpenAI since 2015. How much of that came in the January 2023 round?");
        assertTrue(a.answer().startsWith("Not 2015 — the articles say 2019."), a.answer());
        assertTrue(a.answer().contains("Microsoft invested $10 billion in that round"), a.answer());
        assertEquals(1, a.answer().split("cumulative\\.", -1).length - 1, "a sentence already said is not quoted again as context: " + a.answer());
    }

    @Test
    void aFigureOfAStatementIsNoGuessAtWhatIsLeft() {
        Answer a = ask("Amazon is putting $50B into OpenAI with $15B arriving right away. How much is still to come after that first tranche?");
        assertTrue(a.answer().startsWith("That leaves $35 billion"), a.answer());
    }

    @Test
    void aWrongDayIsCorrectedWithItsMonth() {
        Answer a = ask("was the revised agreement announced on april 28 2026?");
        assertTrue(a.answer().startsWith("No — the articles say April 27."), a.answer());
        Answer month = ask("Was the deal announced on May 27?");
        assertTrue(month.answer().startsWith("No — the articles say April 27."), "the same day of another month: " + month.answer());
    }

    @Test
    void aStatementEndingInRightWithoutACommaIsCheckedAsAYesNoQuestion() {
        Answer a = ask("microsofts license to openai's IP now runs until 2030 right?");
        assertTrue(a.answer().startsWith("No — the articles say 2032."), a.answer());
    }

    @Test
    void whichIsRightAfterTwoClaimsIsNoYesNoQuestion() {
        Answer a = ask("One summary says OpenAI's revenue-share payments to Microsoft were discontinued, but others say they run until 2030. Which is right?");
        assertFalse(a.answer().startsWith("Yes") || a.answer().startsWith("No"), a.answer());
        assertTrue(a.answer().contains("2030"), a.answer());
    }

    @Test
    void peopleSayingFramesAQuestionWithoutMakingItUnanswerable() {
        Answer a = ask("Why are people saying the word 'first' in the Azure clause is unclear?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("remains ambiguous"), a.answer());
    }

    @Test
    void anAnswerOpeningWithTheSideFewerArticlesTakeOpensWithTheOtherSideFirst() {
        Answer a = ask("Did OpenAI stop paying Microsoft revenue share?");
        String first = a.answer().substring(0, a.answer().indexOf('['));
        assertTrue(first.contains("continue"), a.answer());
        assertTrue(a.answer().contains("discontinued") && a.answer().contains("conflict on this point"), a.answer());
        Answer b = ask("Is there any inconsistency between the reports about the revenue share?");
        assertTrue(b.answer().startsWith("Yes — the articles differ on this point."), b.answer());
    }

    @Test
    void theQuestionAfterAStatementJoinedByButIsAnsweredWithTheSideMostArticlesTake() {
        Answer a = ask("Microsoft doesn't pay OpenAI anymore, but does OpenAI still pay Microsoft?");
        String first = a.answer().substring(0, a.answer().indexOf('['));
        assertTrue(first.contains("OpenAI will continue") || first.contains("will continue until 2030"), a.answer());
    }

    @Test
    void whetherAThingStopsIsNoDisagreementOnItsFigureAndAVerdictIsNotSaidTwice() {
        Answer a = ask("Do the articles agree on the percentage?");
        assertFalse(a.answer().startsWith("No — the articles differ"), a.answer());
        Answer b = ask("Do all reports agree the revenue share is 20%?");
        assertTrue(b.answer().startsWith("No — only two of the five articles give 20%."), b.answer());
        assertFalse(b.answer().contains("differ on this point"), b.answer());
        Answer c = ask("Do the articles agree on whether OpenAI keeps paying Microsoft?");
        assertTrue(c.answer().startsWith("No — the articles differ on this point."), c.answer());
    }

    @Test
    void aConflictIsOnWhatIsAskedOnlyWhenEachOfItsSidesSpeaksOfIt() {
        Answer licence = ask("Do the articles agree on when Microsoft's license ends?");
        assertFalse(licence.answer().contains("differ on this point"), "the sentence's conflict is on the revenue share it also names: " + licence.answer());
        Answer capped = ask("Do the articles agree on whether the revenue share is capped?");
        assertFalse(capped.answer().contains("differ on this point"), "whether payments continue is not whether they are capped: " + capped.answer());
        Answer share = ask("Do the articles agree on when the revenue share ends?");
        assertTrue(share.answer().startsWith("No — the articles differ on this point."), share.answer());
        Answer worth = ask("Do the articles agree on what Microsoft's stake in OpenAI is worth?");
        assertTrue(worth.answer().contains("135") && worth.answer().contains("228.3"), "asked what a thing is worth, both figures: " + worth.answer());
    }

    @Test
    void whenSomeoneMadeAStatementIsTheDateBesideWhatTheySaid() {
        Answer a = ask("When did Suleyman make his statement?");
        assertTrue(a.answered() && a.answer().contains("early April"), a.answer());
    }

    @Test
    void askedWhetherTheyAgreeOnAFigureOneArticleGivingItOnlyAsABoundIsSaidSo() {
        Answer a = ask("Do the articles agree on the size of Amazon's investment?");
        assertTrue(a.answer().startsWith("They give the same figure, but not in the same words:"), a.answer());
        assertTrue(a.answer().contains("up to $50 billion"), a.answer());
        assertEquals(a.answer().indexOf("up to $50 billion"), a.answer().lastIndexOf("up to $50 billion"), "said once: " + a.answer());
    }

    @Test
    void aWhoQuestionAboutARoleIsAnsweredWithTheSentenceThatGivesItsHolder() {
        assertTrue(ask("Who is Microsoft AI's CEO per the articles?").answer().startsWith("Mustafa Suleyman, CEO of Microsoft AI,"));
        assertTrue(ask("who is the openai revenue boss").answer().startsWith("Denise Dresser, OpenAI's revenue chief,"));
        assertFalse(ask("Who is Microsoft's CEO?").answered(), "the articles name no CEO of Microsoft");
        assertFalse(ask("Who is OpenAI's chief financial officer?").answered(), "its revenue chief is no finance officer");
    }

    @Test
    void aQuestionAfterBackgroundThatOnlyLinksToItIsAnsweredOnItsOwn() {
        Answer a = ask("I've been following the Microsoft and OpenAI saga for a while, and I know Amazon got involved recently with a big "
                + "investment. Given all that, what exactly changed about where OpenAI can sell its products?");
        assertTrue(a.answered() && a.answer().contains("any cloud"), a.answer());
    }

    @Test
    void aHeadlineQuestionIsAnsweredWithWhatItEndsWith() {
        Answer end = ask("msft lic end yr?");
        assertTrue(end.answer().contains("2032"), end.answer());
        assertFalse(ask("amazon stake %?").answered(), "Amazon's stake, which no article gives; not Microsoft's 27%");
    }

    @Test
    void twoOrThreeLowerCaseLettersAbbreviateOnlyAMainParty() {
        Answer ms = ask("ms license til when?");
        assertTrue(ms.answer().contains("2032"), "'ms' is Microsoft, named in most sentences: " + ms.answer());
        Answer oai = ask("does ms still pay oai rev share");
        assertTrue(oai.answer().startsWith("No."), oai.answer());
        Answer possessive = ask("book value of msft's oai stake?");
        assertTrue(possessive.answer().contains("$228.3 billion"), possessive.answer());
    }

    @Test
    void aThingAskedForByAWordNoArticleUsesIsDeclined() {
        for (String q : List.of("whats the fine if ms leaks oai IP", "What is the penalty if OpenAI breaks the Azure-first rule?")) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
        Answer size = ask("What is the size of Amazon's first tranche?");
        assertTrue(size.answer().contains("$15 billion"), "'the size of' asks a figure: " + size.answer());
        Answer deadline = ask("What's the deadline for Microsoft's license?");
        assertTrue(deadline.answer().contains("2032"), "'deadline' names the time asked, not a thing: " + deadline.answer());
    }

    @Test
    void aValueGivenAtATimePointedBackToIsDatedAndAttributed() {
        Answer a = ask("who put that ~$135B value on MSFT's stake in OAI's for-profit arm, and when?");
        assertTrue(a.answered() && a.answer().contains("October") && a.answer().contains("Microsoft valued its stake"), a.answer());
    }

    @Test
    void aQuoteEndingInTheAskersFullStopIsStillFoundAndItsSpeakerNamed() {
        Answer a = ask("I keep hearing this line about the old deal limiting OpenAI's ability to 'serve customers where they are.' Who actually said that?");
        assertTrue(a.answer().startsWith("Denise Dresser"), a.answer());
    }

    @Test
    void whoSaidWordsNoArticleQuotesIsDeclined() {
        assertFalse(ask("Who said 'we will build AGI together.'").answered());
        Answer title = ask("Who wrote the 'New Era of AI Partnership' piece?");
        assertTrue(title.answered() && title.answer().contains("Alps Wang"), "a quoted title is no quote: " + title.answer());
    }
}
