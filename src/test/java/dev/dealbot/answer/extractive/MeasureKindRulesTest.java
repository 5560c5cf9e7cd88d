package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A figure is of the thing a question names only when the words beside it name that thing, not another of its kind. */
class MeasureKindRulesTest {
    private static final Names NAMES = Names.learn(List.of("The deal was signed by Alpha and Beta.", "Then Alpha said Beta paid."));

    @Test
    void twoStemsShareARootOnlyThroughAnEndingNotThroughASecondWord() {
        assertTrue(FigurePart.sameRoot("invest", "investment"));
        assertTrue(FigurePart.sameRoot("partner", "partnership"));
        assertTrue(FigurePart.sameRoot("exclus", "exclusiv"), "a short ending");
        assertFalse(FigurePart.sameRoot("share", "sharehold"), "a shareholding is no share of revenue");
        assertFalse(FigurePart.related(Set.of("sharehold", "stake"), "its share remaining unchanged at 20%"));
        assertTrue(FigurePart.related(Set.of("invest"), "Alpha's investments"));
    }

    @Test
    void aMeasureWrittenAfterAnotherWordThanTheSidesIsAnotherKindOfIt() {
        Query query = new Query("Alpha's ownership share now", List.of(new QueryTerm("ownership", Set.of("stake", "hold"), 1.0)), List.of(), null);
        assertTrue(SideChecks.otherKind("Alpha's ownership share now", "Alpha will retain a 20% revenue share", query, NAMES));
        assertFalse(SideChecks.otherKind("Alpha's ownership share now", "Alpha holds a 27% ownership share", query, NAMES));
        assertFalse(SideChecks.otherKind("Alpha's ownership share now", "to acquire nearly one-third of the company's shares", query, NAMES),
                "an owner before the measure is no kind of it");
        assertFalse(SideChecks.otherKind("Alpha's latest round", "Beta's most recent funding round", query, NAMES), "a round is no measure");
    }

    @Test
    void aPartOfAKindComesOnlyFromASentenceNamingThatKind() {
        Query revenue = new Query("Alpha's revenue share", List.of(new QueryTerm("revenu", Set.of("sale", "turnover"), 1.0)), List.of(), null);
        String third = "Alpha invested $10 billion in that round to acquire nearly one-third of the company's shares.";
        assertTrue(SideChecks.kindUnsaid("Alpha's revenue share at 2019", third, revenue, NAMES), "a third of a company's shares is no share of revenue");
        assertFalse(SideChecks.kindUnsaid("Alpha's revenue share", "Alpha will retain a 20% share of sales.", revenue, NAMES), "a synonym names the kind");
        Query ownership = new Query("Alpha's ownership share", List.of(new QueryTerm("ownership", Set.of("stake", "hold"), 1.0)), List.of(), null);
        assertFalse(SideChecks.kindUnsaid("Alpha's ownership share", third, ownership, NAMES), "ownership is counted in a company's shares");
        assertFalse(SideChecks.kindUnsaid("Alpha's stake", third, revenue, NAMES), "no kind written before the part");
    }

    @Test
    void aFigureOfTheQuestionIsStatedOnlyByAFigureOfItsKind() {
        var q = new dev.dealbot.question.Question("Will Alpha still own 27% of Beta in 2030?", List.of(), dev.dealbot.question.Language.ENGLISH,
                "Will Alpha still own 27% of Beta in 2030?", null, Set.of(), true, List.of(), List.of(), Figures.of("27% 2030"), List.of(), null,
                null, null, null, List.of(), List.of(), dev.dealbot.question.Claim.NONE, dev.dealbot.question.Part.NONE, false, false, null,
                false, false, false, null);
        String dated = "The agreement, announced on April 27, 2026, is a pivot.";
        assertFalse(Misstated.states(q, Figures.of("27%"), dated, Figures.of(dated)), "the day of April 27 is no 27%");
        String held = "Alpha holds approximately 27% of Beta.";
        assertTrue(Misstated.states(q, Figures.of("27%"), held, Figures.of(held)));
    }
}
