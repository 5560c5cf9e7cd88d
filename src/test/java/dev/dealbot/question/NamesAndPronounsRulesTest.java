package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import dev.dealbot.text.Owners;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A question's opening word is no part of the name after it; "the gap between them" after a statement of two things (or
 * of two things and their years);
 * a hedging verb between two subjects and the verb they share; a thing set against "the stake it took" at a time; a
 * supposition in a sentence of its own read in the question's words as spelled out; "wat" before the kind of thing asked;
 * an irregular past verb after a name is no thing the name owns; how long a state had gone on by an event.
 */
class NamesAndPronounsRulesTest {
    private static final Names NAMES = Names.learn(List.of("Denise Dresser, OpenAI's revenue chief, stated in an internal memo.",
            "Deals between OpenAI, Microsoft and Amazon were signed by Mustafa Suleyman."));

    @Test
    void aCapitalisedQuestionWordIsNoPartOfTheNameAfterIt() {
        String q = "Was Dresser's memo leaked?";
        List<Token> tokens = Tokens.of(q);
        List<Token> names = NAMES.in(q, tokens);
        assertEquals("dresser", Owners.phrase(tokens, names, 1), "'Was' opens the question");
        Focus f = Focus.of(tokens, names.stream().filter(x -> NAMES.party(x.lower())).toList(), NAMES);
        assertNotNull(f, q);
        assertEquals("dresser", f.owner());
        String named = "Did Denise Dresser write it?";
        List<Token> more = Tokens.of(named);
        assertEquals("denise dresser", Owners.phrase(more, NAMES.in(named, more), 2), "a whole name is still one");
    }

    @Test
    void theGapBetweenThemIsBetweenTheTwoThingsTheStatementNames() {
        Comparison c = Comparison.of("How long is the gap between them?",
                List.of("The IP licence and the revenue share seem to end in different years."));
        assertNotNull(c);
        assertEquals(List.of("the IP licence", "the revenue share"), c.sides(), "'seem to' hedges the verb they share");
        assertEquals(Kind.TIME, c.kind());
        Comparison apart = Comparison.of("How many years apart are they?", List.of("The licence and the payments end in different years."));
        assertNotNull(apart);
        assertEquals(List.of("the licence", "the payments"), apart.sides());
        Comparison dated = Comparison.of("What's the gap between them?", List.of("The licence runs to 2032 and the payments to 2030."));
        assertNotNull(dated);
        assertEquals(List.of("the licence", "the payments"), dated.sides(), "the things whose years were told, not the asker's years");
        assertEquals(Kind.TIME, dated.kind());
    }

    @Test
    void aThingSetAgainstWhatItTookAtATimeIsItselfAtThatTime() {
        Comparison c = Comparison.of("Has Beta's stake gone up or down compared with the stake it took in early 2023?");
        assertNotNull(c);
        assertEquals(List.of("Beta's stake at early 2023", "Beta's stake"), c.sides());
        assertEquals(Comparison.UP_OR_DOWN, c.word());
    }

    @Test
    void aSuppositionInASentenceOfItsOwnIsReadInTheWordsAsSpelledOut() {
        assertEquals("Does the revenue share stop in 2028?", Supposition.asked("does the rev share stop?",
                () -> "Say Gamma declares AGI in 2028. Does the revenue share stop?"), "the whole text as read, not as typed");
    }

    @Test
    void whatInChatShorthandOpensBeforeTheKindOfThingAsked() {
        assertEquals("what year does Beta licence run out", Shorthand.spelledOut("wat year does Beta licence run out"));
        assertEquals("wat Beta said", Shorthand.spelledOut("wat Beta said"), "no auxiliary and no kind asked after it: left as written");
        assertEquals("roughly how many times is that", Shorthand.spelledOut("roughly how many x is that"), "an x after 'how many' counts times");
    }

    @Test
    void anIrregularPastVerbAfterANameIsNoThingItOwns() {
        assertEquals("Beta went from a 29b valuation to 850b", Wording.headlineOwner("Beta went from a 29b valuation to 850b", "beta"::equals));
        assertEquals("Beta's stake %?", Wording.headlineOwner("Beta stake %?", "beta"::equals), "a plain word after the name is its thing");
    }

    @Test
    void howLongAStateHadGoneOnByAnEventIsFromItsStartToTheEvent() {
        Comparison by = Comparison.of("How many years had Beta been investing in Gamma by the 2026 announcement?");
        assertNotNull(by);
        assertEquals(List.of("Beta been investing in Gamma", "the 2026 announcement"), by.sides());
        Comparison when = Comparison.of("How long had Beta been investing in Gamma when the revision was announced?");
        assertNotNull(when);
        assertEquals("the revision was announced", when.sides().get(1));
        assertEquals(null, Comparison.of("How many years had Gamma been paid by the company?"), "'by the company' names a doer, not a point");
    }
}
