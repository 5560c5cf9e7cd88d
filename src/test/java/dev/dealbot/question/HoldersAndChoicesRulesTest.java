package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules for the thing a holder is asked of (a phrase of two words before the auxiliary, a holder no article names), "rev"
 * after "of", a frame of the new deal opening the question, a choice of two figures asked without either, and a term that
 * keeps running after another ends.
 */
class HoldersAndChoicesRulesTest {
    private static final Names NAMES = Names.learn(List.of("Alpha and Beta signed a deal.", "Then Beta said Alpha paid."));

    private static List<Token> names(List<Token> tokens) {
        return tokens.stream().filter(t -> NAMES.known(t.lower())).toList();
    }

    @Test
    void aThingOfTwoWordsBeforeTheAuxiliaryIsTheHoldersThingWithItsModifier() {
        List<Token> tokens = Tokens.of("What revenue share does Beta receive?");
        Focus f = Focus.of(tokens, names(tokens), NAMES);
        assertEquals("share", f.word());
        assertEquals("beta", f.owner());
        assertTrue(f.stems().contains(Tokens.stem("revenue")), f.toString());
        List<Token> one = Tokens.of("What stake does Alpha hold in Beta?");
        assertEquals("stake", Focus.of(one, names(one), NAMES).word());
    }

    @Test
    void aHolderNamingNoPartyIsReadAsItsWords() {
        List<Token> tokens = Tokens.of("What share of Beta does its nonprofit foundation hold?");
        assertEquals(List.of("nonprofit", "foundation"), Focus.unnamedHolder(tokens, names(tokens)).stream().map(Token::lower).toList());
        List<Token> named = Tokens.of("What share of Beta does Alpha hold?");
        assertTrue(Focus.unnamedHolder(named, names(named)).isEmpty(), "a party holds it");
        List<Token> none = Tokens.of("When does the licence end?");
        assertTrue(Focus.unnamedHolder(none, names(none)).isEmpty(), "no holding verb");
        for (String q : new String[] {"What share do all other holders own together?", "Can Alpha go build its own models?",
                "Does that math actually hold up?", "What restriction did the old agreement have?"}) {
            List<Token> t = Tokens.of(q);
            assertTrue(Focus.unnamedHolder(t, names(t)).isEmpty(), q);
        }
    }

    @Test
    void revAfterOfIsRevenue() {
        assertEquals("alpha still gets 20% of beta revenue?", Shorthand.spelledOut("alpha still gets 20% of beta rev?"));
        assertEquals("a cut of its revenue", Shorthand.spelledOut("a cut of its rev"));
        assertEquals("the rev share", Shorthand.spelledOut("the rev share").replace("revenue", "rev"), "still read before share");
        assertEquals("the latest rev of the draft", Shorthand.spelledOut("the latest rev of the draft"), "a revision, not after of");
    }

    @Test
    void aFrameOfTheNewDealOpeningTheQuestionIsNothingAndOneOfTheOldTermsStays() {
        assertEquals("How long does the licence run?", Intensifiers.plain("Under the revised terms, how long does the licence run?"));
        assertEquals("Which cloud comes first?", Intensifiers.plain("So in the new agreement, which cloud comes first?"));
        assertEquals("Under the earlier terms, how long did the licence run?",
                Intensifiers.plain("Under the earlier terms, how long did the licence run?"));
        assertEquals("Under the revised terms the cap is new, right?", Intensifiers.plain("Under the revised terms the cap is new, right?"),
                "no comma after the frame: part of the claim");
    }

    @Test
    void whatsTheDealWithAThingAsksAboutIt() {
        assertEquals("What about the value of Alpha's stake?", Intensifiers.plain("What's the deal with the value of Alpha's stake?"));
        assertEquals("What about Beta and Gamma?", Intensifiers.plain("So what’s the story on Beta and Gamma?"), "the opening so goes with it");
        assertEquals("Was the deal with Beta signed?", Intensifiers.plain("Was the deal with Beta signed?"), "a deal of its own");
    }

    @Test
    void aYearSupposedAfterAYesNoQuestionIsReadAsBeforeIt() {
        String after = Supposition.asked("Would the revenue share dry up if Beta declares AGI in 2028?", "");
        assertEquals(Supposition.asked("If Beta declares AGI in 2028, would the revenue share dry up?", ""), after);
        assertFalse(after.contains(" if "), after);
        assertEquals("Would the share dry up if Beta declares AGI?", Supposition.asked("Would the share dry up if Beta declares AGI?", ""),
                "no year supposed: read as written");
    }

    @Test
    void anArticleSaidToErrAsksWhetherTheArticlesAgree() {
        assertTrue(Wording.asksAgreement("Does one of the articles get the payments wrong?"));
        assertTrue(Wording.asksAgreement("The coverage seems muddled on who pays whom."));
        assertFalse(Wording.asksAgreement("Is Alpha wrong about the payments?"), "a party, not an article");
    }

    @Test
    void topicsSetAsideAreNotAskedButAPartySetAsideStays() {
        assertEquals("What are they still working on?", Intensifiers.plain("Money and licensing aside, what are they still working on?"));
        assertEquals("What else changed?", Intensifiers.plain("Setting aside the money, what else changed?"));
        assertEquals("Alpha aside, who invested in Beta?", Intensifiers.plain("Alpha aside, who invested in Beta?"));
    }

    @Test
    void whoseThingAsksForSomeone() {
        assertEquals(Naming.Type.SOMEONE, Naming.of("Whose memo said the old deal limited Beta?").type());
    }

    @Test
    void aChoiceOfTwoFiguresIsAskedWithoutEither() {
        String q = "Is Beta's latest valuation $850 billion or $29 billion?";
        List<Figure> figures = Figures.of(q);
        String one = "Is Beta's latest valuation $850 billion?";
        String asked = Claims.without(one, Figures.of(one).get(0));
        assertTrue(asked.startsWith("Is Beta's latest valuation dollars billion") && !asked.contains("29"), asked);
        assertEquals(asked, Claims.withoutChoice(q, figures.get(0)));
        assertEquals(asked, Claims.withoutChoice(q, figures.get(1)));
        assertEquals(asked, Claims.withoutChoice(one, Figures.of(one).get(0)), "no choice offered");
    }

    @Test
    void aTermThatKeepsRunningAfterAnotherEndsIsTheGapBetweenThem() {
        Comparison c = Comparison.of("How many years does Alpha's licence keep running after the revenue share ends?");
        assertTrue(c != null && c.sides().get(0).contains("licence") && !c.sides().get(0).contains("keep"), String.valueOf(c));
    }
}
