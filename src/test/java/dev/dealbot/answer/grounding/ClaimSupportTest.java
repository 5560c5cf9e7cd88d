package dev.dealbot.answer.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of the grounding check; the whole path runs in the LLM answerer tests. */
class ClaimSupportTest {
    /** Names learned from text that spells out its acronyms, as the corpus does. */
    private static final Names NAMES = Names.learn(List.of("OpenAI signed with Amazon Web Services (AWS) and Amazon.",
            "Microsoft holds a license to the intellectual property (IP) of OpenAI."));

    @Test
    void citationGroupsAreListsOrRangesWithinThePassages() {
        assertEquals(List.of(1, 2, 3), Markers.numbers("1-3", 6));
        assertEquals(List.of(2, 4), Markers.numbers(" 0, 2; 9, 4 ", 6));
        assertEquals(List.of(1, 2), Markers.numbers("1 and 2", 6));
        assertEquals(List.of(5), Markers.numbers("5–400", 6));
    }

    @Test
    void claimNeedsEveryFigureAndNameInTheCitedText() {
        String evidence = "Microsoft maintains a substantial stake in OpenAI, owning approximately 27 percent. "
                + "Microsoft will hold a license to OpenAI’s intellectual property through 2032.";

        assertEquals(List.of("49", "2040", "Satya", "Nadella"), ClaimSupport.unsupported(
                "Microsoft will own 49% of OpenAI until 2040 and Satya Nadella called it historic.", evidence, NAMES));
        assertEquals(List.of(), ClaimSupport.unsupported("Microsoft owns about 27% of OpenAI and keeps its IP license "
                + "until 2032.", evidence, NAMES), "paraphrase, % for percent, IP for intellectual property");
        assertEquals(List.of("Open"), ClaimSupport.unsupported("Microsoft licensed Open models.", evidence, NAMES), "whole words");
    }

    @Test
    void aPercentageOneStatedFigureIsOfAnotherIsSupported() {
        String evidence = "Beta announced a $50 billion investment, with $15 billion arriving at once.";
        assertEquals(List.of(), ClaimSupport.unsupported("That is 30% of it: $15 billion of $50 billion.", evidence, NAMES));
        assertEquals(List.of("40"), ClaimSupport.unsupported("That is 40% of it.", evidence, NAMES));
    }

    @Test
    void figuresAreNormalisedAndNamesSkipSentenceStartsAndAliases() {
        String evidence = "Amazon committed $13 billion over seven years; the cap is 7.5 percent. the agreement was signed.";

        assertEquals(List.of(), ClaimSupport.unsupported("AWS committed 13 billion dollars for 7 years [2]; the cap is 7.5%.", evidence, NAMES));
        assertEquals(List.of("7.4"), ClaimSupport.unsupported("The cap is 7.4%.", evidence, NAMES));
        assertEquals(List.of(), ClaimSupport.unsupported("The Agreement was signed. I think Amazon committed.", evidence, NAMES));
        assertEquals(List.of("Agreement", "Amazon"), ClaimSupport.names("Under the Agreement, Amazon committed. I agree."));
    }

    @Test
    void theGapBetweenTwoStatedFiguresOfOneKindIsSupported() {
        String evidence = "The revenue share runs until 2030. The licence runs until 2032. Amazon invested $50 billion, "
                + "$15 billion at once.";

        assertEquals(List.of(), ClaimSupport.unsupported("The licence runs 2 years longer [1][2].", evidence, NAMES));
        assertEquals(List.of(), ClaimSupport.unsupported("$35 billion is still to come [3].", evidence, NAMES));
        assertEquals(List.of("3"), ClaimSupport.unsupported("The licence runs 3 years longer [1][2].", evidence, NAMES));
    }

    @Test
    void modelTextLosesControlCharactersAndIsCapped() {
        assertEquals("a b\nc", Grounding.clean("a\tb\nc\u0000\u001b\u200e"));
        assertEquals(Grounding.MAX_CHARS, Grounding.clean("x".repeat(10_000)).length());
        assertEquals("", Grounding.clean(null));
    }

    @Test
    void sentencesEndBeforeTheirMarkers() {
        List<int[]> spans = Markers.sentenceSpans("Until 2032. [1] Not exclusive [2]. Capped");
        assertEquals(3, spans.size());
        assertFalse(Markers.strip("a [1][2, 3] b").contains("["));
        assertTrue(Markers.strip("a [1] b").contains("a"));
        String quoted = "He said it \"limited our ability.\" [1] Since then, it signed with AWS. It grew. [2]";
        List<int[]> ends = Markers.sentenceSpans(quoted);
        assertEquals(3, ends.size(), "a sentence ending in a closing quote ends before the next one");
        assertTrue(quoted.substring(ends.get(0)[0], ends.get(0)[1]).endsWith("\" [1]"));
    }

    @Test
    void howManyTimesOneStatedFigureIsAnotherIsSupported() {
        var stated = dev.dealbot.text.Figures.of("valued at $29 billion then, $850 billion now");
        assertTrue(ClaimSupport.quotient(dev.dealbot.text.Figures.of("29.3").get(0), stated));
        assertFalse(ClaimSupport.quotient(dev.dealbot.text.Figures.of("31").get(0), stated));
    }

    @Test
    void thePercentageByWhichOneStatedFigureChangedIntoAnotherIsSupported() {
        var stated = dev.dealbot.text.Figures.of("valued at $135 billion then, $228.3 billion now");
        assertTrue(ClaimSupport.change(dev.dealbot.text.Figures.of("69.1%").get(0), stated));
        assertFalse(ClaimSupport.change(dev.dealbot.text.Figures.of("72%").get(0), stated));
        assertFalse(ClaimSupport.change(dev.dealbot.text.Figures.of("69.1").get(0), stated), "a percentage, not a number");
    }

    @Test
    void aStatedPercentageOfAStatedSumIsSupported() {
        var stated = dev.dealbot.text.Figures.of("owning 27% of it, valued at $850 billion");
        assertTrue(ClaimSupport.product(dev.dealbot.text.Figures.of("$229.5 billion").get(0), stated));
        assertFalse(ClaimSupport.product(dev.dealbot.text.Figures.of("$300 billion").get(0), stated));
    }

    @Test
    void aStatedFigureHalvedOrDoubledByTheBotIsSupported() {
        var stated = dev.dealbot.text.Figures.of("invested more than $13 billion");
        assertTrue(ClaimSupport.scaled(dev.dealbot.text.Figures.of("$6.5 billion").get(0), stated));
        assertTrue(ClaimSupport.scaled(dev.dealbot.text.Figures.of("$26 billion").get(0), stated));
        assertFalse(ClaimSupport.scaled(dev.dealbot.text.Figures.of("$7 billion").get(0), stated));
        assertFalse(ClaimSupport.unsupported("half is $6.5 billion", "invested more than $13 billion", Names.none(), false).isEmpty(),
                "a model's draft gets no such allowance");
    }

    @Test
    void theWholeYearsBetweenADateAndAYearOfTheEvidenceAreSupported() {
        String evidence = "announced on April 27, 2026. The license runs until 2032.";
        assertTrue(ClaimSupport.unsupported("The difference is about 6 years.", evidence, Names.none()).isEmpty());
        assertEquals(List.of("7"), ClaimSupport.unsupported("The difference is about 7 years.", evidence, Names.none()));
    }

    @Test
    void theTotalOfTwoStatedSumsWorkedOutByTheBotIsSupported() {
        var stated = dev.dealbot.text.Figures.of("a $50 billion investment; over $13 billion since 2019; 27% and 20%");
        assertTrue(ClaimSupport.total(dev.dealbot.text.Figures.of("$63 billion").get(0), stated));
        assertFalse(ClaimSupport.total(dev.dealbot.text.Figures.of("$64 billion").get(0), stated));
        assertFalse(ClaimSupport.total(dev.dealbot.text.Figures.of("47%").get(0), stated), "percentages of different wholes add to nothing");
        assertFalse(ClaimSupport.unsupported("Together that is $63 billion.", "a $50 billion investment; over $13 billion", Names.none(), false).isEmpty(),
                "a model's draft gets no such allowance");
    }

    @Test
    void aModelsDraftGetsNoComputedMultiplesOrProducts() {
        Names none = Names.none();
        assertTrue(ClaimSupport.unsupported("It grew 29.3 times.", "$29 billion then, $850 billion now", none, true).isEmpty());
        assertEquals(List.of("29.3"), ClaimSupport.unsupported("It grew 29.3 times.", "$29 billion then, $850 billion now", none, false));
    }

    @Test
    void theMonthsBetweenTwoDatesOfTheEvidenceAreSupported() {
        String evidence = "In late February of this year, Amazon invested. The deal was announced on April 27, 2026.";
        assertEquals(List.of(), ClaimSupport.unsupported("The difference is about 2 months.", evidence, NAMES));
        assertEquals(List.of("5"), ClaimSupport.unsupported("The difference is about 5 months.", evidence, NAMES));
    }

    @Test
    void aGapUnderAMonthAndAHalfIsSupportedInWeeksAndMonthsWithoutAYearFallWhenTheArticlesWereWritten() {
        String evidence = "A memo leaked in mid-April. The deal was announced on April 27, 2026.";
        assertEquals(List.of(), ClaimSupport.unsupported("The difference is about 2 weeks.", evidence, NAMES));
        String undated = "The revisions were made in October. On the evening of April 27, they announced it.";
        assertEquals(List.of(), ClaimSupport.unsupported("The difference is about 6 months.", undated, NAMES, true, java.time.YearMonth.of(2026, 4)),
                "October before an April 2026 writing is October 2025");
        assertEquals(List.of(), ClaimSupport.unsupported("It is about 6.5 months.", undated, NAMES, true, java.time.YearMonth.of(2026, 4)));
        assertEquals(List.of("6.5"), ClaimSupport.unsupported("It is about 6.5 months.", undated, NAMES, true, java.time.YearMonth.of(2026, 12)),
                "written later, October would fall after April");
    }

    @Test
    void whatAStatedPercentageLeavesOfTheWholeIsSupported() {
        String evidence = "Alpha holds approximately 27% of Beta.";
        assertEquals(List.of(), ClaimSupport.unsupported("That leaves about 73%: 100% less 27% [1].", evidence, NAMES));
        assertEquals(List.of("72"), ClaimSupport.unsupported("That leaves about 72%.", evidence, NAMES));
        assertEquals(List.of("73"), ClaimSupport.unsupported("That leaves about 73%.", evidence, NAMES, false), "a model's draft computes nothing");
    }
}
