package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dealbot.text.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Rules for the unit a figure is asked in at the end of a question, the deed asked after a verb that leads to it
 * ("commit to invest"), and the domain words the glossary reads in Chinese.
 */
class UnknownThingsRulesTest {
    @Test
    void aPluralNounAfterInEndingTheQuestionIsTheUnitAsked() {
        assertEquals("gigawatts", Focus.unitAsked(Tokens.of("What will the capacity be in gigawatts?")).word());
        assertNull(Focus.unitAsked(Tokens.of("Where does it sell in Asia?")), "a place, capitalised");
        assertNull(Focus.unitAsked(Tokens.of("Did it change in 2030?")), "a year");
        assertNull(Focus.unitAsked(Tokens.of("How much is it in total?")), "no plural unit");
        assertNull(Focus.unitAsked(Tokens.of("Which areas does it invest in?")), "nothing after in");
        assertNull(Focus.unitAsked(Tokens.of("Which article gives the phrase in quotes?")), "no amount asked");
        assertEquals("euros", Focus.unitAsked(Tokens.of("How much is the stake worth in euros?")).word());
        assertNull(Focus.unitAsked(Tokens.of("How much has it come down, in points?")), "a unit of any figure");
    }

    @Test
    void theDeedAskedIsTheVerbAfterOneThatLeadsToIt() {
        dev.dealbot.text.Names names = dev.dealbot.text.Names.learn(java.util.List.of("Alpha and Beta signed a deal.", "Then Beta said Alpha paid."));
        java.util.List<dev.dealbot.text.Token> tokens = Tokens.of("How much did Alpha commit to invest in Beta?");
        Focus f = Focus.of(tokens, tokens.stream().filter(t -> names.known(t.lower())).toList(), names);
        assertEquals("invest", f.word());
        java.util.List<dev.dealbot.text.Token> plain = Tokens.of("How much did Alpha invest in Beta?");
        assertEquals("invest", Focus.of(plain, plain.stream().filter(t -> names.known(t.lower())).toList(), names).word());
    }

    @Test
    void theGlossaryReadsTheDomainsWordsInChinese() {
        Language zh = new Language("zh", "Chinese");
        assertEquals(java.util.Set.of("principles", "revised"), Glossary.english("这次修订围绕哪三项原则？", zh));
        assertEquals(java.util.Set.of("latest", "funding", "valuation"), Glossary.english("最新一轮融资的估值是多少？", zh));
    }
}
