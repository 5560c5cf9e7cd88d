package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which figure of a quote is a part and which its sum, and what the bot takes back when the articles differ. */
class PartsRulesTest {
    private static final String QUOTE = "In late February, Amazon announced a $50 billion investment in OpenAI, with $15 billion arriving "
            + "immediately in the first tranche.";

    @Test
    void eachFigureBelongsToTheSideMoreOfWhoseWordsStandInItsPartOfTheSentence() {
        List<Figure> figures = Figures.of(QUOTE).stream().filter(f -> f.type() == Figure.Type.MONEY).toList();
        assertEquals(15e9, Shares.owned(figures, Set.of("first", "tranch"), QUOTE).value());
        assertEquals(50e9, Shares.owned(figures, Set.of("amazon", "openai", "commit"), QUOTE).value());
    }

    @Test
    void aFigureNoSideWordTellsOrTwoFiguresTyingAreNobodys() {
        List<Figure> figures = Figures.of(QUOTE).stream().filter(f -> f.type() == Figure.Type.MONEY).toList();
        assertNull(Shares.owned(figures, Set.of("valuat"), QUOTE));
        String tie = "Microsoft invested $13 billion in total, and Microsoft invested $10 billion in that round.";
        List<Figure> both = Figures.of(tie).stream().filter(f -> f.type() == Figure.Type.MONEY).toList();
        assertNull(Shares.owned(both, Set.of("microsoft", "invest"), tie));
    }

    @Test
    void aFigureTheDifferenceOfTwoStatedOnesIsImpliedNotContradicted() {
        List<Figure> figures = Figures.of(QUOTE);
        assertTrue(Figuring.implied(figures, Figures.of("the $35 billion left").get(0)));
        assertTrue(Figuring.implied(figures, Figures.of("the ~$35.2B left").get(0)), "within rounding");
        assertFalse(Figuring.implied(figures, Figures.of("$40 billion").get(0)));
        assertFalse(Figuring.implied(figures, Figures.of("35%").get(0)), "a difference of sums is a sum");
        assertFalse(Figuring.implied(Figures.of("from 2019 to 2032"), Figures.of("13").get(0)), "years make no sum");
        assertTrue(Figuring.implied(Figures.of("Alpha holds approximately 27% of Beta."), Figures.of("the remaining ~73%").get(0)),
                "a percentage left of the whole");
        assertFalse(Figuring.implied(Figures.of("Alpha holds approximately 27% of Beta."), Figures.of("the remaining 60%").get(0)));
    }

    @Test
    void aQuestionFiguresWrongOneIsCorrectedByTheFigureInItsPlace() {
        String quote = "Based on the estimated $29 billion valuation in January 2023, Microsoft invested $10 billion in that round.";
        String q = "Microsoft put $10 billion in at an $850 billion valuation?";
        List<Figure> asked = Figures.of(q);
        assertEquals(29e9, Misstated.inPlace(question(q), asked.get(1), List.of(asked.get(0)), quote, NAMES).value(),
                "the valuation: the word beside the wrong figure");
        String other = "Microsoft put $10 billion in for a $850 billion stake?";
        List<Figure> o = Figures.of(other);
        assertNull(Misstated.inPlace(question(other), o.get(1), List.of(o.get(0)), quote, NAMES), "no word ties $29 billion to a stake");
        String swapped = "Amazon's $15 billion investment came with $50 billion in the first tranche?";
        List<Figure> w = Figures.of(swapped);
        assertEquals(50e9, Misstated.inPlace(question(swapped), w.get(0), List.of(w.get(1)), QUOTE, NAMES).value(),
                "two swapped figures: the one in its place may be the question's other");
        String imagined = "If OpenAI books $10 billion of revenue in 2029, how much would Microsoft get?";
        assertTrue(Misstated.hypothetical(imagined, Figures.of(imagined).get(1)), "an imagined case states no fact");
        assertFalse(Misstated.hypothetical(q, asked.get(1)));
        assertEquals(Set.of("base", "valuat"), Misstated.near(quote, Figures.of(quote).get(0), NAMES), "no hedge, month or year");
    }

    private static final dev.dealbot.text.Names NAMES = dev.dealbot.text.Names.learn(List.of(QUOTE, "Then Microsoft and OpenAI agreed."));

    private static dev.dealbot.question.Question question(String english) {
        return new dev.dealbot.question.Question(english, List.of(), dev.dealbot.question.Language.ENGLISH, english, null, Set.of(), false,
                List.of(), List.of(), Figures.of(english), List.of(), null, null, null, null, List.of(), List.of(), dev.dealbot.question.Claim.NONE,
                dev.dealbot.question.Part.NONE, false, false, null, false, false, false, null);
    }

    @Test
    void aVerdictIsTakenBackWhenWhatIsSaidFirstNowSaysOtherwise() {
        DraftBuilder draft = new DraftBuilder().say("Yes.", List.of()).say("It is 20%.", List.of());
        draft.withoutOpening("Yes.").lead(AboutArticles.DIFFER);
        assertEquals("No — the articles differ on this point. It is 20%.", draft.build("extractive").text());
        assertEquals("It stays.", new DraftBuilder().say("It stays.", List.of()).withoutOpening("Yes.").build("extractive").text());
    }

    @Test
    void aShareOfBoundedFiguresIsSaidWithTheBound() {
        String quote = "Microsoft has invested over $13 billion in total, and $10 billion in that round.";
        List<Figure> f = Figures.of(quote);
        assertEquals(1, Shares.bound(quote, f.get(0)), "over");
        assertEquals(0, Shares.bound(quote, f.get(1)));
        assertEquals("at most ", Shares.hedge(0 - 1, 0), "a part of a sum of over X is at most the share");
        assertEquals("at least ", Shares.hedge(1 - 0, 1), "a part of over X in a sum of Y is at least the share");
        assertEquals("about ", Shares.hedge(2 - 0, 2));
        assertEquals("", Shares.hedge(0, 0));
        assertEquals("That is at most 76.9% of it: $10 billion [1] of $13 billion [1].",
                Reasoner.shareSentence(f.get(1), f.get(0), 1, 1, "at most "));
    }

    @Test
    void aSideNamingItsFigureBeforeOfTakesTheFigureWhosePartHoldsThatName() {
        List<Figure> figures = Figures.of(QUOTE).stream().filter(f -> f.type() == Figure.Type.MONEY).toList();
        assertEquals(15e9, Figuring.headed(figures, QUOTE, "the first tranche of Amazon's investment").value());
        assertNull(Figuring.headed(figures, QUOTE, "Amazon's investment"), "no 'of': the nearest word decides, as before");
    }

    @Test
    void aPartMeasuringTheSidesThingByAnotherMeasureIsNotTheSidesFigure() {
        assertEquals(true, SideChecks.otherMeasure("with the book value of its investment having grown to $228.3 billion", Set.of("invest", "total")));
        assertEquals(false, SideChecks.otherMeasure("with the book value of its investment having grown to $228.3 billion", Set.of("valu", "invest")));
        assertEquals(false, SideChecks.otherMeasure("Microsoft has invested over $13 billion in OpenAI", Set.of("invest", "total")));
    }

    @Test
    void anEarlierOneOfTheSidesThingIsNotTheOneReported() {
        String part = "The announcement follows earlier revisions to the partnership structure made in October";
        assertTrue(SideChecks.earlierOne("this revision", part, Set.of("revis")));
        assertFalse(SideChecks.earlierOne("the earlier revision", part, Set.of("revis")), "the side asks an earlier one");
        assertFalse(SideChecks.earlierOne("the recapitalization", part, Set.of("recapit")), "another thing than the earlier one");
    }

    @Test
    void theWorthOfAHoldingInACompanyIsNoValuationOfTheCompany() {
        String held = "with the book value of its investment having grown to nearly $228.3 billion";
        assertTrue(SideChecks.holdingForValuation("the valuation from its latest funding round", held));
        assertTrue(SideChecks.holdingForValuation("OpenAI's valuation in October", "Microsoft valued its stake in OpenAI's for-profit arm at approximately $135 billion"));
        assertFalse(SideChecks.holdingForValuation("the valuation of Microsoft's stake", held), "the side names the holding");
        assertFalse(SideChecks.holdingForValuation("the valuation from its latest funding round", "OpenAI's valuation has since surged to $850 billion"));
        assertFalse(SideChecks.holdingForValuation("Microsoft's stake worth", held), "no valuation asked");
        assertTrue(SideChecks.holdingForValuation("the valuation at the time Microsoft invested", "Microsoft has invested over $13 billion in OpenAI cumulative"),
                "a sum put in is no price of the whole");
        assertTrue(SideChecks.holdingForValuation("Was OpenAI valued at $135 billion in October?", "Microsoft valued its stake in OpenAI's for-profit arm at approximately $135 billion"),
                "a company said to be valued at a sum is not the holding valued at it");
    }

    @Test
    void aYearStandsAfterUntilBeforeSinceOrAtIt() {
        for (var c : List.of(java.util.Map.entry("Will it hold after 2030?", Years.Asked.AFTER), java.util.Map.entry("It runs until 2032.", Years.Asked.UNTIL),
                java.util.Map.entry("Did it invest before 2019?", Years.Asked.BEFORE), java.util.Map.entry("It has invested since 2019.", Years.Asked.SINCE),
                java.util.Map.entry("Did it happen in 2026?", Years.Asked.AT))) {
            Figure year = Figures.of(c.getKey()).stream().filter(f -> f.type() == Figure.Type.YEAR).findFirst().orElseThrow();
            assertEquals(c.getValue(), Years.asked(c.getKey(), year), c.getKey());
        }
        assertEquals(false, Years.comparable(Years.Asked.BEFORE, Years.Asked.SINCE), "'since 2019' does not confirm 'before 2019'");
        assertEquals(false, Years.comparable(Years.Asked.SINCE, Years.Asked.UNTIL), "an end does not answer 'since'");
        assertEquals(true, Years.comparable(Years.Asked.AT, Years.Asked.UNTIL));
    }

    @Test
    void aRemainderIsHedgedAsItsFiguresAre() {
        assertEquals("", Remainder.hedge(0, 0));
        assertEquals("more than ", Remainder.hedge(1, 0), "over $13 billion less $10 billion");
        assertEquals("more than ", Remainder.hedge(0, -1), "$13 billion less nearly $10 billion");
        assertEquals("at most ", Remainder.hedge(-1, 0), "up to $50 billion less $15 billion");
        assertEquals("at most ", Remainder.hedge(0, 1));
        assertEquals("about ", Remainder.hedge(2, 0));
        assertEquals("about ", Remainder.hedge(1, 1), "both floors: the gap could go either way");
    }

    @Test
    void aPointTheArticlesConflictOnAnswersWhetherTheyDifferOrWhetherTheyAgreeAsAsked() {
        assertEquals("Yes — the articles differ on this point.", AboutArticles.differ("Is there any inconsistency between the reports?", true));
        assertEquals("Yes — the articles differ on this point.", AboutArticles.differ("Do the sources contradict each other on the cap?", true));
        assertEquals("No — the articles differ on this point.", AboutArticles.differ("Are the articles consistent about the payments?", true));
        assertEquals("No — the articles differ on this point.", AboutArticles.differ("Do all the reports agree?", true));
        assertEquals("The articles differ on this point.", AboutArticles.differ("Do the articles agree or differ on it?", true));
        assertEquals("The articles differ on this point.", AboutArticles.differ("Which article gives a different account?", false), "no yes or no asked");
    }

    @Test
    void theMonthsAClaimDatesItsFigureByMustBeNamedByTheSentenceThatCorrectsIt() {
        assertEquals(Set.of("february"), ClaimMonths.of("Microsoft invested $50 billion in February"));
        assertEquals(Set.of(), ClaimMonths.of("it may invest more"), "'may' is a month only written as a name");
        assertTrue(ClaimMonths.named(Set.of("february"), "In late February of this year, Amazon announced a $50 billion investment"));
        assertFalse(ClaimMonths.named(Set.of("february"), "Based on the estimated $29 billion valuation in January 2023, Microsoft invested $10 billion"));
        assertTrue(ClaimMonths.named(Set.of(), "any sentence"), "a claim without a month asks for none");
    }

    @Test
    void aClaimsMonthNoneOfWhichTheQuoteNamesIsAnsweredWithTheQuotesMonth() {
        String quote = "In late February of this year, Amazon announced a $50 billion investment in OpenAI.";
        assertEquals("late February", ClaimMonths.otherMonth(Set.of("march"), quote));
        assertNull(ClaimMonths.otherMonth(Set.of("february"), quote));
        assertNull(ClaimMonths.otherMonth(Set.of(), quote), "a claim without a month");
    }

    @Test
    void aTotalIsHedgedByHowItsFiguresAreBounded() {
        assertEquals("", Total.hedge(0, 0));
        assertEquals("more than ", Total.hedge(1, 0), "a floor and an exact figure");
        assertEquals("up to ", Total.hedge(0, -1), "a ceiling and an exact figure");
        assertEquals("about ", Total.hedge(1, -1), "a floor and a ceiling pull both ways");
        assertEquals("about ", Total.hedge(2, 0));
    }

    @Test
    void theWholeAPercentageIsOfIsTheNameAfterIt() {
        String q = "Microsoft owns about 27% of Amazon, right?";
        assertEquals("amazon", SideChecks.wholeOf(q, dev.dealbot.text.Figures.of(q)));
        String thing = "Does it hold 27% of the for-profit entity?";
        assertEquals("", SideChecks.wholeOf(thing, dev.dealbot.text.Figures.of(thing)), "no name: a thing, not a party");
    }

    @Test
    void sidesThatDifferOnlyInWhoDoesTheDeedNameTheDoers() {
        assertEquals(List.of("Amazon", "Microsoft"), List.of(Reasoner.doers("Amazon invested in OpenAI", "Microsoft invested in OpenAI")));
        assertNull(Reasoner.doers("the licence", "the revenue share"), "no shared deed");
        assertNull(Reasoner.doers("the first tranche of Amazon", "the rest of Amazon"), "the differing words are no names");
    }

    @Test
    void aVerbSaidOfAPluralHeadNounIsInThePlural() {
        assertEquals("come first", Reasoner.agreeing("comes first", "OpenAI's revenue-share payments"));
        assertEquals("are larger", Reasoner.agreeing("is larger", "the payments"));
        assertEquals("comes first", Reasoner.agreeing("comes first", "the licence"));
        assertEquals("is larger", Reasoner.agreeing("is larger", "Microsoft's"), "a possessive is no plural");
        assertEquals("comes first", Reasoner.agreeing("comes first", "the business"), "a double s is no plural");
        assertEquals("comes first", Reasoner.agreeing("comes first", "the end of the payments"), "the head is before the preposition");
        assertEquals("comes later", Reasoner.agreeing("comes later", "the year when the license expires"));
        assertEquals("come first", Reasoner.agreeing("comes first", "Suleyman's comments about the models"));
    }
}
