package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: a part's share of its sum, and questions whose asked thing the articles leave out. */
class PartsAndLimitsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aPartsShareOfASumNamedInWordsIsWorkedOutFromTheQuoteGivingBoth() {
        Answer a = ask("What fraction of Amazon's total OpenAI commitment showed up right away in the first tranche?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().startsWith("That is 30% of it: $15 billion [1] of $50 billion [1]."), a.answer());
        Answer rest = ask("what fraction of amazon's openai money came in the first tranche, and how much is still to come?");
        assertTrue(rest.answer().contains("30%") && rest.answer().contains("That leaves $35 billion."), rest.answer());
    }

    @Test
    void theTimeAThingHasLeftIsCountedFromTheYearOfThePointNamed() {
        Answer a = ask("Counting from the year the amended agreement was announced, how many years does Microsoft's IP license have left to run?");
        assertTrue(a.answer().startsWith("The difference is about 6 years:"), a.answer());
        assertTrue(a.answer().contains("2032"), a.answer());
    }

    @Test
    void aStatedShareOfASumTheAskerSupposesIsWorkedOutAndTheSumNamedAsTheirs() {
        Answer a = ask("If OpenAI had $10 billion of revenue, how much would Microsoft get from the revenue share?");
        assertTrue(a.answer().startsWith("That is about $2 billion: 20% [1] of $10 billion (the sum supposed)."), a.answer());
        assertTrue(a.citations().stream().noneMatch(c -> c.quote().contains("$10 billion")), "no quote is cited for the asker's sum: " + a.answer());
        Answer rate = ask("Hypothetically, if $10 billion of OpenAI revenue fell under the revenue-share arrangement in a year and the cap "
                + "wasn't reached, how much would Microsoft collect at the reported rate?");
        assertTrue(rate.answer().startsWith("That is about $2 billion: 20% [1] of $10 billion (the sum supposed)."), rate.answer());
        Answer books = ask("Say OpenAI books $1 billion of revenue subject to the share in 2029 and the cap hasn't been hit yet. How much would go to Microsoft?");
        assertTrue(books.answer().startsWith("That is about $200 million: 20% [1] of $1 billion (the sum supposed)."), books.answer());
    }

    @Test
    void whichWayAThingWentIsSaidWithHowFar() {
        Answer a = ask("Has the value of Microsoft's stake gone up or down since October?");
        assertTrue(a.answer().startsWith("It went up by $93.3 billion:"), a.answer());
        Answer b = ask("Did OpenAI's valuation rise or fall between January 2023 and its latest funding round?");
        assertTrue(b.answer().startsWith("It went up by $821 billion:"), b.answer());
    }

    @Test
    void anAmountAskedOfAThingNoFigureMeasuresIsNotAnsweredWithAnotherThingsFigure() {
        Answer a = ask("How much is the revenue share cap?");
        assertFalse(a.answered(), "the 20% is the share's, not the cap's: " + a.answer());
    }

    @Test
    void whatFollowsFromASumTheAskerSupposesIsNotAnsweredWithAQuoteOfTheSameSum() {
        Answer a = ask("If OpenAI made $10 billion, how much would Microsoft get from its stake?");
        assertFalse(a.answered(), a.answer());
        Answer left = ask("How many years does Amazon's investment have left, counting from 2026?");
        assertFalse(left.answered(), "no end is given for it: " + left.answer());
        Answer sec = ask("What did the SEC say about the deal?");
        assertFalse(sec.answered(), "no article mentions the SEC: " + sec.answer());
    }

    @Test
    void eventsArePutInTheOrderTheirEvidenceDatesThem() {
        Answer a = ask("Put these in chronological order: the revised agreement announcement, the leak of Denise Dresser's memo, "
                + "and Amazon's investment announcement.");
        assertTrue(a.answer().startsWith("In order: Amazon's investment announcement, late February [1]; the leak of Denise Dresser's memo, "
                + "mid-April [2]; the revised agreement announcement, April 27"), a.answer());
        Answer speech = ask("Which came first: Suleyman stating the 2027 goal, the Dresser memo leak, or Amazon's investment?");
        assertTrue(speech.answer().contains("Suleyman stating the 2027 goal, early April"), "a statement is dated by when it was made: " + speech.answer());
        Answer forMe = ask("Put these in order for me: Amazon's OpenAI investment, the leaked OpenAI revenue memo, and the revised Microsoft deal.");
        assertTrue(forMe.answer().startsWith("In order: Amazon's OpenAI investment, late February [1]; the leaked OpenAI revenue memo, mid-April [2]"), forMe.answer());
    }

    @Test
    void aStakesWorthAtTheLatestValuationIsWorkedOutAndAnArticleNamedByItsAuthorIsDated() {
        Answer a = ask("What would Microsoft's 27% stake be worth at OpenAI's latest valuation?");
        assertTrue(a.answer().startsWith("That is about $229.5 billion: 27% [1] of $850 billion [2]."), "latest is most recent: " + a.answer());
        Answer dated = ask("When was the Alps Wang article published?");
        assertTrue(dated.answer().startsWith("Reported in: Alps Wang") && dated.answer().contains("April 28, 2026"), dated.answer());
    }

    @Test
    void aShareIsAppliedOnlyToASumOfItsOwnTimeAndASupposedSumOnlyTheWayTheArticlesHaveItPaid() {
        for (String q : List.of("What would Microsoft's 27% stake be worth at the $29 billion valuation?",
                "What was Microsoft's stake worth at the October valuation?",
                "If Microsoft earned $5 billion, what would it pay OpenAI in revenue share?")) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
        Answer time = ask("What was Microsoft's stake worth at the time of the October recapitalization?");
        assertTrue(time.answer().contains("$135 billion"), "a point in time is no sum: " + time.answer());
    }

    @Test
    void aChangeBetweenAFigureOfAMonthAndOneNamedByItselfIsWorkedOut() {
        Answer a = ask("By how much did the reported value of Microsoft's OpenAI stake go up between the October estimate and the book value?");
        assertTrue(a.answer().startsWith("The difference is $93.3 billion:"), a.answer());
        Answer b = ask("How many years longer does Microsoft's IP license run compared with OpenAI's revenue-share payments?");
        assertTrue(b.answer().startsWith("The difference is 2 years:"), b.answer());
    }

    @Test
    void aShareWhoseFiguresNoQuoteTellsApartIsNotGuessed() {
        // the $13 billion total and the $10 billion round stand in one quote with the $29 billion valuation: which is the
        // sum is not told by the words, and a book value elsewhere is no sum of the round
        Answer a = ask("What share of Microsoft's investment came in the 2023 round?");
        assertFalse(a.answer().contains("4.4%"), a.answer());
        assertFalse(a.answer().contains("34.5%"), a.answer());
    }

    @Test
    void whatComesAfterAnEndTheArticlesGiveIsNotAnsweredYes() {
        Answer a = ask("Will Microsoft's license get renewed or extended after it expires in 2032?");
        assertFalse(a.answer().startsWith("Yes"), a.answer());
        assertFalse(a.answered(), a.answer());
    }

    @Test
    void aPlaceOrANameAskedForMustBeInTheAnsweringSentence() {
        for (String q : List.of("Where are the petawatt-scale data centers going to be built?",
                "In which countries or sites will the petawatt-scale data centers be built?",
                "What's the name of the model Microsoft AI's in-house team is building to reach the cutting edge by 2027?",
                // what is said of the thing ("to launch first on Azure") does not make a sentence naming Microsoft one naming it
                "What is the name of OpenAI's next model to launch first on Azure?")) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
    }

    @Test
    void someoneAskedWithinAPartyIsAnsweredByTheSentenceThatNamesThem() {
        Answer a = ask("Who at OpenAI wrote the internal memo saying the previous setup limited its ability to serve customers where they are?");
        assertTrue(a.answer().startsWith("Denise Dresser, OpenAI's revenue chief"), "not 'OpenAI's revenue leadership' first: " + a.answer());
    }

    @Test
    void aYearAskedForIsNotAnsweredByAMonthAlone() {
        Answer month = ask("What year was the October recapitalization?");
        assertFalse(month.answered(), "the articles give the recapitalization's month only: " + month.answer());
        Answer before = ask("When was the previous revision before October?");
        assertFalse(before.answered(), "the October revision is the time counted from: " + before.answer());
        Answer year = ask("In which year does Microsoft's license end?");
        assertTrue(year.answered() && year.answer().contains("2032"), year.answer());
    }

    @Test
    void articlesThatDifferAreNotAlsoAnsweredYes() {
        Answer a = ask("Is the 20% revenue share figure reported everywhere, or do some articles only say the percentage stays the same?");
        // the figure's coverage answers it; the articles' conflict on whether payments stop is not about the figure
        assertTrue(a.answer().startsWith("No — only two of the five articles give 20%."), a.answer());
        assertFalse(a.answer().contains("Yes."), a.answer());
    }

    @Test
    void aWrongEndStressedAsAllTheWayIsCorrected() {
        Answer a = ask("why does microsoft's openai license now run all the way to 2035?");
        assertTrue(a.answer().startsWith("Not 2035 — the articles say 2032."), a.answer());
    }

    @Test
    void aProductIsCheckedAgainstTheFigureTheArticlesStateForTheThingNamed() {
        for (String q : List.of("If Microsoft owns about 27% and OpenAI is valued at $850 billion, does that line up with the stated book value of "
                + "Microsoft's stake?", "Assuming a 27% stake and OpenAI's $850 billion valuation, does the reported ~$228 billion book value add up?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion [3]."),
                    q + " -> " + a.answer());
            assertTrue(a.citations().stream().anyMatch(c -> c.n() == 3 && c.quote().contains("$228.3 billion")), a.citations().toString());
        }
    }

    @Test
    void theRestOfASumOrAnotherOwnersSumIsNotGivenAsThePartsShare() {
        for (String q : List.of("What fraction of Amazon's investment arrived later?", "What percentage of Amazon's investment came after the first tranche?",
                "What fraction of Microsoft's investment came in the first tranche?")) {
            Answer a = ask(q);
            assertFalse(a.answer().contains("30%"), q + " -> " + a.answer());
        }
        assertTrue(ask("What fraction of the $50 billion came in the first tranche?").answer().startsWith("That is 30% of it"),
                "a sum written as a figure is still found by it");
        Answer over = ask("What fraction of Microsoft's cumulative investment came in the 2023 round?");
        assertTrue(over.answer().startsWith("That is at most 76.9% of it"), "over $13 billion bounds the share: " + over.answer());
    }

    @Test
    void aStateAskedToGoOnPastAnotherThingsEndIsAnsweredFromBothEnds() {
        Answer a = ask("Will Microsoft still hold a license to OpenAI's models after the revenue share ends in 2030?");
        assertTrue(a.answer().startsWith("Yes:") && a.answer().contains("2032 [1]") && a.answer().contains("2030 [2]"), a.answer());
        Answer other = ask("Will Microsoft still be a shareholder after the license expires?");
        assertFalse(other.answer().startsWith("No, they are the same"), "the license's end is no end of a shareholding: " + other.answer());
    }

    @Test
    void aChangeBetweenTwoDescribedFiguresIsComputedFromEach() {
        Answer a = ask("One article gives microsoft's stake value as of october, another gives the current book value. how much did it go up?");
        assertTrue(a.answer().startsWith("The difference is $93.3 billion: the first figure described, $135 billion [1]; "
                + "the second figure described, $228.3 billion [2]."), a.answer());
        Answer way = ask("In Jan 2023 Microsoft got nearly a third of OpenAI. Has its ownership share gone up or down since, and to what?");
        assertTrue(way.answer().startsWith("It went down by 6.3 percentage points:") && way.answer().contains("27%"), way.answer());
        assertFalse(ask("In 2023 Microsoft acquired nearly a third of OpenAI. Has its share gone up or down since, and to what?").answer()
                .startsWith("It went"), "a third of OpenAI is no revenue share");
        Answer gap = ask("One piece says Microsoft valued its OpenAI stake at ~$135bn back in October; another gives the current book value. "
                + "What's the gap between the two numbers?");
        assertTrue(gap.answer().startsWith("The difference is $93.3 billion:"), gap.answer());
        Answer since = ask("Has Microsoft's stake in OpenAI gone up or down since January 2023?");
        assertTrue(since.answer().startsWith("It went down by 6.3 percentage points:"), "a third of the company's shares is its stake: " + since.answer());
        for (String q : List.of("Back in Jan 2023 Microsoft got nearly a third of OpenAI for $10B. Is its ownership stake bigger or smaller now, "
                + "and by roughly how much?", "Microsoft came away from the January 2023 round with nearly a third of OpenAI, and now it's said to "
                + "hold about 27% of the for-profit entity. Did its stake go up or down, and by roughly how many percentage points?")) {
            Answer down = ask(q);
            assertTrue(down.answer().startsWith("It went down by 6.3 percentage points:") && down.answer().contains("27%"), q + " -> " + down.answer());
        }
        Answer span = ask("Microsoft's been investing in OpenAI since 2019, and the revenue share OpenAI pays it runs until 2030. "
                + "How many years is that span?");
        assertTrue(span.answer().startsWith("The difference is 11 years:"), "the time between two events of different things: " + span.answer());
        // two things of two parties, or with no word in common, are not one thing changed
        for (String q : List.of("Microsoft valued its stake in October, and Amazon announced its investment later. By how much did it grow?",
                "Amazon announced an investment in OpenAI, and the first tranche arrived immediately. By how much did it grow?")) {
            assertFalse(ask(q).answer().startsWith("The difference"), q);
        }
    }

    @Test
    void whetherEveryArticleGivesAFigureIsCountedAcrossThem() {
        Answer some = ask("Is the 20% revenue share reported in every article?");
        assertTrue(some.answer().startsWith("No — only two of the five articles give 20%."), some.answer());
        assertTrue(some.citations().stream().map(Citation::docId).collect(java.util.stream.Collectors.toSet())
                .containsAll(java.util.Set.of("capped-revenue-share", "wedoany-revised-partnership")), some.citations().toString());
        Answer all = ask("Do all the articles say the license runs until 2032?");
        assertTrue(all.answer().startsWith("Yes — all five articles give 2032."), all.answer());
    }

    @Test
    void aSideNamedBeforeOfTakesItsOwnFigureNotTheSumItIsPartOf() {
        Answer a = ask("Is the first tranche of Amazon's investment bigger than what Microsoft put in during its January 2023 round, and by how much?");
        assertTrue(a.answer().startsWith("Yes: the first tranche of Amazon's investment, $15 billion [1];"), a.answer());
        assertTrue(a.answer().contains("$5 billion apart"), a.answer());
    }

    @Test
    void gapsInTimeAreSaidInWeeksOrMonthsFromDatesWithoutAYear() {
        assertTrue(ask("how long was it between denise dresser's memo leaking and the new agreement being announced?").answer()
                .startsWith("The difference is about 2 weeks:"));
        assertTrue(ask("What's the gap, roughly, between OpenAI's big recapitalization and the April 27 revision of the partnership?").answer()
                .startsWith("The difference is about 6 months:"));
        assertTrue(ask("How long after Amazon announced its OpenAI investment did Microsoft and OpenAI unveil their revised deal?").answer()
                .startsWith("The difference is about 2 months:"));
    }

    @Test
    void moreShapesOfGapsRatiosAndSharesAreComputed() {
        assertTrue(ask("The revenue share runs until 2030 and the license until 2032. How many years does the license outlast the payments?")
                .answer().startsWith("The difference is 2 years:"));
        assertTrue(ask("Roughly how many times Microsoft's cumulative cash investment in OpenAI is the current book value of that investment?")
                .answer().startsWith("That is 17.6 times as much:"));
        assertTrue(ask("Compare OpenAI's valuation at the time of Microsoft's January 2023 round with its most recent funding round. Roughly how "
                + "many times larger is it now?").answer().startsWith("That is 29.3 times as much:"));
        assertTrue(ask("what percent of the jan 2023 valuation did microsoft's 10 billion investment in that round amount to?").answer()
                .startsWith("That is 34.5% of it: $10 billion [1] of $29 billion [1]."));
        Answer both = ask("Amazon's big OpenAI investment came with an upfront first tranche. How much was left to arrive after that, and what "
                + "percent of the total was the first tranche?");
        assertTrue(both.answer().startsWith("That is 30% of it") && both.answer().contains("That leaves $35 billion."), both.answer());
    }

    @Test
    void aStakeStatedAsAFractionIsComparedWithTheArticlesPercentage() {
        Answer a = ask("Microsoft got nearly a third of OpenAI back in the January 2023 round. Is its stake bigger or smaller now, and what is it?");
        assertTrue(a.answer().startsWith("Its stake is smaller: 27% [1], against 33.3% [2] for the figure stated before the question."), a.answer());
        Answer points = ask("In Jan 2023 Microsoft got nearly a third of OpenAI. Comparing that to its stake today, by roughly how many percentage "
                + "points has its ownership fallen?");
        assertTrue(points.answer().startsWith("The difference is 6.3 percentage points:"), points.answer());
    }

    @Test
    void aYearOnlyDescribedBeforeTheQuestionIsFoundByItsWords() {
        Answer a = ask("Suleyman set a year by which Microsoft's in-house models should be truly cutting-edge. How many years is that before "
                + "Microsoft's license to OpenAI IP expires?");
        assertTrue(a.answer().startsWith("The difference is 5 years: the figure stated before the question, 2027 [1];"), a.answer());
    }

    @Test
    void whatIsStillLeftToComeIsWorkedOutFromTheSentenceGivingTheWholeAndItsPart() {
        for (String q : List.of("after the first tranche, how much was still left to come?",
                "amazon is putting $50bn into openai. once the first tranche landed, how much was still left to come?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("That leaves $35 billion: $50 billion [1] less $15 billion [1]."), q + " -> " + a.answer());
        }
    }

    @Test
    void aFigureStatedBeforeTheQuestionIsComparedWhenTheQuestionPointsBackToIt() {
        Answer half = ask("Microsoft reportedly booked a $7.5 billion gain on OpenAI last quarter. Is that more than half of what it has invested in OpenAI in total?");
        assertTrue(half.answer().startsWith("Yes: the figure stated before the question, $7.5 billion [1]; "), half.answer());
        assertTrue(half.answer().contains("$13 billion [2], so $6.5 billion"), half.answer());
        Answer factor = ask("OpenAI was valued at $29B in Jan 2023 - by what factor has its valuation grown as of the latest funding round?");
        assertTrue(factor.answer().startsWith("That is 29.3 times as much: "), factor.answer());
    }

    @Test
    void aThingAskedAsAShareOfAnotherIsAnsweredOnlyByItsOwnFigure() {
        Answer cap = ask("What is the cap expressed as a percentage of OpenAI's revenue?");
        assertFalse(cap.answered(), "the 20% is the share's, not the cap's: " + cap.answer());
        assertTrue(ask("What is the revenue share as a percentage of OpenAI's revenue?").answer().contains("20%"));
        assertFalse(ask("What's the cap in percentage of total revenue?").answered(), "'in percentage' asks the cap's figure too");
        assertTrue(ask("what is the revenue share in percent?").answer().contains("20%"));
    }

    @Test
    void aScaledSideShowsWhatItComesTo() {
        Answer a = ask("Is Microsoft's $7.5 billion gain more than half of its total investment?");
        assertTrue(a.answer().startsWith("Yes: ") && a.answer().contains("$13 billion [2], so $6.5 billion."), a.answer());
        Answer its = ask("is Amazon's first tranche more than a third of its total investment?");
        assertTrue(its.answer().startsWith("No: ") && its.answer().contains("$50 billion [2], so $16.67 billion"),
                "'its' is the owner the other side names: " + its.answer());
    }

    @Test
    void aHoldingOfAHolderTheArticlesNeverNameIsDeclined() {
        for (String q : List.of("What stake does the OpenAI nonprofit foundation hold?", "What share of OpenAI is held by the nonprofit?"))
            assertFalse(ask(q).answered(), "Microsoft's 27% is no answer: " + q + " -> " + ask(q).answer());
        assertTrue(ask("roughly what % of openai's for-profit entity does redmond own?").answer().contains("27"), "a party's other name");
        assertTrue(ask("What stake does Microsoft hold?").answer().contains("27%"));
    }

    @Test
    void whatAHolderDoesNotHoldIsTheRestOfTheCompany() {
        Answer a = ask("What share of OpenAI's for-profit entity is NOT held by Microsoft?");
        assertTrue(a.answer().startsWith("That leaves about 73%: 100% less approximately 27% [1]. The articles do not say who holds the rest."), a.answer());
    }

    @Test
    void theTimeBetweenTwoEventsIsCountedFromTheirDates() {
        Map<String, String> asked = Map.of(
                "How many years passed between Microsoft's $10bn OpenAI round and the announcement of the revised partnership?", "The difference is about 3 years:",
                "By the time of the 2026 revision, how long had Microsoft been an investor in OpenAI?", "The difference is about 7 years:",
                "Amazon announced its OpenAI investment, and later the Microsoft-OpenAI revision came out. Roughly how far apart were the two?",
                "The difference is about 2 months:",
                "Suleyman has a target year for Microsoft's in-house models to be truly cutting-edge. How many years does that leave before the "
                        + "OpenAI license expires?", "The difference is 5 years:",
                "After OpenAI's last revenue-share payment is due, how much longer does Microsoft keep its license?", "The difference is 2 years:",
                "How many years from 2026 does the license last?", "The difference is about 6 years:");
        asked.forEach((q, start) -> {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith(start), q + " -> " + a.answer());
        });
    }

    @Test
    void howLongADeedIsKeptUpIsAnsweredOnlyByTheTermOfThatDeed() {
        Answer pays = ask("How long will Microsoft continue paying OpenAI revenue share under the new deal?");
        assertFalse(pays.answer().contains("2032"), "the licence's term is no term of paying: " + pays.answer());
        assertTrue(ask("How long will OpenAI continue paying Microsoft a revenue share?").answer().contains("until 2030"));
        for (String q : List.of("How long will Microsoft remain OpenAI's primary cloud partner?", "How long will they keep collaborating on data centers?"))
            assertFalse(ask(q).answer().contains("2032"), "no term is given for it: " + q + " -> " + ask(q).answer());
        assertTrue(ask("How long does Microsoft hold its license?").answer().contains("until 2032"));
        for (String q : List.of("how long will microsoft stay a shareholder?", "How long will Microsoft keep its stake?"))
            assertFalse(ask(q).answered(), "no term is given for the stake (a date of a gain is no duration): " + q + " -> " + ask(q).answer());
        assertTrue(ask("How long has Microsoft been investing in OpenAI?").answer().contains("Since 2019"), "a start answers how long so far");
    }

    @Test
    void whoDidADeedTheArticlesNeverTellTheDoerOfIsDeclined() {
        for (String q : List.of("Who negotiated the deal on Microsoft's side?", "Who negotiated the deal for OpenAI?")) {
            assertFalse(ask(q).answered(), q + " -> " + ask(q).answer());
        }
        assertTrue(ask("Who leaked the memo?").answer().contains("Denise Dresser"));
        assertTrue(ask("Who invested $50 billion in OpenAI?").answer().contains("Amazon announced a $50 billion investment"));
    }

    @Test
    void aYearOfTheQuestionMakesADeedSpecificEnoughToSayWhomTheArticlesGiveItTo() {
        Answer a = ask("When did Satya Nadella say Microsoft's in-house models would hit a truly cutting-edge level by 2027?");
        assertTrue(a.answer().startsWith("The articles don't attribute this to Satya Nadella."), a.answer());
        assertTrue(a.answer().contains("Mustafa Suleyman"), a.answer());
    }

    @Test
    void comparisonsWhoseSidesAreNotTheThingsAskedAreNotAnswered() {
        for (String q : List.of("Will the licence still be exclusive after the revenue share ends?",
                "Did Suleyman speak before or after the April 27 announcement?", "Was the Dresser memo leaked before or after Suleyman spoke?",
                "By what factor has OpenAI's valuation grown since October?",
                "By what factor has OpenAI's valuation grown since Microsoft's $10 billion investment?",
                "What fraction of Amazon's investment came in the second tranche?", "Is the revenue share cap before or after 2030?",
                "If Microsoft owns 20% and OpenAI is valued at $850B, does that line up with the book value?")) {
            Answer a = ask(q);
            assertFalse(a.answer().matches("(?s)^(Yes|No|That is|The difference|Both|Not closely).*|.* comes (before|after) .*"), q + " -> " + a.answer());
        }
        Answer far = ask("If Microsoft owns 27% and OpenAI is valued at $850 billion, does that line up with the value of Microsoft's stake?");
        assertTrue(far.answer().startsWith("That is about $229.5 billion"), "two figures fit 'the value of its stake': the product alone: " + far.answer());
    }

    @Test
    void aSideTakesNoFigureTheQuoteGivesOfAnotherMeasureOrEventOrDirection() {
        Answer total = ask("How many times Microsoft's total investment is the $135 billion stake value?");
        assertTrue(total.answer().startsWith("That is 10.4 times as much") && total.answer().contains("$13 billion [2]"),
                "not the $10 billion round nor the book value of the investment: " + total.answer());
        Answer memo = ask("How many weeks between the Dresser memo and the announcement?");
        assertFalse(memo.answer().contains("October"), "'the announcement follows revisions made in October' dates the revisions: " + memo.answer());
        assertTrue(ask("Does Microsoft's IP license outlast OpenAI's revenue-share payments? If so, by how long?").answer()
                .startsWith("Yes: Microsoft's IP license, 2032 [1]; OpenAI's revenue-share payments, 2030 [2], 2 years apart."));
        assertTrue(ask("Does the revenue share outlive the license?").answer().startsWith("No"));
        Answer reversed = ask("How many years does the revenue share outlast the IP license?");
        assertFalse(reversed.answer().startsWith("The difference"), "the licence runs longer: " + reversed.answer());
    }

    @Test
    void whetherEveryArticleGivesAFigureNamedOnlyAsAFigureOrADateIsCounted() {
        assertTrue(ask("Is the $13 billion figure reported in every article?").answer().startsWith("No — only two of the five articles give $13 billion."));
        assertTrue(ask("Is the April 27 date reported in every article?").answer().startsWith("No — only three of the five articles give April 27."));
    }

    @Test
    void aYearAskedAfterOrStillInIsAnsweredByTheEndTheArticlesGive() {
        assertTrue(ask("Will Microsoft still hold a license after 2030?").answer().startsWith("Yes — the articles say until 2032."));
        assertTrue(ask("Will Microsoft still hold the license in 2031?").answer().startsWith("Yes — the articles say until 2032."));
        assertTrue(ask("Will OpenAI still pay revenue share after 2031?").answer().startsWith("No — the articles say 2030."));
        assertTrue(ask("Does the license run until 2032?").answer().startsWith("Yes."));
        assertTrue(ask("Does the license run until 2040?").answer().startsWith("No — the articles say 2032."));
    }

    @Test
    void aYearThatStandsAnotherWayOrADeedNoArticleWordsIsNotConfirmed() {
        for (String q : List.of("Has Microsoft's stake in OpenAI grown since 2023?", "Did OpenAI breach its contract with Microsoft in 2026?",
                "Did Microsoft invest in OpenAI before 2019?", "Will Microsoft remain the primary cloud partner until 2035?",
                "Will Microsoft stay a major shareholder all the way to 2035?")) {
            Answer a = ask(q);
            assertFalse(a.answer().startsWith("Yes") || a.answer().startsWith("No —"), q + " -> " + a.answer());
        }
    }

    @Test
    void whatIsLeftBesidesAPartIsWorkedOutFromTheFiguresTheQuestionGivesWhenTheArticlesStateThem() {
        Answer round = ask("Of the more than $13 billion Microsoft has put in since 2019, $10 billion came in January 2023. How much did it invest apart from that round?");
        assertTrue(round.answer().startsWith("That leaves more than $3 billion: $13 billion ["), round.answer());
        Answer others = ask("Microsoft owns roughly 27% of OpenAI's for-profit arm. What percentage belongs to the other shareholders?");
        assertTrue(others.answer().startsWith("That leaves about 73%: 100% less 27% [1]."), others.answer());
        Answer party = ask("How much did Amazon invest besides Microsoft?");
        assertFalse(party.answer().startsWith("That leaves"), party.answer());
    }

    @Test
    void aChangeBetweenTwoDatedPointsTakesEachFigureFromEvidenceOfItsYear() {
        Answer a = ask("How many dollars did OpenAI's valuation rise from the January 2023 round to its latest round?");
        assertTrue(a.answer().startsWith("The difference is $821 billion: OpenAI's valuation at the January 2023 round, $29 billion ["), a.answer());
        Answer abbreviated = ask("by how much did openai's valuation climb from the jan 2023 round to its most recent round?");
        assertTrue(abbreviated.answer().contains("at the January 2023 round, $29 billion ["), "'jan' is January: " + abbreviated.answer());
    }

    @Test
    void figuresThatAreNoWholeAndPartLeaveNoRemainder() {
        for (String q : List.of("Amazon announced a $50 billion investment and Microsoft has invested over $13 billion. How much did investors other than these two put in?",
                "Microsoft owns about 27% of OpenAI. What stake does Amazon hold apart from Microsoft's?",
                "Microsoft gets a 20% revenue share from OpenAI. What share of OpenAI's revenue goes to its other partners?",
                "Microsoft owns 27% of OpenAI and gets a 20% revenue share. What percentage is owned by the other shareholders?")) {
            Answer a = ask(q);
            assertFalse(a.answer().contains("That leaves") || a.answer().contains("leaves $35"), q + " -> " + a.answer());
        }
    }

    @Test
    void aDeedNoSentenceTellsOfItsPartyIsNotAnsweredWithWhatElseTheyDo() {
        Answer google = ask("Did Google invest in OpenAI?");
        assertFalse(google.answered(), "Google is named only as a cloud OpenAI may sell on: " + google.answer());
        for (String q : List.of("Did Amazon fund OpenAI?", "Did Amazon back OpenAI financially?")) {
            Answer told = ask(q);
            assertTrue(told.answered() && told.answer().contains("$50 billion"), "told in other words: " + q + " -> " + told.answer());
        }
        Answer jassy = ask("Did Andy Jassy post about Bedrock?");
        assertTrue(jassy.answered() && jassy.answer().contains("Andy Jassy"), "told in other words, with the rarer name: " + jassy.answer());
    }

    @Test
    void aCountAskedForIsNotAnsweredByASentenceOpeningWithTheWordOne() {
        Answer a = ask("How many months does a new OpenAI product stay Azure-only before it can launch on other clouds?");
        assertFalse(a.answered(), "'One notable aspect' counts nothing: " + a.answer());
    }

    @Test
    void aFigureAskedOfAThingTheArticlesGiveNoneOfIsDeclinedNotAnsweredWithAnotherThingsFigure() {
        for (String q : List.of("What percentage revenue share was Microsoft paying OpenAI before it ended?", "At what valuation did Amazon invest in OpenAI?")) {
            Answer a = ask(q);
            assertFalse(a.answered(), q + " -> " + a.answer());
        }
        assertTrue(ask("What percentage revenue share does Microsoft get?").answer().contains("20%"));
        assertTrue(ask("What valuation did OpenAI reach in its latest round?").answer().contains("$850 billion"));
    }
}
