package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.QueryMaker;
import dev.dealbot.question.Question;
import dev.dealbot.question.QuestionAnalyzer;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real index of invented sentences: the verdict a rule's stated exception gives a case it covers, the denial of a
 * state taken as kept that a sentence says was removed, and the why-question about a stated figure that a sentence only
 * stating it leaves unanswered.
 */
class VerdictRulesTest {
    @TempDir
    static Path data;
    static PassageIndex index;
    static QuestionAnalyzer analyzer;

    @BeforeAll
    static void build() {
        Corpus corpus = Corpus.of(Map.of("rules", Fixtures.article("Rules", "New Beta products will ship first on Alpha Cloud, unless Alpha "
                + "cannot support or chooses not to support needed features. The old clause has been completely removed. "
                + "Beta's license to Alpha runs until 2032. Alpha invested $10 billion in Beta to acquire a third of its shares. "
                + "Despite losing its exclusive deal, Alpha stands to gain from Beta's growth. Beta's fee to Alpha is subject to a cap.\n")));
        index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), l -> {});
        analyzer = new QuestionAnalyzer(index, new QueryMaker(index, Fixtures.embedder()), Optional.empty());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Question q(String question) {
        return analyzer.analyze(question, List.of());
    }

    /** A draft that opens with the quote of the sentence starting {@code start}. */
    private static DraftBuilder quoting(String start) {
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
        DraftBuilder draft = new DraftBuilder();
        return draft.say(s.quote(), List.of(draft.cite(s, s.quote())));
    }

    private static String excepted(String question) {
        return Exceptions.verdict(q(question), quoting("New Beta products"), index.sentences().names());
    }

    @Test
    void aCaseTheStatedExceptionCoversIsNotUnderTheRule() {
        String verdict = excepted("Say Beta launches a product needing features Alpha chooses not to support. "
                + "Does Beta still have to ship it on Alpha Cloud first?");
        assertTrue(verdict != null && verdict.startsWith("No — not in that case: the articles make an exception “unless Alpha cannot support"), verdict);
        assertNull(excepted("Does Beta have to ship new products on Alpha Cloud first?"), "no case told");
        assertNull(excepted("If Alpha supports the needed features, does Beta still have to ship new products on Alpha Cloud first?"),
                "a case without the exception's 'not' is outside it");
        assertNull(excepted("Does Beta ship first on Alpha Cloud unless Alpha cannot support the features?"), "a question saying 'unless' restates the rule");
    }

    @Test
    void aCaseTheExceptionCoversMayGoAnotherWayAndAQuestionAskingBothGetsNoYesOrNo() {
        String may = excepted("Say Alpha chooses not to support features a new Beta product needs. Can Beta ship it first on another cloud?");
        assertTrue(may != null && may.startsWith("Yes — the articles make an exception “unless Alpha cannot support"), may);
        String both = excepted("Say Alpha chooses not to support features Beta needs. Does Beta still have to ship first on Alpha Cloud, or can it go elsewhere?");
        assertTrue(both != null && both.startsWith("Not in that case: "), both);
        // "can't" in the case is no "can" asked: the question asks whether the rule still binds
        String binds = excepted("If Alpha can't support features a new Beta product needs, does Beta still have to ship it on Alpha Cloud first?");
        assertTrue(binds != null && binds.startsWith("No — not in that case"), binds);
    }

    @Test
    void aQuestionAboutAnotherMatterThanWhetherTheRuleBindsGetsNoExceptionVerdict() {
        assertNull(excepted("If Alpha chooses not to support features Beta needs, does Beta pay Alpha a smaller fee?"), "the parties are no words of the rule");
        assertNull(excepted("If Alpha chooses not to support features Beta needs, does that hurt Alpha's standing?"), "nothing asked of whether the rule binds");
    }


    @Test
    void aStateTakenAsSurvivingIsDeniedByASentenceSayingItWasRemoved() {
        assertEquals("No — the articles say “removed”.", Antonyms.correction(q("Did the old clause survive?"), quoting("The old clause")));
        assertNull(Antonyms.correction(q("Why was the old clause removed?"), quoting("The old clause")), "the same word said is no contradiction");
    }

    @Test
    void anOppositeIsNoContradictionWhenTheWordIsSaidInAnotherFormOrTheOppositeIsNegated() {
        assertNull(Antonyms.correction(q("Why does Alpha's stake matter for its loss of exclusivity?"), quoting("Despite losing")),
                "'losing' says the 'loss' asked");
        assertNull(Antonyms.correction(q("Does Beta ship first on Alpha Cloud even when features are unsupported?"), quoting("New Beta products")),
                "'cannot support' says 'unsupported'");
    }

    @Test
    void aStateTheSentenceNegatesOrAChangeOfWhatItKeepsIsFoundWhereverTheQuestionSaysIt() {
        assertEquals("non-exclusive", Opposite.negatedWord("Will Alpha get exclusive access in 2031?", "alpha holds a non-exclusive license until 2032"));
        assertNull(Opposite.negatedWord("Will Alpha keep its non-exclusive license in 2031?", "alpha holds a non-exclusive license until 2032"),
                "the question negates it too");
        assertEquals("unchanged", Opposite.keptAgainstChange("Will Alpha get a bigger fee in 2029?", "the fee remains unchanged at 5% until 2030"));
        assertNull(Opposite.keptAgainstChange("Will Alpha get a fee in 2029?", "the fee remains unchanged at 5% until 2030"), "no change asked");
    }

    @Test
    void anOrdinalTheSentenceGivesTheSameThingOtherwiseIsFound() {
        String sentence = "Gamma announced $50 billion, with $15 billion arriving in the first tranche.";
        assertEquals("first tranche", Opposite.otherOrdinal("Did Gamma's $15 billion arrive in the second tranche?", sentence));
        assertNull(Opposite.otherOrdinal("Did Gamma's $15 billion arrive in the first tranche?", sentence), "the same ordinal");
        assertNull(Opposite.otherOrdinal("Did Gamma's $15 billion arrive in the second round?", sentence), "another thing");
        assertNull(Opposite.otherOrdinal("Did the second tranche follow?", sentence + " The second tranche follows later."), "the sentence says it too");
    }

    @Test
    void aParticipleNegatedByUnIsTheOppositeOfItsStem() {
        assertEquals("No — the articles say “cap”.", Antonyms.correction(q("Is Beta's fee to Alpha uncapped?"), quoting("Beta's fee")));
        assertEquals(List.of("cap"), dev.dealbot.text.Opposites.of(dev.dealbot.text.Tokens.of("uncapped").get(0)));
        assertTrue(dev.dealbot.text.Opposites.of(dev.dealbot.text.Tokens.of("unions").get(0)).isEmpty(), "only a participle");
        assertTrue(dev.dealbot.text.Opposites.of(dev.dealbot.text.Tokens.of("tied").get(0)).contains("independ"), "hanging on a thing against apart from it");
        assertTrue(dev.dealbot.text.Opposites.of(dev.dealbot.text.Tokens.of("independent").get(0)).contains("link"));
        assertTrue(dev.dealbot.text.Opposites.of(dev.dealbot.text.Tokens.of("ties").get(0)).isEmpty(), "bonds are no thing tied");
        var asked = dev.dealbot.text.Tokens.of("Is the share tied to Beta's technology progress?");
        var said = dev.dealbot.text.Tokens.of("The share is independent of technology progress.");
        var other = dev.dealbot.text.Tokens.of("The share is independent of the stake.");
        assertTrue(Antonyms.sameObject(asked, asked.get(3), said, said.get(3)));
        assertFalse(Antonyms.sameObject(asked, asked.get(3), other, other.get(3)), "independent of another thing");
    }

    @Test
    void whyAStatedFigureIsWhatItIsNeedsACauseOrAPurposeInTheSentence() {
        assertTrue(Unexplained.figureWithoutCause(q("Why does Beta's license run until 2032?"), quoting("Beta's license"), index.sentences().names()));
        assertFalse(Unexplained.figureWithoutCause(q("Why did Alpha invest $10 billion?"), quoting("Alpha invested"), index.sentences().names()),
                "'to acquire' is a purpose");
        assertFalse(Unexplained.figureWithoutCause(q("How long does Beta's license run, until 2032?"), quoting("Beta's license"), index.sentences().names()), "no why asked");
        assertFalse(Unexplained.figureWithoutCause(q("Why does Alpha's license to Beta run until 2032?"), quoting("Beta's license"), index.sentences().names()),
                "two parties named may be the wrong way round, which the sentence corrects");
        DraftBuilder led = quoting("Beta's license").lead("That is the other way round:");
        assertFalse(Unexplained.figureWithoutCause(q("Why does Beta's license run until 2032?"), led, index.sentences().names()), "a draft of the bot's own words answers already");
    }

    @Test
    void aStateGivenAsAnAttributeIsNegatedByTheSentencesNonForm() {
        assertEquals("non-exclusive", Opposite.negatedAttribute("Why did Alpha get an exclusive license?", "the license is now non-exclusive."));
        assertNull(Opposite.negatedAttribute("Why did Alpha get a license?", "the license is now non-exclusive."), "no word of the question negated");
        assertNull(Opposite.negatedForm("Why did Alpha get an exclusive license?", "the license is now non-exclusive."),
                "as a held state only after 'is', 'stays', ...");
    }

    @Test
    void aStateACausativeVerbPutsItsObjectIntoIsNegatedByTheSentencesNonForm() {
        assertEquals("non-exclusive", Opposite.negatedForm("Since the amendment made Alpha's licence to Beta's models exclusive through 2032, how does Beta sell elsewhere?",
                "alpha's licence is now non-exclusive."));
        assertEquals("non-exclusive", Opposite.negatedForm("Given that the deal keeps the licence exclusive, what can Beta do?", "alpha holds a non-exclusive licence."));
        assertNull(Opposite.negatedForm("Since Gamma made an exclusive deal with Beta, what does Alpha get?", "alpha holds a non-exclusive licence."),
                "a word after an article is the object's attribute, not its state");
        assertEquals("non-exclusive", Opposite.negatedForm("Why did Alpha keep its exclusive licence, even though Gamma invested?", "alpha holds a non-exclusive licence."),
                "what is kept keeps its attribute");
        assertNull(Opposite.negatedForm("Since the deal made Alpha pay more, which exclusive terms remain?", "alpha holds a non-exclusive licence."),
                "the verb's clause ends at a comma");
        assertNull(Opposite.negatedForm("Since the deal made the licence exclusive, what then?", "the licence is not exclusive."),
                "only the non- form negates a word after such a verb");
    }

    @Test
    void aThingAskedToStopAtAnEventTheSentenceMakesItsBoundGetsNoVerdict() {
        String quote = "The revenue sharing will continue until 2030, but subject to an overall cap.";
        org.junit.jupiter.api.Assertions.assertTrue(Opposite.boundedAt("Will the revenue share stop when the cap is hit?", quote));
        org.junit.jupiter.api.Assertions.assertTrue(Opposite.boundedAt("Is the share phased out once its overall cap is reached?", quote));
        org.junit.jupiter.api.Assertions.assertFalse(Opposite.boundedAt("Will the revenue share stop when AGI is reached?", quote), "AGI bounds nothing here");
        org.junit.jupiter.api.Assertions.assertFalse(Opposite.boundedAt("Will the revenue share stop?", quote), "no event asked");
    }
}
