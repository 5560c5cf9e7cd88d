package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles: what a question takes for granted wrongly is corrected, and what it rightly implies is not. */
class PremiseAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aPercentageClaimedOfAPartyIsConfirmedOnlyByASentenceGivingItOfThatParty() {
        for (String q : List.of("Microsoft owns about 27% of Amazon, right?", "Is it true that Microsoft owns 27% of Amazon?")) {
            Answer a = ask(q);
            assertFalse(a.answer().startsWith("Yes"), "27% is of OpenAI's for-profit entity: " + q + " -> " + a.answer());
        }
        assertTrue(ask("Microsoft owns about 27% of OpenAI, right?").answer().startsWith("Yes."));
    }

    @Test
    void aFigureOfTheClaimsThingAskedOfAnotherPartyIsSaidToBeAnothersNotCorrectedByTheirs() {
        Answer a = ask("Was Microsoft valued at $850 billion in the latest round?");
        assertTrue(a.answer().startsWith("No — the articles don't tie $850 billion to Microsoft. OpenAI's valuation"), a.answer());
        assertTrue(ask("Was OpenAI valued at $850 billion in the latest round?").answer().startsWith("Yes."));
        assertTrue(ask("Does Microsoft get 27% of OpenAI's revenue?").answer().startsWith("No — the articles say 20%."),
                "27% is stated of another thing, the stake: the revenue share's figure corrects it");
    }

    @Test
    void aShareInWordsBesideAFigureThatHoldsIsCheckedAgainstTheSentencesShare() {
        for (String q : List.of("Microsoft got half of OpenAI for its $10 billion in 2023?", "Did Microsoft get nearly half of OpenAI for $10 billion in 2023?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say nearly one-third."), "the $10 billion holds, the half does not: " + q + " -> " + a.answer());
        }
    }

    @Test
    void aShareInWordsInAClauseTakenAsGivenIsCorrectedAsSuch() {
        for (String q : List.of("With Microsoft owning about half of OpenAI's for-profit entity, does it still benefit when OpenAI sells through AWS?",
                "Since Microsoft owns about half of OpenAI, why does it still benefit from AWS sales?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("Not half — the articles say approximately 27%."), q + " -> " + a.answer());
        }
        assertFalse(ask("Since Microsoft owns about a quarter of OpenAI, why does it still benefit from AWS sales?").answer().startsWith("Not"),
                "about a quarter holds of 27%");
        assertTrue(ask("In 2031, will OpenAI still pay Microsoft?").answer().startsWith("No — the articles say 2030."));
        assertTrue(ask("I heard Microsoft just committed $50 billion to OpenAI, with $15bn paid up front. Is that right?").answer()
                .startsWith("No — the articles don't tie $50 billion to Microsoft."), "a statement before 'Is that right?' is the claim asked");
    }

    @Test
    void aFigureClaimedOfAPossessedThingIsCheckedAgainstThatThingsFigures() {
        Answer valuation = ask("Microsoft's valuation hit $850 billion in its latest funding round?");
        assertTrue(valuation.answer().startsWith("No — the articles don't tie $850 billion to Microsoft. OpenAI's valuation"),
                "not corrected by Microsoft's investment: " + valuation.answer());
        Answer worth = ask("Is Microsoft's investment now worth over $200 billion?");
        assertTrue(worth.answer().startsWith("Yes — the articles say nearly $228.3 billion."),
                "the investment's book value, not the valuation it was made at: " + worth.answer());
    }

    @Test
    void aYesNoQuestionGivingAPersonAnotherRoleIsAnsweredNoWithTheirs() {
        Answer cfo = ask("Is Denise Dresser Microsoft's CFO?");
        assertTrue(cfo.answer().startsWith("No — the articles call Denise Dresser OpenAI's revenue chief. [1]"), cfo.answer());
        assertTrue(ask("Is Andy Jassy the CEO of Microsoft AI?").answer().startsWith("No — the articles call Andy Jassy Amazon CEO."));
        assertFalse(ask("Is Mustafa Suleyman the CEO of Microsoft AI?").answer().startsWith("No"));
        assertTrue(ask("Andy Jassy is OpenAI's CEO, right?").answer().startsWith("No — the articles call Andy Jassy Amazon CEO."),
                "a statement with a tag asks the same");
    }

    @Test
    void aPersonGivenAnotherRoleIsCorrectedWithTheSentenceThatGivesTheirs() {
        Answer title = ask("What did OpenAI CFO Denise Dresser write in her memo about AWS?");
        assertTrue(title.answer().startsWith("Not OpenAI CFO — the articles call Denise Dresser OpenAI's revenue chief. [1]"), title.answer());
        assertTrue(title.answer().contains("\"shocking\" demand"), "then the question is answered: " + title.answer());
        Answer org = ask("What did Andy Jassy, Google's CEO, post about Bedrock?");
        assertTrue(org.answer().startsWith("Not Google's CEO — the articles call Andy Jassy Amazon CEO. [1]"), org.answer());
        assertTrue(org.citations().get(0).quote().contains("Amazon CEO Andy Jassy"), org.citations().toString());
        assertFalse(ask("What did Amazon CEO Andy Jassy post about Bedrock?").answer().startsWith("Not"));
    }

    @Test
    void oneWrongFigureAmongAnEventsFiguresIsCorrectedByTheFigureInItsPlace() {
        Answer year = ask("Microsoft invested $10 billion in 2021 at a $29 billion valuation — what did that buy?");
        assertTrue(year.answer().startsWith("Not 2021 — the articles say 2023."), year.answer());
        Answer valuation = ask("Back when Microsoft put $10 billion into OpenAI in January 2023 at a $500 billion valuation, what stake did it get?");
        assertTrue(valuation.answer().startsWith("Not $500 billion — the articles say $29 billion."), valuation.answer());
        Answer bothRight = ask("OpenAI was valued at $29 billion in January 2023 and $850 billion in its latest round. How much did it grow?");
        assertFalse(bothRight.answer().startsWith("Not"), "each figure is right where the question puts it: " + bothRight.answer());
        Answer since = ask("Did Microsoft invest $13 billion in OpenAI in 2019?");
        assertFalse(since.answer().startsWith("No — the articles say 2023"), "2023 dates another round: " + since.answer());
        Answer neighbour = ask("Did Microsoft invest $13 billion in January 2023?");
        assertTrue(neighbour.answer().startsWith("No — the articles say $10 billion."), "the $13 billion is the total since 2019: " + neighbour.answer());
        Answer imagined = ask("If OpenAI earns $10 billion of revenue in 2029, how much of it goes to Microsoft?");
        assertFalse(imagined.answer().startsWith("Not 2029"), "an imagined case is no claim: " + imagined.answer());
    }

    @Test
    void aFigureInAClauseOfItsOwnIsCorrectedAndWhatTheQuestionAsksBesidesIsAnswered() {
        Answer a = ask("Given that the revenue share climbed to 25 percent, until what year will it be paid?");
        assertTrue(a.answer().startsWith("Not 25 percent — the articles say 20%."), a.answer());
        assertTrue(a.answer().contains("2030"), "then the question is answered: " + a.answer());
        Answer why = ask("Why does Microsoft's licence run until 2040?");
        assertTrue(why.answer().startsWith("Not 2040 — the articles say 2032."), why.answer());
        assertTrue(why.citations().stream().allMatch(c -> c.quote().contains("2032")), "the correction is the answer: " + why.answer());
    }

    @Test
    void aShareInWordsIsCheckedAgainstTheStatedPercentage() {
        Answer half = ask("Is it true that Microsoft holds roughly half of OpenAI's for-profit entity today?");
        assertTrue(half.answer().startsWith("No — the articles say approximately 27%."), half.answer());
        Answer quarter = ask("Is Microsoft's stake about a quarter of OpenAI's for-profit arm?");
        assertTrue(quarter.answer().startsWith("Roughly — the articles say 27%."), quarter.answer());
        Answer fifth = ask("Does Microsoft get a quarter of OpenAI's revenue?");
        assertTrue(fifth.answer().startsWith("No — the articles say 20%."), "20% is a fifth: " + fifth.answer());
        Answer otherWhole = ask("Is the first tranche nearly a third of Amazon's investment?");
        assertFalse(otherWhole.answer().startsWith("No"), "the one-third is of OpenAI's shares, not of Amazon's money: " + otherWhole.answer());
        Answer then = ask("Does Microsoft hold nearly one-third of OpenAI, as it did in January 2023?");
        assertFalse(then.answer().startsWith("Yes"), "beside a year a share may be of another time: " + then.answer());
    }

    @Test
    void aCorrectionIsTheFigureInTheClaimsOwnPartOfTheSentence() {
        Answer a = ask("Since Amazon's first tranche was $20 billion, when does the rest of its money arrive?");
        assertTrue(a.answer().startsWith("Not $20 billion — the articles say $15 billion."), a.answer());
        Answer verb = ask("Did Microsoft invest $12 billion based on the January 2023 valuation?");
        assertTrue(verb.answer().startsWith("No — the articles say $10 billion."), "invested, not the valuation: " + verb.answer());
    }

    @Test
    void aYesNoFigureTheArticlesStateOfAnotherPartOfTheEventIsNotConfirmed() {
        Answer part = ask("Did Amazon announce a $15 billion investment?");
        assertTrue(part.answer().startsWith("No — the articles say $50 billion."), "the $15 billion is the first tranche: " + part.answer());
        Answer whole = ask("Did $50 billion arrive immediately from Amazon?");
        assertTrue(whole.answer().startsWith("No — the articles say $15 billion."), whole.answer());
        assertTrue(ask("Did Amazon announce a $50 billion investment?").answer().startsWith("Yes."));
    }

    @Test
    void theRestOfACorrectedQuestionIsAnsweredOnlyWithASentenceAboutWhatItAsks() {
        Answer a = ask("Given that Microsoft's share of revenue rose to 25%, until when does it hold its license?");
        assertTrue(a.answer().startsWith("Not 25% — the articles say 20%."), a.answer());
        assertFalse(a.answer().contains("until 2030"), "the revenue share's end is not the licence's: " + a.answer());
        Answer licence = ask("Given the revenue share ends in 2032, until when does Microsoft hold its license?");
        assertTrue(licence.answer().startsWith("Not 2032 — the articles say 2030.") && licence.answer().contains("valid until 2032"), licence.answer());
        Answer stated = ask("That 20% slice Microsoft retains from OpenAI — who gives the number?");
        assertFalse(stated.answer().startsWith("Not 20%"), "a figure taken as given that the evidence states is right: " + stated.answer());
        Answer dash = ask("Suleyman wants Microsoft's in-house models at the cutting edge by 2031 — in which modalities?");
        assertTrue(dash.answer().startsWith("Not 2031 — the articles say 2027."), dash.answer());
    }

    @Test
    void aRoleNoOneHoldsIsCorrectedWithThePersonTheQuestionIsAbout() {
        Answer a = ask("What did Google's CEO post about Bedrock?");
        assertTrue(a.answer().startsWith("Not Google's CEO — the articles name Andy Jassy, Amazon CEO. [1]"), a.answer());
        assertFalse(ask("Who is OpenAI's CEO and what did he say about the new agreement?").answer().startsWith("Not"));
        Answer other = ask("What did OpenAI's CEO say about AWS demand?");
        assertFalse(other.answer().startsWith("Not"), "the words point to OpenAI's revenue chief, not another CEO: " + other.answer());
    }

    @Test
    void whatIsLeftOfAStatedSumIsImpliedAndAGuessAtItIsChecked() {
        Answer when = ask("When does the remaining $35 billion of Amazon's investment arrive?");
        assertFalse(when.answer().contains("Not $35"), when.answer());
        assertFalse(when.answered(), "the articles give no date: " + when.answer());
        Answer stated = ask("Amazon's $50 billion investment leaves $35 billion after the first tranche. When does the rest arrive?");
        assertFalse(stated.answer().contains("Not $35"), stated.answer());
        Answer guess = ask("How much of Amazon's money was still to come after the first tranche — $40 billion?");
        assertTrue(guess.answer().startsWith("Not $40 billion — that leaves $35 billion: $50 billion [1] less $15 billion [1]."), guess.answer());
    }

    @Test
    void aYearIsAnsweredOnlyBySentencesWhereItStandsTheSameWay() {
        Answer a = ask("How much did Microsoft invest in OpenAI in 2019 alone?");
        assertFalse(a.answer().contains("$13 billion"), "a total since 2019 is no 2019 round: " + a.answer());
        Answer after = ask("Does the licence get extended once 2032 runs out?");
        assertFalse(after.answered() && after.answer().startsWith("Yes"), after.answer());
    }

    @Test
    void aDeadlineTakenAsGivenIsCorrectedByTheDeadlineTheArticlesGive() {
        Answer a = ask("Given that Microsoft AI aims to reach the cutting edge by 2029, how far behind OpenAI is it?");
        assertTrue(a.answer().startsWith("Not 2029 — the articles say 2027."), a.answer());
        for (String asked : List.of("How much will OpenAI have paid Microsoft by 2031?", "What stake will Microsoft hold in OpenAI by 2029?")) {
            Answer horizon = ask(asked);
            assertFalse(horizon.answer().startsWith("Not 20"), "a deadline asked about is no claim: " + horizon.answer());
        }
    }

    @Test
    void wordsQuotedAsOnePersonsThatTheArticlesGiveAnotherAreAttributedToThem() {
        Answer a = ask("Why did Mustafa Suleyman say the previous model 'limited our ability to serve customers where they are'?");
        assertTrue(a.answer().startsWith("The articles attribute these words to Denise Dresser, not Mustafa Suleyman. [1]"), a.answer());
        Answer own = ask("Why did Denise Dresser say the previous model 'limited our ability to serve customers where they are'?");
        assertFalse(own.answer().contains("attribute"), own.answer());
    }

    @Test
    void aWhyAnswerQuotesTheReasonThatFollowsItsSentence() {
        Answer a = ask("Why did the Amazon deal put OpenAI at risk of being sued by Microsoft?");
        assertTrue(a.answer().contains("exclusive rights"), a.answer());
        Answer b = ask("Why has OpenAI been signing infrastructure deals with AWS and others?");
        assertTrue(b.answer().contains("computing power"), b.answer());
        Answer c = ask("Why is Microsoft suddenly free to pursue its own frontier AI models?");
        assertTrue(c.answer().contains("lifts this restriction"), "free to is allowed to: " + c.answer());
    }

    @Test
    void aConfirmedFigureThatAnotherArticleGivesOnlyAsABoundIsQuotedWithIt() {
        Answer a = ask("Is Amazon putting a full $50 billion into OpenAI?");
        assertTrue(a.answer().startsWith("Yes."), a.answer());
        assertTrue(a.answer().contains("up to $50 billion"), "one article gives it as a ceiling: " + a.answer());
        Answer hedged = ask("Has Microsoft invested $13 billion in OpenAI?");
        assertFalse(hedged.answer().contains("only as a bound"), "the confirming quote says 'over' itself: " + hedged.answer());
    }

    @Test
    void aStatedFigureTiedToTheWrongNameIsCorrectedOnlyByAFigureInItsPlace() {
        Answer misplaced = ask("How much of Microsoft's $13B+ was cash versus Azure compute credits?");
        assertFalse(misplaced.answer().contains("Not $13"), "the $135 billion stake value is no correction: " + misplaced.answer());
        Answer swapped = ask("Did Amazon invest $50 billion with $20 billion arriving immediately?");
        assertTrue(swapped.answer().startsWith("No — the articles say $15 billion."), "the figure in doubt is the one no article states: " + swapped.answer());
        Answer owner = ask("After Amazon's $13 billion investment, which chips did OpenAI agree to use?");
        assertTrue(owner.answer().startsWith("Not $13 billion — the articles say $50 billion."), owner.answer());
    }

    @Test
    void aPercentageOfRevenueIsNotAStake() {
        Answer a = ask("What percentage of its revenue did Microsoft hand OpenAI before that stopped?");
        assertFalse(a.answer().contains("27"), a.answer());
        Answer sales = ask("What percent of its sales does OpenAI share with Microsoft?");
        assertTrue(sales.answer().contains("20%"), "sales are revenue: " + sales.answer());
    }

    @Test
    void aYesNoFigureIsNeitherConfirmedNorCorrectedByASumOfAnotherThing() {
        for (String q : java.util.List.of("Is the cap $135 billion?", "Is the revenue share capped at $50 billion?")) {
            Answer a = BOT.bot().asker().ask(q, null);
            assertFalse(a.answered(), q + " -> " + a.answer()); // no article gives the cap's size
        }
        Answer total = BOT.bot().asker().ask("Did Amazon invest $15 billion in total?", null);
        assertTrue(total.answer().startsWith("No — the articles say $50 billion."), total.answer());
        Answer round = BOT.bot().asker().ask("Did Microsoft invest $12 billion in January 2023?", null);
        assertTrue(round.answer().startsWith("No — the articles say $10 billion."), round.answer());
        Answer raised = BOT.bot().asker().ask("Why did Microsoft get its revenue share raised to 30 percent in the new deal?", null);
        assertTrue(raised.answer().startsWith("Not 30 percent — the articles say 20%."), raised.answer());
    }

    @Test
    void aYearOfAnotherThingOrRoleIsNoVerdict() {
        Answer capped = BOT.bot().asker().ask("Is the revenue share capped at 2032?", null);
        assertFalse(capped.answer().startsWith("Yes"), "2032 is the licence's end, quoted before the revenue share's sentence: " + capped.answer());
        Answer deed = BOT.bot().asker().ask("Did Microsoft get half of OpenAI's shares in 2023?", null);
        assertFalse(deed.answer().contains("2030"), "a year dating a deed is no term an end corrects: " + deed.answer());
    }

    @Test
    void aShareInWordsOfAGivenSumIsCheckedAgainstThePartTheArticlesGive() {
        Answer half = ask("Did Amazon invest half of its $50 billion up front?");
        assertTrue(half.answer().startsWith("No — that is 30% of it: $15 billion [1] of $50 billion [1]."), half.answer());
        Answer most = ask("Did most of Amazon's $50 billion arrive right away?");
        assertTrue(most.answer().startsWith("No — that is 30% of it"), most.answer());
        Answer third = ask("Was a third of the $50 billion paid immediately?");
        assertTrue(third.answer().startsWith("Roughly — that is 30% of it"), third.answer());
        Answer sum = ask("Did Amazon invest $50 billion?");
        assertTrue(sum.answer().startsWith("Yes."), "the sum itself still holds: " + sum.answer());
    }

    @Test
    void aFigureTakenAsGivenOfTheClausesSubjectIsNotConfirmedByAnotherPartysFigure() {
        Answer a = ask("Since Microsoft invested $50 billion in OpenAI, what stake does it hold?");
        assertTrue(a.answer().startsWith("Not $50 billion — the articles say over $13 billion."), "the $50 billion is Amazon's: " + a.answer());
        assertTrue(a.answer().contains("approximately 27%"), "and the question is answered: " + a.answer());
        Answer own = ask("That 20% cut Microsoft keeps — who gives it?");
        assertFalse(own.answer().startsWith("Not"), "a figure stated of the clause's party stands: " + own.answer());
    }

    @Test
    void aFigureAStatementDatesIsNotCorrectedByTheTotalQuotedBeforeTheSentenceOfThatDate() {
        Answer a = ask("In 2023 Microsoft invested $15 billion. What valuation was that round based on?");
        assertFalse(a.answer().startsWith("Not $15 billion — the articles say $13 billion"), "$13 billion is the total since 2019: " + a.answer());
    }

    @Test
    void aCorrectionSaysTheArticlesFigureWithTheWordsThatBoundIt() {
        Answer a = ask("Has Microsoft invested $20 billion in OpenAI since 2019?");
        assertTrue(a.answer().startsWith("No — the articles say over $13 billion."), "the articles give a floor, not a sum: " + a.answer());
        Answer exact = ask("Did Amazon invest $40 billion?");
        assertTrue(exact.answer().startsWith("No — the articles say $50 billion."), exact.answer());
    }

    @Test
    void aClaimWhoseFigureHoldsButWhoseWordTheArticlesDenyIsAnsweredNo() {
        Answer a = ask("Microsoft's license is exclusive until 2032, correct?");
        assertTrue(a.answer().startsWith("No — the articles say “non-exclusive”."), a.answer());
        assertTrue(a.answer().contains("2032"), a.answer());
        Answer b = ask("Is Microsoft's license non-exclusive until 2032?");
        assertTrue(b.answer().startsWith("Yes."), b.answer());
    }

    @Test
    void aFigureThatHoldsDoesNotConfirmAClaimWithAWordNoArticleUses() {
        for (String q : List.of("Did Microsoft invest $13 billion in OpenAI's charity?")) {
            Answer a = ask(q);
            assertFalse(a.answer().startsWith("Yes"), q + " -> " + a.answer());
            assertFalse(a.answer().startsWith("No"), q + " -> " + a.answer());
        }
        Answer nonprofit = ask("Is Microsoft's stake in OpenAI 27% of the nonprofit?");
        assertTrue(nonprofit.answer().startsWith("No — the articles say “") && nonprofit.answer().contains("for-profit”"), nonprofit.answer());
        Answer framed = ask("Is it true that Microsoft owns about 27% of OpenAI?");
        assertTrue(framed.answer().startsWith("Yes."), "words that frame the claim are not the claim's: " + framed.answer());
    }

    @Test
    void aThresholdAskedOfAFigureIsDecidedByTheRangeTheArticlesGiveIt() {
        Answer over = ask("Did Microsoft invest more than $13 billion since 2019?");
        assertTrue(over.answer().startsWith("Yes — the articles say over $13 billion."), over.answer());
        Answer above = ask("Is Microsoft's stake above 20%?");
        assertTrue(above.answer().startsWith("Yes — the articles say approximately 27%."), above.answer());
        Answer under = ask("Is Microsoft's stake in OpenAI over 30%?");
        assertTrue(under.answer().startsWith("No — the articles say approximately 27%."), under.answer());
        Answer open = ask("Has Microsoft invested more than $15 billion in OpenAI?");
        assertTrue(open.answer().startsWith("The articles say only over $13 billion"), open.answer());
        Answer literal = ask("Is $15 billion more than Microsoft's total investment?");
        assertTrue(literal.answer().startsWith("The articles don't tell"), literal.answer());
    }

    @Test
    void aClaimWithItsPartiesTheWrongWayRoundIsToldSo() {
        for (String q : List.of("Did OpenAI invest $13 billion in Microsoft?", "I read that Microsoft pays OpenAI 20%. Is that right?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the other way round:"), q + " -> " + a.answer());
        }
        assertTrue(ask("Does OpenAI pay Microsoft 20%?").answer().startsWith("Yes."));
        assertTrue(ask("Does OpenAI get a non-exclusive license to Microsoft's IP until 2032?").answer().startsWith("No — the other way round:"));
        assertTrue(ask("Does Microsoft get a license to OpenAI's IP until 2032?").answer().startsWith("Yes."));
    }

    @Test
    void aChangeClaimedFromAFigureTheArticlesKeepIsDenied() {
        Answer down = ask("did the revenue share go down from 20%?");
        assertTrue(down.answer().startsWith("No — the articles say “unchanged”."), down.answer());
        assertTrue(ask("Did the book value rise to $228.3 billion?").answer().startsWith("Yes."), "a change the articles state");
    }

    @Test
    void aThingClaimedTiedToAnotherThatTheArticlesSayIsIndependentOfItIsDenied() {
        Answer linked = ask("Is the revenue share now linked to AGI?");
        assertTrue(linked.answer().startsWith("No — the articles say “independent”."), linked.answer());
    }

    @Test
    void aClaimIsReversedOnlyByAClauseAboutItsOwnThing() {
        Answer pays = ask("OpenAI keeps paying Microsoft until 2032, doesn't it?");
        assertTrue(pays.answer().startsWith("No — the articles say 2030."), "the licence to 2032 is another thing: " + pays.answer());
    }

    @Test
    void aYearSupposedBeforeAStillQuestionWithAFigureDatesIt() {
        Answer later = ask("Suppose it's 2031. Is OpenAI still paying Microsoft 20%?");
        assertTrue(later.answer().startsWith("No — the articles say 2030."), later.answer());
        Answer within = ask("Is OpenAI still paying Microsoft 20% in 2028?");
        assertFalse(within.answer().startsWith("No"), "the term reaches 2028: no misstated end: " + within.answer());
    }

    @Test
    void aSupposedSumIsNeitherAClaimNorPaidAShareAfterTheShareEnds() {
        for (String q : List.of("if openai makes 40 billion what does microsoft get",
                "If OpenAI pulls in 8 billion dollars, what does Microsoft pocket from the deal?",
                "If OpenAI is worth $1 trillion, how much is Microsoft's stake worth?")) {
            assertFalse(ask(q).answer().startsWith("Not "), "the asker's sum is no claim to correct: " + q + " -> " + ask(q).answer());
        }
        Answer after = ask("If OpenAI brought in $25bn in 2031, how much would Microsoft get from the revenue share?");
        assertFalse(after.answer().contains("$5 billion"), "the share is paid until 2030: " + after.answer());
        assertTrue(ask("If OpenAI brought in $25bn in 2029, how much would Microsoft get from the revenue share?").answer()
                .startsWith("That is about $5 billion:"));
    }

    @Test
    void aStatementWithAQuestionTagIsCheckedAsItsClaim() {
        for (String q : List.of("OpenAI pays Microsoft 30%, doesn't it?", "The revision bumped Microsoft's cut of OpenAI revenue up to 25%, didn't it?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say 20%."), q + " -> " + a.answer());
        }
    }

    @Test
    void theWayRoundIsThatOfTheClauseStatingTheClaimedFigure() {
        // the year belongs to the clause about OpenAI's payments (whose payee is only "it"), not to Microsoft's investing
        Answer span = ask("Microsoft's been investing in OpenAI since 2019, and the revenue share OpenAI pays it runs until 2030. How many years is that span?");
        assertFalse(span.answer().contains("other way round"), span.answer());
        // "what happens to Microsoft's access": the name owns the access; it is not the one the access goes to
        Answer renewal = ask("What happens to Microsoft's access to OpenAI's models once the IP license expires in 2032 - is there a renewal option?");
        assertFalse(renewal.answer().contains("other way round"), renewal.answer());
    }

    @Test
    void aFigureClaimedOfTheWrongPartyInAMonthIsShownAsThePartyOfThatMonthsFigure() {
        Answer a = ask("Did Microsoft invest $50 billion in February?");
        assertTrue(a.answer().startsWith("No — the articles don't tie $50 billion to Microsoft."), a.answer());
        assertTrue(a.answer().contains("Amazon"), a.answer());
        Answer stated = ask("Microsoft invested $50 billion in February. What did OpenAI commit to?");
        assertFalse(stated.answer().contains("$10 billion"), "not corrected by another month's round: " + stated.answer());
    }

    @Test
    void aThresholdAskedOfNowIsNotDecidedByAFigureOfAnEarlierTime() {
        Answer a = ask("Is Microsoft's stake worth more than $200 billion?");
        assertFalse(a.answer().startsWith("No"), "$135 billion was its value in October: " + a.answer());
        Answer month = ask("Did Amazon announce its $50 billion investment in March?");
        assertTrue(month.answer().startsWith("No — the articles date it late February."), month.answer());
    }

    @Test
    void aClaimThatAStatedThingChangedOrIsNotSoIsAnsweredNoByTheQuoteThatSaysOtherwise() {
        assertTrue(ask("Did the 20% revenue share change?").answer().startsWith("No — the articles say “unchanged”."));
        assertTrue(ask("Is the 20% revenue share uncapped?").answer().startsWith("No — the articles say “subject to an overall cap”."));
    }

    @Test
    void aYearTheArticlesGiveOnlyAsAnotherThingsEndIsCorrected() {
        Answer a = ask("Why will OpenAI keep paying Microsoft until 2032?");
        assertTrue(a.answer().startsWith("Not 2032 — the articles say 2030."), a.answer());
        Answer b = ask("Why does Microsoft's license run until 2032?");
        assertFalse(b.answer().startsWith("Not"), "the licence's own end: " + b.answer());
        Answer past = ask("Was Microsoft's stake worth more than $200B?");
        assertFalse(past.answer().startsWith("No"), "the $135 billion held in October, which the question does not name: " + past.answer());
        Answer october = ask("Was Microsoft's stake worth less than $150B in October?");
        assertTrue(october.answer().startsWith("Yes — the articles say approximately $135 billion."), october.answer());
    }

    @Test
    void aContrastTheClaimDrawsIsNoDenialAndNearlyAFigureIsJustBelowIt() {
        assertTrue(ask("Does Microsoft hold 27% of OpenAI's for-profit arm, not the nonprofit?").answer().startsWith("Yes."));
        assertTrue(ask("Is the book value of Microsoft's investment more than $200 billion?").answer()
                .startsWith("Yes — the articles say nearly $228.3 billion."));
        assertTrue(ask("Is the book value of Microsoft's investment less than $228.3 billion?").answer().startsWith("Yes"));
        assertTrue(ask("Will Microsoft pay OpenAI a revenue share until 2030?").answer().startsWith("No — the other way round:"));
    }

    @Test
    void aYesNoQuestionWithoutAFigureThatTheArticlesPlainlyContradictIsAnsweredNo() {
        assertTrue(ask("Is Microsoft still barred from developing its own AI systems?").answer().startsWith("No. The previous agreement"));
        assertTrue(ask("Was the revenue share rate raised?").answer().startsWith("No. "), "its rate is unchanged");
        for (String changed : List.of("Did the revenue share change?", "Did the revenue share terms change?"))
            assertFalse(ask(changed).answer().startsWith("No"), "only its percentage is unchanged; a cap was added: " + changed);
        for (String removed : List.of("Has the AGI carve-out been scrapped?", "Was the AGI tripwire eliminated?"))
            assertFalse(ask(removed).answer().startsWith("No"), "'the arrangement will remain independent of ... AGI' is not about the clause: " + removed);
        assertTrue(ask("Has Microsoft stopped being OpenAI's primary cloud partner?").answer().startsWith("No. "));
        Answer cut = ask("Has the 20% share been cut?");
        assertTrue(cut.answer().startsWith("No — the articles say “unchanged”."), cut.answer());
        assertTrue(ask("Is Microsoft's cut still 20%?").answer().startsWith("Yes."), "'cut' is its share here, not a change");
        assertTrue(ask("Does OpenAI still pay Microsoft a revenue share?").answer().startsWith("OpenAI will continue"), "four articles say it does");
        for (String two : List.of("Can Microsoft now go off and build its own frontier AI systems, or is it still barred from that?",
                "Is there a ceiling on how much OpenAI has to hand over to Microsoft in revenue sharing, or is it open-ended?",
                "Was Microsoft previously barred from building rival AI systems, and is it still?"))
            assertFalse(ask(two).answer().startsWith("No"), "two questions in one get no single verdict: " + two);
    }

    @Test
    void aYesNoQuestionAboutThingsTheArticlesNeverSpeakOfIsDeclined() {
        assertFalse(ask("Did regulators approve the revised agreement?").answered());
        assertFalse(ask("Does the agreement allow OpenAI to go public?").answered());
        assertTrue(ask("Does the agreement allow OpenAI to serve customers on other clouds?").answered());
        assertTrue(ask("Was Microsoft's license revoked?").answered(), "a word of stopping is understood");
        assertTrue(ask("Is Microsoft a major stockholder in OpenAI?").answered(), "a stockholder is a shareholder");
    }

    @Test
    void aQuestionNamingWhatAClaimBeforeItChangedIsReadWithTheClaim() {
        Answer higher = ask("I read that Microsoft's cut of OpenAI revenue was bumped up to 25% in the new deal. When does the higher rate kick in?");
        assertTrue(higher.answer().startsWith("Not 25% — the articles say 20%."), higher.answer());
    }

    @Test
    void aYearNoArticleGivesForAnEventNoArticleDatesIsNoClaim() {
        Answer agi = ask("If OpenAI were to declare it had reached AGI in 2028, what would happen to its revenue share payments to Microsoft?");
        assertTrue(agi.answered() && agi.answer().contains("independent") && agi.answer().contains("2030"), agi.answer());
        Answer reached = ask("If OpenAI reached AGI in 2028, what would happen to its revenue share?");
        assertTrue(reached.answered() && reached.answer().contains("independent"), "AGI is no party; Suleyman's goal to reach 2027 dates no AGI: " + reached.answer());
        Answer were = ask("Were OpenAI to reach AGI in 2028, what would happen to the revenue share it pays Microsoft?");
        assertTrue(were.answered() && were.answer().contains("independent"), were.answer());
        for (String untied : java.util.List.of("If OpenAI were to reach AGI in 2028, would Amazon's investment change?",
                "Were OpenAI to reach AGI in 2029, what would happen to Microsoft's seat on OpenAI's board?"))
            assertFalse(ask(untied).answered(), "no passage ties AGI to what is asked: " + untied);
        Answer unknown = ask("If OpenAI goes public in 2027, what happens to Microsoft's stake?");
        assertFalse(unknown.answered(), "an event in words the articles never use: " + unknown.answer());
        Answer term = ask("If the revenue share ended in 2029, how much would Microsoft have collected?");
        assertTrue(!term.answered() || term.answer().contains("2030"), "a term's end is checked, never dropped: " + term.answer());
    }

    @Test
    void eachYesNoQuestionAskedAtAYearSetBeforeThemIsAnswered() {
        Answer both = ask("Hypothetically, in 2031, would OpenAI still be paying Microsoft a revenue share, and would Microsoft still hold its license to OpenAI's models that year?");
        assertTrue(both.answer().startsWith("No — the articles say 2030.") && both.answer().contains("Yes — until 2032."), both.answer());
    }

    @Test
    void aQuestionAfterASupposedYearIsAnsweredAtThatYear() {
        Answer agi = ask("Hypothetically, if OpenAI announced it had reached AGI in 2028, would Microsoft still be collecting its revenue share that year?");
        assertTrue(agi.answer().startsWith("Yes — the articles say until 2030."), agi.answer());
        Answer later = ask("If it were 2031, would Microsoft still hold a license to OpenAI's IP?");
        assertTrue(later.answer().startsWith("Yes — the articles say until 2032."), later.answer());
        for (String other : List.of("If OpenAI declares AGI in 2031, would Microsoft keep its license that year?",
                "If it were 2026, would OpenAI have to ship new products first on Azure that year?",
                "Imagine it's 2027 — are OpenAI products still shipping first on Azure?", "Does Amazon still pay OpenAI in 2027?"))
            assertFalse(ask(other).answer().startsWith("No"), "the year is no claim about the thing: " + other);
        for (String q : List.of("Will OpenAI stop paying Microsoft in 2028?",
                "Suppose OpenAI announces in 2028 that it has reached AGI. Would its revenue-share payments to Microsoft stop at that point?")) {
            Answer stop = ask(q);
            assertTrue(stop.answer().startsWith("No — the articles say 2030."), "a year a term is said to stop in is checked against its end: "
                    + q + " -> " + stop.answer());
        }
    }

    @Test
    void aWhyQuestionWhoseWordsTheArticlesDenyIsCorrected() {
        Answer uncapped = ask("Why is the revenue share uncapped now?");
        assertTrue(uncapped.answer().startsWith("The articles contradict what the question takes as given:"), uncapped.answer());
        assertTrue(uncapped.answer().contains("subject to"), uncapped.answer());
        assertTrue(ask("Why is Microsoft's license now exclusive?").answer().startsWith("The articles contradict what the question takes as given:"));
        for (String fine : List.of("Why does Microsoft still profit when OpenAI sells through AWS, even without exclusivity?",
                "Why does making Microsoft's licence non-exclusive matter for OpenAI's deal with Amazon?"))
            assertFalse(ask(fine).answer().startsWith("The articles contradict"), "what it takes as given is so: " + fine);
    }

    @Test
    void aSumWrittenInWordsAndANameInLowerCaseAreReadAsTheArticlesWriteThem() {
        Answer a = ask("google announced a 50 billion dollar investment in openai back in feb — how much of it came upfront?");
        assertTrue(a.answer().startsWith("The articles don't tie $50 billion to Google."), a.answer());
        assertTrue(a.answer().contains("$15 billion arriving immediately"), a.answer());
    }

    @Test
    void aMajorityClaimIsCheckedAsMoreThanHalf() {
        Answer majority = ask("Does Microsoft own a majority of OpenAI?");
        assertTrue(majority.answer().startsWith("No — the articles say approximately 27%."), majority.answer());
        assertTrue(ask("Is Microsoft's stake in OpenAI less than half?").answer().startsWith("Yes — the articles say approximately 27%."));
        assertTrue(ask("Was more than half of Amazon's $50 billion paid upfront?").answer().startsWith("No — that is 30% of it"));
        assertTrue(ask("Is Microsoft OpenAI's majority shareholder?").answer().startsWith("No — the articles say approximately 27%."));
        for (String fine : List.of("Is Microsoft's stake in OpenAI a minority stake?", "Was the deal announced by Microsoft alone?",
                "did amazon put money in openai??"))
            assertTrue(ask(fine).answered(), "words of amount or of who alone are no unknown thing: " + fine);
    }

    @Test
    void aSaidThingGivenToSomeoneTheArticlesNeverNameIsGivenToItsWriter() {
        Answer memo = ask("What did Sam Altman write in the leaked internal memo?");
        assertTrue(memo.answer().startsWith("The articles don't attribute this to Sam Altman. They say: Denise Dresser"), memo.answer());
        assertFalse(ask("What did Sam Altman say in his blog post?").answered(), "the blog posts the articles name are no one person's");
    }

    @Test
    void aStatementOfAFigureAskedByItsQuestionMarkIsCheckedLikeAYesNoQuestion() {
        Answer a = ask("so microsoft owns roughly a third of openai's for-profit arm these days?");
        assertTrue(a.answer().startsWith("No — the articles say approximately 27%."), a.answer());
    }

    @Test
    void aWrongYearDatingAnEventTakenAsGivenIsCorrectedByTheEventsDateNotByATermsEnd() {
        Answer a = ask("When Microsoft and OpenAI revised their partnership in April 2025, did they get rid of the AGI clause?");
        assertTrue(a.answer().startsWith("Not 2025 — the articles say 2026."), a.answer());
        Answer term = ask("When in 2025 did Microsoft and OpenAI announce the non-exclusive license?");
        assertFalse(term.answer().contains("the articles say 2032"), "the licence's end is no date of its announcement: " + term.answer());
    }

    @Test
    void aSumAnotherPartyGaveIsSaidToBeTheirsWithTheClaimedPartysOwnFigure() {
        Answer a = ask("I heard Microsoft just invested $50 billion in OpenAI, with $15bn paid up front. Is that right?");
        assertTrue(a.answer().startsWith("No — the articles don't tie $50 billion to Microsoft. In late February of this year, Amazon announced"), a.answer());
        assertTrue(a.answer().contains("Microsoft has invested over $13 billion"), a.answer());
        assertFalse(ask("Was Microsoft valued at $850 billion?").answer().contains("$135 billion"),
                "the value of what Microsoft holds is no valuation of Microsoft");
    }

    @Test
    void aDeedGivenToACompanyTheArticlesNeverNameIsSaidToBeAnothersWhenTheSentenceTellsItInTheQuestionsWords() {
        Answer a = ask("Why did OpenAI pick Oracle as exclusive third-party cloud distributor for Frontier?");
        assertTrue(a.answer().startsWith("The articles don't attribute this to Oracle. They say:"), a.answer());
        assertTrue(a.citations().get(0).quote().contains("OpenAI selected AWS as the exclusive third-party cloud distributor"), a.citations().toString());
        assertFalse(ask("What did Oracle say about the deal?").answered(), "a general view of a stranger is still declined");
    }

    @Test
    void aWordDenyingOneTheArticlesStateInASynonymIsCorrected() {
        Answer a = ask("A colleague claims the revenue share is now unlimited through 2030. Correct?");
        assertTrue(a.answer().startsWith("No — the articles say “subject to a cap”."), a.answer());
    }

    @Test
    void aPercentageLeftOfAWholeIsWorkedOutNotCorrectedByAnotherThingsPercentage() {
        assertFalse(ask("Who holds the remaining ~73% of OpenAI's for-profit entity?").answer().startsWith("Not 73%"));
    }

    @Test
    void aFigureWrittenShorterOrHeldNowIsNotCorrectedByTheThingsEarlierFigure() {
        Answer a = ask("Is Microsoft's stake worth $228 billion?");
        assertTrue(a.answer().startsWith("Roughly — the articles say $228.3 billion."), a.answer());
        assertTrue(ask("Microsoft has invested roughly $10 billion in OpenAI in total since 2019, hasn't it?").answer()
                .startsWith("No — the articles say over $13 billion."), "a total is not one round's figure");
        Answer which = ask("Which publication says Microsoft's stake is worth $228bn?");
        assertTrue(which.answer().startsWith("Reported in: Wedoany"), which.answer());
        assertFalse(which.answer().contains("Not $228bn"), which.answer());
    }

    @Test
    void aStrangerNamedForAPartyByAnotherWordIsNotSaidToBeAnotherDoer() {
        assertFalse(ask("If Redmond put $10B into OpenAI in the January 2023 round, roughly how much of its total since 2019 came from other rounds?")
                .answer().startsWith("The articles don't attribute"));
        Answer owner = ask("What did Oracle's CEO post on social media about Bedrock?");
        assertTrue(owner.answer().startsWith("The articles don't attribute this to Oracle. They say:"), owner.answer());
    }

    @Test
    void aDetailTheArticlesLeaveOutIsNotAnsweredWithTheSentenceBesideIt() {
        for (String q : List.of("On what date in October was the recapitalization completed?",
                "How much revenue share has OpenAI paid Microsoft cumulatively to date?",
                "What was the previous agreement's expiry date before this revision?",
                "How is AGI defined for the purposes of the old clause?"))
            assertFalse(ask(q).answered(), q + " -> " + ask(q).answer());
        assertTrue(ask("How big a gain from OpenAI did Microsoft book in the prior quarter?").answer().contains("$7.5 billion"),
                "an earlier time is no earlier state of the deal");
        assertTrue(ask("What happened to the AGI clause from the old contract?").answer().contains("has been completely removed"));
        assertTrue(ask("Why was OpenAI's deal with Amazon a headache under the old Microsoft terms?").answered());
    }

    @Test
    void eachQuestionAskedAtASupposedYearIsAnsweredWithItsOwnEnd() {
        Answer a = ask("Say it's 2031. Is OpenAI still sending Microsoft a revenue share, and does Microsoft still hold its license to OpenAI's models?");
        assertTrue(a.answer().startsWith("No — the articles say 2030."), a.answer());
        assertTrue(a.answer().contains("Yes — until 2032."), "the licence runs past 2031: " + a.answer());
        Answer later = ask("Say it's 2033. Does Microsoft still hold the license, and is the revenue share still running?");
        assertTrue(later.answer().startsWith("No — the articles say 2032.") && later.answer().contains("No — until 2030."), later.answer());
    }

    @Test
    void aYearTheArticlesGiveOnlyAsAGoalConfirmsNothingDone() {
        Answer a = ask("Did Microsoft reach frontier-level models in 2027?");
        assertTrue(a.answer().startsWith("The articles give 2027 only as a goal, not as done:"), a.answer());
        assertFalse(ask("Will Microsoft's own models be cutting-edge by 2027?").answer().startsWith("Yes"));
    }

    @Test
    void aPartysWorthIsNotCorrectedByTheWorthOfWhatAnotherPartyHolds() {
        assertTrue(ask("OpenAI is valued at about $850bn?").answer().startsWith("Yes."));
        Answer wrong = ask("OpenAI is valued at about $900bn?");
        assertTrue(wrong.answer().startsWith("No — the articles say $850 billion."), wrong.answer());
        assertTrue(ask("Is the meaning of 'first' clear?").answered(), "a yes/no question asks no definition");
        assertTrue(ask("Did OpenAI commit to using Amazon's Trainium chips?").answer().contains("Trainium"));
    }

    @Test
    void aHedgedFigureHoldsOfOneWithinAHairAndIsNotCorrectedByTheThingsEarlierFigure() {
        Answer a = ask("Microsoft's stake is valued around $230 billion, right?");
        assertTrue(a.answer().startsWith("Roughly — the articles say $228.3 billion."), a.answer());
        assertTrue(ask("Microsoft's stake is valued around $300 billion, right?").answer().startsWith("No"));
    }

    @Test
    void aSupposedYearSetOffByAColonOrADashIsTheTimeAsked() {
        Answer a = ask("Imagine it's 2029: is the revenue share still being paid and at what rate?");
        assertTrue(a.answer().startsWith("Yes — the articles say until 2030."), a.answer());
        Answer dash = ask("Pretend it's 2031 - can Microsoft still use OpenAI models?");
        assertTrue(dash.answer().startsWith("Yes — the articles say until 2032."), dash.answer());
    }

    @Test
    void aFigureAnotherPartyActsOnIsNotTiedToTheClaimedPartyBecauseTheSentenceNamesIt() {
        Answer a = ask("Amazon owns 27% of OpenAI?");
        assertTrue(a.answer().startsWith("No — the articles don't tie 27% to Amazon. Despite"), a.answer());
        assertTrue(ask("Was OpenAI valued at $850 billion?").answer().startsWith("Yes."), "a possessive owner is no other actor");
    }

    @Test
    void aPartysNameAndAVerbBeforeAClauseMakeASentenceNotAHeadline() {
        Answer a = ask("Microsoft wants frontier-level models by 2028?");
        assertTrue(a.answer().startsWith("No — the articles say 2027."), a.answer());
    }

    @Test
    void aWrongEndYearInAClauseTakenAsGivenIsCorrectedByTheTermsEnd() {
        Answer given = ask("Now that Microsoft's exclusive license to OpenAI IP has been extended to 2035, can other clouds resell OpenAI models at all?");
        assertTrue(given.answer().startsWith("Not 2035 — the articles say 2032."), given.answer());
        Answer since = ask("Since the license now expires in 2030, what happens to Microsoft's access to OpenAI models afterwards?");
        assertTrue(since.answer().startsWith("Not 2030 — the articles say 2032."), "the clause's opener is no word of its claim: " + since.answer());
        Answer why = ask("Why will OpenAI stop paying Microsoft in 2028?");
        assertTrue(why.answer().startsWith("Not 2028 — the articles say 2030."), why.answer());
    }

    @Test
    void aWhyQuestionAboutAChangeIntoAStateTheArticlesNegateIsCorrected() {
        Answer a = ask("Why did Microsoft's license become exclusive?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given:") && a.answer().contains("non-exclusive"), a.answer());
    }

    @Test
    void moneyPouredIntoACompanyIsAnInvestment() {
        Answer a = ask("Now that Amazon has poured $100 billion into OpenAI, does AWS get new OpenAI products before Azure?");
        assertTrue(a.answer().startsWith("Not $100 billion — the articles say $50 billion."), a.answer());
    }

    @Test
    void aStateAskedOfALaterYearWithNoEndInTheArticlesIsAnsweredAsTheyStateItNow() {
        Answer cloud = ask("In 2029 could OpenAI sell its products on Google Cloud?");
        assertTrue(cloud.answer().startsWith("The articles give no later change to this; they say:") && cloud.answer().contains("Google Cloud"), cloud.answer());
        Answer paying = ask("Does Microsoft pay OpenAI anything under a revenue share in 2027?");
        assertTrue(paying.answer().contains("no longer pay"), paying.answer());
        assertFalse(ask("Will OpenAI go public in 2029?").answered(), "a deed the year dates is no state");
        Answer ended = ask("Imagine it's mid-2030. Is Microsoft still the primary cloud partner and is the revenue share still in effect?");
        assertFalse(ended.answer().startsWith("The articles give no later change"), "a sentence giving an end is no open-ended answer: " + ended.answer());
        assertFalse(ask("Can Microsoft still access OpenAI IP after 2032?").answer().startsWith("The articles give no later change"),
                "after a year asks past an end the asker knows of");
        assertFalse(ask("will openai still be restricted to azure in 2027?").answer().startsWith("The articles give no later change"),
                "a sentence that does not tell the state in the question's words (a phrase synonym's word aside) is no answer: " + ask("will openai still be restricted to azure in 2027?").answer());
    }

    @Test
    void aClauseRightlyTakenAsGivenIsNeitherCorrectedNorRequiredOfTheAnswer() {
        Answer since = ask("Since the license is non-exclusive until 2032, can OpenAI license its models to Amazon too?");
        assertFalse(since.answer().startsWith("Not 2032"), since.answer());
        Answer given = ask("Given that Microsoft has invested more than $13 billion since 2019, what stake does it hold now?");
        assertTrue(given.answer().contains("27%"), "what is asked besides the clause: " + given.answer());
        assertFalse(ask("What happens to Microsoft's access to OpenAI's models once the IP license expires in 2032 - is there a renewal option, and on what terms?")
                .answered(), "what is asked besides the clause uses a word the articles never use");
    }

    @Test
    void aYearAskedOfADeedStillToComeIsNotSaidToBeAnotherPartys() {
        Answer a = ask("Will OpenAI models be on AWS Bedrock in 2027?");
        assertFalse(a.answer().startsWith("No"), "the articles tie no future year to it: " + a.answer());
        assertTrue(ask("Did Amazon invest in OpenAI in 2027?").answer().startsWith("No — the articles don't tie 2027 to Amazon."), "a past deed is still checked");
    }

    @Test
    void anEndAskedIsNotToldByTheDateOfAnEvent() {
        Answer a = ask("Will the partnership end in 2026?");
        assertFalse(a.answer().startsWith("Yes"), "'announced on April 27, 2026' ends nothing: " + a.answer());
        assertFalse(ask("Will the partnership end in 2032?").answer().startsWith("No — the articles say 2026"));
    }

    @Test
    void aHoldingIsNotCorrectedByTheRevenueShareNorByTheDayOfADate() {
        Answer a = ask("Will Microsoft still own 27% of OpenAI in 2030?");
        assertFalse(a.answer().contains("the articles say 20%"), "a revenue share is no shareholding: " + a.answer());
        assertFalse(a.answer().contains("the articles say 2026"), "the day of April 27 is no 27%: " + a.answer());
    }

    @Test
    void aTotalClaimedIsCheckedAgainstTheTotalNotAPartOfIt() {
        assertTrue(ask("Did Microsoft invest $10 billion in total?").answer().startsWith("No — the articles say over $13 billion"));
        assertTrue(ask("Did Microsoft invest $13 billion in total?").answer().startsWith("Yes"), "the total holds beside the round's part");
        assertTrue(ask("Did Amazon invest only $15B in total?").answer().startsWith("No — the articles say $50 billion"));
        assertTrue(ask("Is Amazon's total investment $15 billion?").answer().startsWith("No — the articles say $50 billion"));
        assertTrue(ask("Did Microsoft invest $10 billion in January 2023?").answer().startsWith("Yes"), "a round's figure, asked as such");
        assertTrue(ask("Did Microsoft put a combined $23 billion into OpenAI?").answer().startsWith("No — the articles say over $13 billion"),
                "a wrong total is corrected by the total, not a round");
        assertTrue(ask("Did Microsoft invest only $13 billion in OpenAI?").answer().startsWith("No — the articles say over $13 billion"),
                "'only' allows no more than the figure");
    }

    @Test
    void aYearAskedWithAVerbOfLastingIsWithinTheTermOrPastIt() {
        assertTrue(ask("Will Microsoft hold a license to OpenAI's models in 2031?").answer().startsWith("Yes — the articles say until 2032"));
        assertTrue(ask("Will Microsoft hold a license to OpenAI's models in 2033?").answer().startsWith("No — the articles say 2032"));
        assertTrue(ask("Will the license expire in 2031?").answer().startsWith("No — the articles say 2032"), "an end asked is no lasting");
    }

    @Test
    void aFigureOfAThingNoArticleSizesIsNotCorrectedByAnotherThingsFigure() {
        for (String q : List.of("Is the total cap on the revenue share $20 billion?", "Since the cap was set at $100 billion, when will it be reached?")) {
            Answer a = ask(q);
            assertFalse(a.answer().contains("the articles say"), "no article sizes the cap: " + q + " -> " + a.answer());
        }
    }

    @Test
    void aSumPutIntoAPartyInTheAskersOwnVerbIsCheckedAsAnInvestment() {
        Answer a = BOT.bot().asker().ask("Did Amazon sink $40 billion into OpenAI?", null);
        assertTrue(a.answer().startsWith("No — the articles say $50 billion."), a.answer());
        Answer dropped = BOT.bot().asker().ask("Microsoft dropped $13B into OpenAI in the January 2023 round, yeah?", null);
        assertTrue(dropped.answered() && dropped.answer().contains("$10 billion"), dropped.answer());
    }

    @Test
    void aPlaceGivenFirstThatTheArticlesGiveAnotherIsCorrected() {
        Answer why = BOT.bot().asker().ask("Why will OpenAI products ship first on Google Cloud?", null);
        assertTrue(why.answer().startsWith("Not first on Google Cloud — the articles say first on Azure."), why.answer());
        Answer yesNo = BOT.bot().asker().ask("Does the new deal say OpenAI products go first to AWS?", null);
        assertTrue(yesNo.answer().startsWith("No — the articles say first on Azure."), yesNo.answer());
        Answer right = BOT.bot().asker().ask("Will OpenAI products ship first on Azure?", null);
        assertTrue(right.answered() && !right.answer().startsWith("No") && !right.answer().startsWith("Not"), right.answer());
    }

    @Test
    void aWordOfAnOppositePairTakenAsGivenIsCorrected() {
        Answer loss = BOT.bot().asker().ask("Why did Microsoft report a $7.5 billion loss on OpenAI last quarter?", null);
        assertTrue(loss.answer().startsWith("Not “loss” — the articles say “gain”."), loss.answer());
        Answer secondary = BOT.bot().asker().ask("Why did Microsoft become OpenAI's secondary cloud provider?", null);
        assertTrue(secondary.answer().startsWith("Not “secondary” — the articles say “primary”."), secondary.answer());
        Answer right = BOT.bot().asker().ask("Did Microsoft book a gain on OpenAI last quarter?", null);
        assertTrue(right.answered() && !right.answer().startsWith("No"), right.answer());
    }

    @Test
    void aClaimedRateOfAThingAnotherPartyOwnsIsCorrectedByThatThingsRate() {
        Answer a = ask("Why did Microsoft raise OpenAI's revenue share to 25%?");
        assertTrue(a.answer().startsWith("Not 25% — the articles say 20%."), a.answer());
    }

    @Test
    void aDeedDoneOverATermAskedAtALaterYearIsCheckedAgainstTheTermsEnd() {
        assertTrue(ask("Will OpenAI pay Microsoft a revenue share in 2031?").answer().startsWith("No — the articles say 2030."));
        assertTrue(ask("Will Microsoft receive a revenue share in 2029?").answer().startsWith("Yes — the articles say until 2030."));
        assertFalse(ask("Did OpenAI pay Microsoft in 2019?").answer().startsWith("Yes"), "a term's end says nothing of when it began");
    }

    @Test
    void aWhatIfQuestionBeforeAnotherSetsTheYearOfEachQuestionAfterIt() {
        Answer a = ask("What if it's 2030? Are revenue share payments still made, and is the license still valid?");
        assertTrue(a.answer().startsWith("Yes — the articles say until 2030.") && a.answer().contains("Yes — until 2032."), a.answer());
    }

    @Test
    void aStateTheSentenceNegatesIsNoEvenWhileTheTermRunsOn() {
        Answer a = ask("What if it's 2030? Is Microsoft's license still exclusive?");
        assertTrue(a.answer().startsWith("No — the articles say “non-exclusive” (until 2032)."), a.answer());
        assertTrue(ask("Is Microsoft's license still valid in 2030?").answer().startsWith("Yes — the articles say until 2032."));
    }

    @Test
    void aYearClaimedOfAThingIsNotAnsweredByTheDateOfASentenceAboutAnother() {
        Answer a = ask("Will Microsoft have a license to OpenAI IP in 2033?");
        assertFalse(a.answer().contains("the articles say 2026"), "the announcement's date is no end of the license: " + a.answer());
        Answer dated = ask("Was the deal announced in 2025?");
        assertTrue(dated.answer().startsWith("No — the articles say 2026."), "a date of the thing asked still corrects: " + dated.answer());
    }

    @Test
    void aDeedRecurringOverATermAskedAtALaterYearIsToldTheTermsEndWhateverVerbOfGettingAsksIt() {
        for (String q : List.of("Will Microsoft get any revenue share from OpenAI in 2031?", "Does Microsoft receive revenue share payments in 2031?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No — the articles say 2030."), q + " → " + a.answer());
        }
        Answer within = ask("Does Microsoft get a revenue share in 2029?");
        assertTrue(within.answer().startsWith("Yes — the articles say until 2030."), within.answer());
    }

    @Test
    void aTermReachingTheYearAskedIsNoYesWhenTheSentenceNegatesOrKeepsWhatTheQuestionAsksOfIt() {
        Answer exclusive = ask("Will Microsoft get exclusive access to OpenAI's IP in 2031?");
        assertTrue(exclusive.answer().startsWith("No — the articles say “non-exclusive” (until 2032)."), exclusive.answer());
        Answer bigger = ask("Will Microsoft get a bigger revenue share in 2029?");
        assertTrue(bigger.answer().startsWith("No — the articles say “unchanged” (until 2030)."), bigger.answer());
        Answer plain = ask("Will Microsoft still hold a license in 2031?");
        assertTrue(plain.answer().startsWith("Yes — the articles say until 2032."), plain.answer());
    }

    @Test
    void aStateAskedAsGoingOnIsDeniedByASentenceThatLiftsWhatItsQuoteSaysBefore() {
        for (String q : List.of("Is Microsoft still barred from building competing AI?", "Is Microsoft still restricted from building competing AI?")) {
            Answer a = ask(q);
            assertTrue(a.answer().startsWith("No.") && a.answer().contains("lifts this restriction"), q + " → " + a.answer());
        }
        Answer kept = ask("Does Microsoft still hold a license to OpenAI's models?");
        assertFalse(kept.answer().startsWith("No"), kept.answer());
    }

    @Test
    void aFigureThatHoldsInAnotherPlaceInOrderIsDenied() {
        Answer a = ask("Did Amazon's $15 billion arrive in the second tranche?");
        assertTrue(a.answer().startsWith("No — the articles say “first tranche”."), a.answer());
        Answer right = ask("Did Amazon's $15 billion arrive in the first tranche?");
        assertTrue(right.answer().startsWith("Yes."), right.answer());
    }

    @Test
    void aStateACausativeVerbPutsAThingIntoIsCorrectedByItsNonForm() {
        Answer a = ask("Since the April 2026 amendment made Microsoft's licence to OpenAI's intellectual property exclusive through 2032, how would OpenAI reconcile that exclusivity with its Amazon deal?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given:") && a.answer().contains("non-exclusive"), a.answer());
    }

    @Test
    void aSupposedYearSetApartOrBeforeAPhrasalVerbOfStoppingIsTheTimeAsked() {
        Answer apart = ask("Assume, purely hypothetically, that OpenAI declared in 2028 that it had reached AGI: would its revenue-share payments to Microsoft stop at that moment or carry on?");
        assertTrue(apart.answered() && apart.answer().contains("2030"), apart.answer());
        Answer dry = ask("Hypothetically, say OpenAI announces it's hit AGI in 2028. Does Microsoft's revenue share dry up at that point?");
        assertTrue(dry.answered() && dry.answer().contains("2030"), dry.answer());
        Answer had = ask("If OpenAI releases a new model in 2031, does Microsoft have a license to it?");
        assertTrue(had.answer().startsWith("Yes — the articles say until 2032"), had.answer());
        Answer after = ask("If OpenAI ships a product in 2033, does Microsoft have a license to it?");
        assertTrue(after.answer().startsWith("No — the articles say 2032"), after.answer());
        Answer past = ask("Did Microsoft have an exclusive license in 2024?");
        assertFalse(past.answer().startsWith("Yes"), "a past state is not read off a term that runs until 2032: " + past.answer());
        Answer valued = ask("Was OpenAI valued at $135 billion in October?");
        assertFalse(valued.answer().startsWith("Yes"), "$135 billion is the value Microsoft put on its stake: " + valued.answer());
        Answer invested = ask("In January 2023 Microsoft invested $13 billion at a $29 billion valuation, correct?");
        assertTrue(invested.answer().startsWith("No — the articles say $10 billion"), "a sum invested is checked as invested: " + invested.answer());
        Answer capped = ask("Will the revenue share be phased out when the cap is hit?");
        assertFalse(capped.answer().startsWith("No"), "the articles make the cap its bound, not a point it runs past: " + capped.answer());
        Answer dash = ask("OAI hits AGI in 2028 - does the rev share to MSFT switch off?");
        assertTrue(dash.answered() && dash.answer().startsWith("No — the articles say 2030"), dash.answer());
    }

    @Test
    void aWhyQuestionsReasonForAStateTheArticlesSayWasLiftedIsCorrectedWhateverClauseIsSetAgainstIt() {
        Answer a = ask("Why did the parties retain the clause forbidding Microsoft from developing competing AI systems, when Suleyman has openly said Microsoft wants its own cutting-edge models by 2027?");
        assertTrue(a.answer().startsWith("The articles contradict what the question takes as given:") && a.answer().contains("lifts this restriction"), a.answer());
        Answer cloud = ask("Why does Microsoft remain OpenAI's primary cloud provider?");
        assertFalse(cloud.answer().startsWith("The articles contradict"), "a state the articles say holds: " + cloud.answer());
    }

    @Test
    void aWhyQuestionWithItsPartiesTheWrongWayRoundIsToldSo() {
        Answer a = ask("Why will Microsoft keep paying OpenAI 20% until 2030?");
        assertTrue(a.answer().startsWith("That is the other way round:"), "a clause saying Microsoft's payments stop does not state the claim: " + a.answer());
        Answer right = ask("Why does OpenAI pay Microsoft 20%?");
        assertFalse(right.answer().startsWith("That is the other way round"), right.answer());
    }
}
