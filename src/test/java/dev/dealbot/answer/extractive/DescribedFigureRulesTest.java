package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure a side writes to say which point it is at is no figure of the side's thing. */
class DescribedFigureRulesTest {
    @Test
    void aFigureInAClauseDescribingThePointMarksThePoint() {
        List<Figure> marks = SideChecks.described("Gamma's valuation at the round in which Beta put in $10B");
        assertEquals(1, marks.size());
        assertEquals("$10B", marks.get(0).text());
        assertEquals(1, SideChecks.described("its worth when Beta invested $4 billion").size());
    }

    @Test
    void aSumNamingTheEventALevelIsTakenAtMarksThePoint() {
        List<Figure> marks = SideChecks.described("Gamma's valuation at Beta's $10 billion round");
        assertEquals(1, marks.size());
        assertEquals("$10 billion", marks.get(0).text());
        assertTrue(SideChecks.described("Beta's $10 billion round").isEmpty(), "no level taken at it: the round's own sum");
        assertTrue(SideChecks.described("Gamma's valuation of $29 billion").isEmpty(), "the level's own figure");
        assertTrue(SideChecks.described("Gamma's valuation at the January 2023 round").isEmpty(), "a date dates the round, as a side's own time");
    }

    @Test
    void aYearTheSideGivesAnAimOrATopicIsNotWhenItsEventHappened() {
        assertEquals("2027", SideChecks.described("Dana's statement about 2027").get(0).text());
        assertEquals("2027", SideChecks.described("Dana's announcement of the 2027 goal").get(0).text());
        assertEquals("2027", SideChecks.described("the target for 2027").get(0).text());
        assertTrue(SideChecks.described("the licence's 2032 end").isEmpty(), "an end's year is its date");
        assertTrue(SideChecks.described("Beta's 2023 round").isEmpty());
    }

    @Test
    void aFigureOfTheSideItselfIsNotAMark() {
        assertTrue(SideChecks.described("Gamma's $29 billion valuation").isEmpty());
        assertTrue(SideChecks.described("the 40% stake Beta holds").isEmpty());
    }

    @Test
    void aStatementNamedByTheYearItSpeaksOfIsReadAsSuch() {
        assertTrue(SideChecks.speechOfYear("Suleyman's 2027 statement"));
        assertTrue(SideChecks.speechOfYear("his 2027 public remarks"));
        assertTrue(!SideChecks.speechOfYear("Suleyman said 2027"), "the year is what was said");
        assertTrue(!SideChecks.speechOfYear("the 2027 target"), "no word of speaking");
    }

    @Test
    void aSumWithTheRightNumberAtAnotherScaleIsTheMisScaledSum() {
        List<Figure> s = dev.dealbot.text.Figures.of("Gamma was valued at $29 billion when Beta put in $10 billion.");
        Figure claimed = dev.dealbot.text.Figures.of("$29 million").get(0);
        assertEquals("$29 billion", Premise.misScaled(claimed, s).text());
        assertEquals(null, Premise.misScaled(dev.dealbot.text.Figures.of("$12 million").get(0), s));
    }
}
