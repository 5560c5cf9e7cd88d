package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dealbot.config.RetrievalSettings;
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
 * Each evidence rule on a small corpus of its own (a real index, no bot): a rule names what a sentence lacks, or null
 * when the sentence may answer.
 */
class SelectorRulesTest {
    @TempDir
    static Path data;
    static PassageIndex index;
    static QuestionAnalyzer analyzer;
    static Selector selector;

    @BeforeAll
    static void build() {
        Corpus corpus = Corpus.of(Map.of(
                "pay", Fixtures.article("Payments", "Beta will pay a 20% revenue share to Alpha until 2030, but the "
                        + "payments will now be subject to a cap. Alpha will no longer pay Beta anything.\n"),
                "since", Fixtures.article("Totals", "Alpha has invested $5 billion in Beta since 2019, its largest bet.\n"),
                "people", Fixtures.article("People", "On Monday, Gamma CEO Dana Lee praised the deal. Alpha holds "
                        + "approximately 27% of Beta. Beta's valuation reached $850 billion in its latest round.\n"),
                "said", Fixtures.article("Statements", "In a memo, Dana Lee said the old deal limited Gamma's reach. "
                        + "Last year Alpha earned $7.5 billion from Beta. Analysts at one firm said the deal would help Alpha, given Alpha's gain from its stake in Beta.\n"),
                "plans", Fixtures.article("Plans", "Alpha and Beta will build large data centers together in October. "
                        + "Beta picked Gamma's chips, called Zeta chips, for training. The clause would have let Beta limit Alpha's access. "
                        + "Gamma will retain a 10% share of sales, though it will no longer pay Delta anything. "
                        + "Delta's fee to Gamma stays unchanged at 5% through 2031. "
                        + "The deal was signed on April 27 in Delta City. In October, Alpha valued its stake in Beta at $135 billion. Beta hired a new chief in May. Alpha now holds a non-exclusive license to Beta's models.\n")));
        index = PassageIndex.openOrBuild(corpus, data, Fixtures.embedder(), l -> {});
        analyzer = new QuestionAnalyzer(index, new QueryMaker(index, Fixtures.embedder()), Optional.empty());
        selector = new Selector(index.sentences().names(), index.sentences().people().nameWords(), new RetrievalSettings(6, 20, 0.38).minRelevance());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** Runs {@code check} on a real index of one article of its own, {@code text} under a test header, in its own folder. */
    private static void withArticle(String docId, String title, String text, java.util.function.Consumer<PassageIndex> check) {
        Corpus one = Corpus.of(Map.of(docId, Fixtures.article(title, text)));
        try (PassageIndex small = PassageIndex.openOrBuild(one, data.resolve(docId), Fixtures.embedder(), l -> {})) {
            check.accept(small);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String rejection(String question, String sentenceStart) {
        Question q = analyzer.analyze(question, List.of());
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(sentenceStart)).findFirst().orElseThrow();
        return selector.rules(q, q.query(), q.kinds(), true).rejection(s);
    }

    private static boolean statesClaimedThing(String question, String sentenceStart, String figure) {
        Question q = analyzer.analyze(question, List.of());
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(sentenceStart)).findFirst().orElseThrow();
        var f = s.figures().stream().filter(x -> x.text().equals(figure)).findFirst().orElseThrow();
        return ClaimThing.of(q, index.sentences().names()).statedIn(s, f);
    }

    @Test
    void aNameOfferedAsAChoiceOrInTheOtherOutcomeIsMetByTheSentenceNamingTheOther() {
        assertNotEquals("names", rejection("Was the memo written by Dana Lee or by Delta?", "In a memo, Dana Lee said"));
        assertEquals("names", rejection("Was the memo written by Dana Lee and by Delta?", "In a memo, Dana Lee said"), "both asked");
        assertNotEquals("names", rejection("Did Dana Lee write the memo, or did it come from Delta?", "In a memo, Dana Lee said"),
                "a name only in the other outcome offered");
    }

    @Test
    void aWordOfExtentIsNoThingMeasured() {
        assertEquals(java.util.Set.of("revenu"), Selector.things(java.util.Set.of("revenu", "total")));
        assertEquals(java.util.Set.of("valuat"), Selector.things(java.util.Set.of("cumul", "valuat")));
        assertEquals(java.util.Set.of("total"), Selector.things(java.util.Set.of("total")), "all it has");
        withArticle("cumulative", "Cumulative", "Alpha had strong revenue last year. Since 2019, Alpha has invested over $5 billion in Beta cumulative.\n", small -> {
            QuestionAnalyzer reader = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            Selector own = new Selector(small.sentences().names(), small.sentences().people().nameWords(), 0.38);
            SentenceInfo s = small.sentences().all().stream().filter(x -> x.text().startsWith("Since 2019")).findFirst().orElseThrow();
            Question revenue = reader.analyze("What was Alpha's total revenue?", List.of());
            assertNotNull(own.rules(revenue, revenue.query(), revenue.kinds(), true).rejection(s),
                    "'cumulative' (a synonym of 'total') alone does not name the revenue, nor is the sum attached to it");
            Question invested = reader.analyze("What is Alpha's total investment?", List.of());
            assertNull(own.rules(invested, invested.query(), invested.kinds(), true).rejection(s));
        });
    }

    @Test
    void aYesNoFigureIsStatedOnlyOfTheThingItsWordsName() {
        assertFalse(statesClaimedThing("Is the cap $135 billion?", "In October, Alpha valued", "$135 billion"),
                "the sum is the stake's, not a cap's");
        assertTrue(statesClaimedThing("Did Alpha invest $5 billion in total?", "Alpha has invested", "$5 billion"));
        assertTrue(statesClaimedThing("Alpha invested $9 billion, didn't it?", "Alpha has invested", "$5 billion"),
                "a question tag's word is in another clause, not the figure's thing");
        assertTrue(statesClaimedThing("Was Beta's valuation raised to $900 billion?", "Beta's valuation reached", "$850 billion"),
                "a verb of change before 'to' names no thing");
        assertTrue(statesClaimedThing("Is Alpha's stake $135 billion?", "In October, Alpha valued", "$135 billion"));
        assertFalse(statesClaimedThing("Is the cap on Alpha's stake $135 billion?", "In October, Alpha valued", "$135 billion"),
                "the figure is said of the subject's head, the cap, though the stake stands beside it");
        assertTrue(statesClaimedThing("Is Alpha's investment a full $5 billion?", "Alpha has invested", "$5 billion"),
                "a word between an article and the figure describes the amount");
        assertFalse(statesClaimedThing("Is there a cap of $135 billion on the share?", "In October, Alpha valued", "$135 billion"),
                "'a cap of' names the thing, a link word between it and the figure");
        assertTrue(ClaimThing.of(analyzer.analyze("Has Alpha ever splurged $9 billion?", List.of()), index.sentences().names()).isNone(),
                "a word the articles never use is the asker's own");
        assertTrue(statesClaimedThing("Has Alpha sunk $9 billion into Beta?", "Alpha has invested", "$5 billion"),
                "a sum put into a party in the asker's own verb is an investment");
        assertFalse(statesClaimedThing("Has Alpha sunk $9 billion into Beta?", "Last year Alpha earned", "$7.5 billion"));
    }

    @Test
    void aSubjectWrittenWithItsOwnersPossessiveIsWhatTheClaimsFigureMeasures() {
        assertFalse(statesClaimedThing("Alpha's valuation hit $5 billion in its latest round?", "Alpha has invested", "$5 billion"),
                "the valuation is the head: an investment's sum is not stated of it");
        assertTrue(statesClaimedThing("Beta's valuation hit $900 billion in its latest round?", "Beta's valuation reached", "$850 billion"));
        assertTrue(statesClaimedThing("Did Alpha's investment total $9 billion?", "Alpha has invested", "$5 billion"),
                "an auxiliary may open the question before the subject");
        assertFalse(ClaimThing.of(analyzer.analyze("Alpha's valuation hit $900 billion?", List.of()), index.sentences().names()).isNone());
    }

    @Test
    void aDateIsNeededForWhenAndStatedAboutTheThingAsked() {
        assertNull(rejection("Until when does Beta pay Alpha a revenue share?", "Beta will pay"));
        assertEquals("kind", rejection("When does Alpha stop paying Beta?", "Alpha will no longer pay"));
        assertEquals("attached", rejection("When will the cap on the payments be reached?", "Beta will pay"),
                "the year is stated about the payments, the cap in another clause");
    }

    @Test
    void anArticleIsNamedAsReportingAnAskedFigureOnlyWhenItsCitedSentenceGivesIt() {
        DraftBuilder draft = new DraftBuilder();
        for (String start : List.of("Alpha holds", "In October, Alpha valued")) {
            SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
            draft.cite(s, s.quote());
        }
        assertEquals(List.of("plans"), AboutArticles.stating(analyzer.analyze("Which article gives the $135 billion value of Alpha's stake?", List.of()), draft));
        assertEquals(List.of("people", "plans"), AboutArticles.stating(analyzer.analyze("Which article is about Alpha's stake?", List.of()), draft), "no figure asked");
        assertEquals(List.of("people", "plans"), AboutArticles.stating(analyzer.analyze("Which article gives the $9 billion figure?", List.of()), draft),
                "none gives it: all are named, as before");
    }

    @Test
    void aSideDatedByTheSentenceTakesItsFigureFromTheSentenceNotItsContext() {
        withArticle("rounds", "Rounds", "Alpha has put $13 billion into Beta since 2019. "
                + "In January 2023, Alpha invested $10 billion in that round at a $29 billion valuation.\n", small -> {
            SentenceInfo round = small.sentences().all().stream().filter(x -> x.text().startsWith("In January")).findFirst().orElseThrow();
            assertTrue(round.quote().startsWith("Alpha has put $13 billion"), "the quote leans on the sentence before: " + round.quote());
            var sums = round.figures().stream().filter(f -> f.type() == dev.dealbot.text.Figure.Type.MONEY).toList();
            assertEquals(List.of("$10 billion", "$29 billion"), Reasoner.ownWhenDated("Alpha's January 2023 investment", round, sums).stream()
                    .map(f -> round.quote().substring(f.start(), f.end())).toList());
            assertEquals(3, Reasoner.ownWhenDated("Alpha's investment", round, sums).size(), "undated: the context's figure may be the side's");
        });
    }

    @Test
    void aTimeAskedBeforeOrAfterAnotherIsNotAnsweredByASentenceDatedOnlyByThatOther() {
        assertEquals("october", Selector.anchor("When was the previous revision before October?"));
        assertEquals("2030", Selector.anchor("What happens after 2030?"));
        assertNull(Selector.anchor("When was the revision in October?"));
        assertEquals("anchor", rejection("When was Alpha's previous valuation before October?", "In October, Alpha valued"));
        assertNull(rejection("When did Alpha value its stake, before or after October?", "In October, Alpha valued"),
                "'before or after' names no anchor");
    }

    @Test
    void aShareInWordsBesideTheClaimedFigureIsComparedWithTheSentencesOwnShare() {
        SentenceInfo holds = index.sentences().all().stream().filter(x -> x.text().startsWith("Alpha holds approximately 27%")).findFirst().orElseThrow();
        Question half = analyzer.analyze("Did Alpha get half of Beta for $5 billion?", List.of());
        assertEquals("27%", Premise.otherShare(half, half.claimed(), holds).text());
        Question quarter = analyzer.analyze("Did Alpha get about a quarter of Beta for $5 billion?", List.of());
        assertNull(Premise.otherShare(quarter, quarter.claimed(), holds), "a quarter rounds 27%");
        Question none = analyzer.analyze("Did Alpha pay $5 billion?", List.of());
        assertNull(Premise.otherShare(none, none.claimed(), holds), "no share in words claimed");
    }

    @Test
    void twoOrThreeLowerCaseLettersAreReadAsAMainPartysNameOnly() {
        assertTrue(analyzer.analyze("does al pay beta?", List.of()).english().contains("Alpha"), "Alpha is named in most sentences");
        assertFalse(analyzer.analyze("does ze pay beta?", List.of()).english().contains("Zeta"), "Zeta is named once");
    }

    @Test
    void whoIsToldByANameTheQuestionDoesNotGiveNotByANounForPeople() {
        Question q = analyzer.analyze("Who at Beta said the deal would help Alpha, given its stake?", List.of());
        SentenceInfo named = index.sentences().all().stream().filter(x -> x.text().startsWith("In a memo, Dana Lee")).findFirst().orElseThrow();
        SentenceInfo analysts = index.sentences().all().stream().filter(x -> x.text().startsWith("Analysts at one firm")).findFirst().orElseThrow();
        assertTrue(NamingRule.namesSomeone(q.naming(), q.english(), named, index.sentences().names()));
        assertFalse(NamingRule.namesSomeone(q.naming(), q.english(), analysts, index.sentences().names()), "'analysts' names no one, and Alpha and Beta are the question's own");
    }

    @Test
    void aPossessedHeadThatIsAnotherWordForAFiguresUnitNamesNoThing() {
        withArticle("cut", "Cut", "Gamma keeps a cut of the sales. Gamma holds 10 percent of Delta. Gamma's valuation is $9 billion.\n", small -> {
            QuestionAnalyzer reader = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            assertTrue(ClaimThing.of(reader.analyze("Is Gamma's cut still 10%?", List.of()), small.sentences().names()).head().isEmpty(),
                    "'cut' is a percentage");
            assertFalse(ClaimThing.of(reader.analyze("Is Gamma's valuation still $9 billion?", List.of()), small.sentences().names()).head().isEmpty());
        });
    }

    @Test
    void aStatementAskedForIsToldByAnySentenceReportingSpeech() {
        withArticle("talk", "Talk", "Dana Lee stated in early April that the goal is to lead by 2027. Her plan has three steps.\n", small -> {
            QuestionAnalyzer reader = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            Selector rules = new Selector(small.sentences().names(), small.sentences().people().nameWords(), new RetrievalSettings(6, 20, 0.38).minRelevance());
            SentenceInfo said = small.sentences().all().stream().filter(x -> x.text().startsWith("Dana Lee stated")).findFirst().orElseThrow();
            Question statement = reader.analyze("When was Dana Lee's statement about the goal?", List.of());
            assertNull(rules.rules(statement, statement.query(), statement.kinds(), true).rejection(said), "'stated' tells of a statement");
            Question plan = reader.analyze("When was Dana Lee's plan about the goal?", List.of());
            assertEquals("focus", rules.rules(plan, plan.query(), plan.kinds(), true).rejection(said), "a plan is no speech");
        });
    }

    @Test
    void aSideNamedByABareNounPhraseHasItsFigureOnlyWhereTheArticlesGiveThatThingOne() {
        var names = index.sentences().names();
        Question cap = analyzer.analyze("the payments cap", List.of());
        assertEquals("cap", SideChecks.head("the payments cap", cap.query(), names).term());
        Question value = analyzer.analyze("the value Alpha put on its stake in October", List.of());
        assertNull(SideChecks.head("the value Alpha put on its stake in October", value.query(), names), "a clause: no bare noun phrase");
        assertNull(SideChecks.head("the total it has invested", analyzer.analyze("the total it has invested", List.of()).query(), names));
        Question loss = analyzer.analyze("the Alpha 7.5 billion loss", List.of());
        assertTrue(SideChecks.misnamedFigure("the Alpha 7.5 billion loss", dev.dealbot.text.Figures.of("the Alpha 7.5 billion loss").get(0), loss.query()),
                "'loss' is no word of the articles: their 7.5 billion is another thing");
        Question stake = analyzer.analyze("Alpha's 27% stake", List.of());
        assertFalse(SideChecks.misnamedFigure("Alpha's 27% stake", dev.dealbot.text.Figures.of("Alpha's 27% stake").get(0), stake.query()));
        assertNull(SideChecks.head("half of its stake", analyzer.analyze("half of its stake", List.of()).query(), names), "a scaling word");
        var candidates = index.sentences().all().stream().map(s -> new dev.dealbot.retrieval.Candidate(s, 0.5, 0.5)).toList();
        assertFalse(SideChecks.figured(SideChecks.head("the payments cap", cap.query(), names), dev.dealbot.text.Kind.MONEY, candidates),
                "'subject to a cap' gives the cap no sum");
        Question held = analyzer.analyze("Alpha's stake", List.of());
        assertTrue(SideChecks.figured(SideChecks.head("Alpha's stake", held.query(), names), dev.dealbot.text.Kind.MONEY, candidates));
    }

    @Test
    void remarksCommentsAndInterviewsAreSpeech() {
        for (String side : List.of("suleyman's remarks", "his comments on the deal", "what he remarked", "the jassy interview"))
            assertTrue(Selector.SPEECH.matcher(side).find(), side);
        assertFalse(Selector.SPEECH.matcher("suleyman's goal for the models").find());
    }

    @Test
    void aShareOfACompanysSharesIsAHoldingInIt() {
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith("Alpha holds")).findFirst().orElseThrow();
        assertFalse(Selector.sharesHeld(java.util.Set.of("stake"), s), "'27% of Beta' names no shares");
        withArticle("round", "Round", "In 2023 Alpha bought nearly one-third of the company's shares.\n", small -> {
            SentenceInfo bought = small.sentences().all().get(0);
            assertTrue(Selector.sharesHeld(java.util.Set.of("stake"), bought));
            assertFalse(Selector.sharesHeld(java.util.Set.of("revenu"), bought), "only a holding asked for");
        });
    }

    @Test
    void aTermsEndAnswersHowLongOnlyForTheThingWhoseTermItIs() {
        assertEquals("term", rejection("How long will Beta keep using Gamma's chips?", "Beta will pay"),
                "the payments' end is no end of using chips, though both name Beta");
        assertNull(rejection("How long will Beta pay the revenue share?", "Beta will pay"));
        assertEquals("duration", rejection("How long will Alpha keep its stake in Beta?", "In October, Alpha valued its stake"),
                "a point in time is no duration");
        withArticle("ip", "IP", "Alpha secures a non-exclusive license to Beta IP for models through 2032. Alpha will pay Gamma until 2030.\n", small -> {
            Selector rules = new Selector(small.sentences().names(), small.sentences().people().nameWords(), 0.38);
            QuestionAnalyzer local = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            Question q = local.analyze("When does Alpha's IP access end?", List.of());
            SentenceInfo licence = small.sentences().all().stream().filter(x -> x.text().startsWith("Alpha secures")).findFirst().orElseThrow();
            SentenceInfo pays = small.sentences().all().stream().filter(x -> x.text().startsWith("Alpha will pay")).findFirst().orElseThrow();
            assertNotEquals("term", rules.rules(q, q.query(), q.kinds(), true).rejection(licence),
                    "an acronym of a common noun ('IP') is a word of the thing, not a party");
            assertNotNull(rules.rules(q, q.query(), q.kinds(), true).rejection(pays), "the payments' end is no end of IP access");
        });
    }

    @Test
    void askedWhatAPayerAlonePaysASentenceWhereItIsOnlyPaidGoesTheOtherWay() {
        assertEquals("direction", rejection("What does Beta still have to pay?", "Alpha will no longer pay"),
                "Beta is only paid there");
        assertNotEquals("direction", rejection("What does Beta still have to pay?", "Beta will pay"));
    }

    @Test
    void theNamesAskedAboutMustBeMentioned() {
        assertNotNull(rejection("What percentage of Beta does Gamma hold?", "Alpha holds"));
        assertNull(rejection("What percentage of Beta does Alpha hold?", "Alpha holds"));
    }

    @Test
    void askedForOnesThingTheSentenceMustNotTieItToAnother() {
        assertEquals("owner", rejection("Who is the CEO of Beta?", "On Monday, Gamma CEO"));
        assertNull(rejection("Who is Gamma's CEO?", "On Monday, Gamma CEO"));
        assertNull(rejection("What is Beta's valuation?", "Beta's valuation"));
        assertEquals("owner", rejection("What is Alpha's valuation?", "Beta's valuation"));
    }

    @Test
    void whoDidADeedIsAnsweredOnlyBySentenceThatTellsTheDeed() {
        assertEquals("deed", rejection("Who signed the deal for Alpha?", "In a memo, Dana Lee said"),
                "a sentence naming someone for another deed does not tell who signed");
        assertNull(rejection("Who signed the deal?", "The deal was signed on April 27"), "a passive still tells the deed");
        assertNull(rejection("Who praised the deal?", "On Monday, Gamma CEO"));
        assertNull(rejection("Who said the old deal limited Gamma?", "In a memo, Dana Lee said"), "a verb of saying may be another");
        assertNull(rejection("Who benefits from the deal?", "Analysts at one firm said the deal would help"),
                "faring well is told in other words");
        assertEquals("deed", rejection("Which Gamma executive signed the deal?", "On Monday, Gamma CEO"),
                "'which executive signed' asks the doer of a deed as 'who signed' does");
        assertNull(rejection("Who publicly praised the deal?", "On Monday, Gamma CEO"), "an adverb before the verb is not the deed");
        assertEquals("deed", rejection("Who publicly signed the deal for Alpha?", "In a memo, Dana Lee said"));
    }

    @Test
    void aFigureAskedOfAPartyActingIsNotAnotherPartysFigureQuotedBesideItsName() {
        withArticle("stake", "Stakes", "Despite losing exclusivity, Alpha maintains a substantial stake in Beta, owning approximately 27 percent "
                + "of the for-profit entity. This stake ensures that Alpha still stands to gain from Beta's growth, which includes sales made through Gamma.\n", small -> {
            Selector rules = new Selector(small.sentences().names(), small.sentences().people().nameWords(), 0.38);
            QuestionAnalyzer local = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            SentenceInfo context = small.sentences().all().stream().filter(x -> x.text().startsWith("This stake")).findFirst().orElseThrow();
            Question gamma = local.analyze("What percentage stake does Gamma own in Beta?", List.of());
            assertEquals("actor", rules.rules(gamma, gamma.query(), gamma.kinds(), true).rejection(context),
                    "the 27 percent quoted for context is Alpha's");
            Question alpha = local.analyze("What percentage stake does Alpha own in Beta?", List.of());
            assertNotEquals("actor", rules.rules(alpha, alpha.query(), alpha.kinds(), true).rejection(context), "the figure is Alpha's");
            Question passive = local.analyze("What percentage of Beta was Gamma given?", List.of());
            assertNotEquals("actor", rules.rules(passive, passive.query(), passive.kinds(), true).rejection(context),
                    "only a party holding something is checked: one given something is not");
        });
    }

    @Test
    void aNameAfterTheThingAndAPrepositionIsNotItsName() {
        withArticle("models", "Models", "Alpha ensures continued access to cutting-edge models for Delta. Beta calls its new model Zeta.\n", small -> {
            Selector rules = new Selector(small.sentences().names(), small.sentences().people().nameWords(), 0.38);
            QuestionAnalyzer local = new QuestionAnalyzer(small, new QueryMaker(small, Fixtures.embedder()), Optional.empty());
            Question q = local.analyze("What is the name of Alpha's in-house model?", List.of());
            SentenceInfo forDelta = small.sentences().all().stream().filter(x -> x.text().startsWith("Alpha ensures")).findFirst().orElseThrow();
            assertEquals("naming", rules.rules(q, q.query(), q.kinds(), true).rejection(forDelta), "'models for Delta' names no model");
            Question beta = local.analyze("What is the name of Beta's new model?", List.of());
            SentenceInfo named = small.sentences().all().stream().filter(x -> x.text().startsWith("Beta calls")).findFirst().orElseThrow();
            assertNotEquals("naming", rules.rules(beta, beta.query(), beta.kinds(), true).rejection(named));
        });
    }

    @Test
    void daysOfTheWeekAndPartsOfTheDayAreReadWithoutAPluralS() {
        assertEquals(java.util.Set.of("monday"), DayWords.of(DayWords.WEEKDAY, "On Mondays, Alpha said"));
        assertEquals(java.util.Set.of("evening"), DayWords.of(DayWords.DAY_PART, "On the evening of April 27, Alpha signed"));
        assertTrue(DayWords.asked(analyzer.analyze("What day of the week did Alpha sign?", List.of())));
        assertTrue(DayWords.asked(analyzer.analyze("At what time of day was the deal signed?", List.of())));
        assertFalse(DayWords.asked(analyzer.analyze("What day was the deal signed?", List.of())), "a day alone is a date");
    }

    @Test
    void aWordOfSpeechAfterADeterminerNamesAThingAndReportsNoSpeech() {
        assertFalse(Selector.reportsSpeech("based on the estimated $29 billion valuation, alpha invested $10 billion"));
        assertFalse(Selector.reportsSpeech("in a memo leaked in april"), "a memo is a thing, the memo's writer not named");
        assertTrue(Selector.reportsSpeech("analysts estimated the gain at $7.5 billion"));
        assertTrue(Selector.reportsSpeech("in a memo, dana lee said the old deal limited gamma's reach"));
    }

    @Test
    void whichPersonIsAnsweredOnlyByAPersonsName() {
        assertEquals("naming", rejection("Which Alpha executive praised the deal?", "Alpha and Beta will build"),
                "a company's name does not tell which of its people");
        assertNull(rejection("Which Gamma executive praised the deal?", "On Monday, Gamma CEO"));
        assertNull(rejection("Which company praised the deal?", "On Monday, Gamma CEO"), "a company may be told by any name");
    }

    @Test
    void whoPaysWhomMustBeTheRightWayRound() {
        assertEquals("direction", rejection("Is a revenue share paid by Alpha to Beta?", "Beta will pay"));
        assertNull(rejection("Is a revenue share paid by Beta to Alpha?", "Beta will pay"));
        assertNotNull(rejection("How much does Alpha pay Beta?", "Beta will pay"), "Alpha is not who pays in it");
    }

    @Test
    void whatDidXSayNeedsXAndASpeechVerb() {
        assertNull(rejection("What did Dana Lee say about the old deal?", "In a memo, Dana Lee said"));
        assertEquals("names", rejection("What did Dana Lee say about the old deal?", "On Monday, Gamma CEO"));
    }

    @Test
    void aRelativeTimeTheQuestionSetsMustBeStated() {
        assertNull(rejection("How much did Alpha earn from Beta last year?", "Last year Alpha earned"));
        assertEquals("qualifier", rejection("How much did Alpha earn from Beta last quarter?", "Last year Alpha earned"));
    }

    @Test
    void theFiguresTheQuestionNamesMustBeStated() {
        assertEquals("figures", rejection("Did anything happen in 2019 with the payments?", "Beta will pay"));
    }

    @Test
    void aYearMustStandInTheSentenceAsItStandsInTheQuestion() {
        assertEquals("figures", rejection("How much did Alpha invest in Beta in 2019?", "Alpha has invested"),
                "a total since 2019 is not what was invested in 2019");
        assertNull(rejection("How much has Alpha invested in Beta since 2019?", "Alpha has invested"));
        assertNull(rejection("How much has Alpha put into Beta since it first got involved back in 2019?", "Alpha has invested"));
    }

    @Test
    void aPercentageOfAnAmountMustBeStatedOfThatAmount() {
        assertEquals("attached", rejection("What percent of its revenue does Alpha pay Beta?", "Alpha holds"),
                "a percentage of a company is a stake, not a share of revenue");
        assertNull(rejection("What percentage of Beta does Alpha hold?", "Alpha holds"));
        assertEquals("revenue", dev.dealbot.question.Quantities.wholeOf("what % of OpenAI's total revenue goes to Microsoft?"));
        assertNull(dev.dealbot.question.Quantities.wholeOf("what percent of OpenAI's for-profit arm does Microsoft hold?"));
    }

    @Test
    void whoIsAnsweredOnlyBySomeoneTheQuestionDoesNotName() {
        assertEquals("naming", rejection("Who led the talks with Beta about the data centers for Alpha?", "Alpha and Beta will build"),
                "only the question's own parties");
        assertNull(rejection("Who said the old deal limited Gamma's reach?", "In a memo, Dana Lee said"));
        assertEquals("naming", rejection("Under the clause, who would have decided on access for Beta?", "The clause would have let"),
                "Alpha is named only as the owner of the access");
    }

    @Test
    void whoClaimsSomethingIsAnsweredOnlyByASentenceThatReportsSpeech() {
        assertNull(rejection("Who is claiming the deal would help Alpha?", "Analysts at one firm"));
        assertEquals("naming", rejection("Who is claiming the payments will be capped?", "Beta will pay"),
                "Beta pays; nobody is said to claim anything");
        assertNull(rejection("Who pays the capped payments?", "Beta will pay"), "no speech asked for");
        assertNull(rejection("Who maintains a stake in Beta?", "Alpha holds"), "maintaining is no speech");
    }

    @Test
    void whichFirmIsAnsweredOnlyByANameWhoAlsoByANounForPeople() {
        assertNull(rejection("Who said the deal would help Alpha?", "Analysts at one firm"));
        assertEquals("naming", rejection("Which firm said the deal would help Alpha?", "Analysts at one firm"),
                "analysts do not tell which firm, nor does Alpha, the owner of a gain, or Beta, where the stake is");
        assertNull(rejection("Which company said the old deal limited Gamma's reach?", "In a memo, Dana Lee said"));
    }

    @Test
    void aPresumedClauseIsOpposedByAStopWhereItSaysItContinuesOrByItsOwnWordNegated() {
        assertEquals(Opposite.Stance.OPPOSES, stance("Alpha keeps paying Beta", "Alpha will no longer pay"));
        assertEquals(Opposite.Stance.AGREES, stance("Alpha stopped paying Beta", "Alpha will no longer pay"));
        assertEquals(Opposite.Stance.NONE, stance("Beta hired a chief", "Beta hired"));
        assertEquals("exclusive", Opposite.negated("the deal is exclusive", "a nonexclusive deal"));
        assertEquals("exclusive", Opposite.negated("why is the deal now exclusive", "a nonexclusive deal"), "'now' states it holds now");
        assertNull(Opposite.negated("the deal is not exclusive", "a non-exclusive deal"), "the clause negates it itself");
        assertEquals("non-exclusive", Opposite.negatedForm("is the license still exclusive", "this license is now non-exclusive."));
        assertEquals("no longer be exclusive", Opposite.negatedForm("is it still exclusive", "the license will no longer be exclusive"));
        assertNull(Opposite.negated("the deal went from exclusive to open", "a non-exclusive deal"), "a change, not a state");
        String dated = "It was announced on April 27, 2026 and runs until 2032.";
        assertEquals(List.of(true, false), dev.dealbot.text.Figures.of(dated).stream().filter(f -> f.type() == dev.dealbot.text.Figure.Type.YEAR).map(f -> Premise.monthDated(dated, f)).toList(),
                "a year after its month dates an event; a year after 'until' ends a term");
        assertEquals("exclusive", Opposite.negated("why did the deal become exclusive", "the deal becoming non-exclusive"),
                "a change into a state claims the state now");
        assertNull(Opposite.negated("since Alpha lost its exclusive deal", "a non-exclusive deal"));
        assertNull(Opposite.negated("the deal had been exclusive", "a non-exclusive deal"), "how it was before");
        assertEquals("exclusive", Opposite.negated("Alpha still holds an exclusive licence", "a non-exclusive licence"), "'still holds' claims it now");
        assertNull(Opposite.negated("Alpha holds an exclusive licence", "a non-exclusive licence"), "the attribute of what is held, without 'still'");
        assertTrue(Opposite.mixed("Alpha gave up the licence but kept its stake"));
        assertFalse(Opposite.mixed("Alpha gave up the licence"));
        assertTrue(Opposite.statesNow("exclusive", "the deal is exclusive."));
        assertFalse(Opposite.statesNow("exclusive", "the deal is non-exclusive."));
        assertFalse(Opposite.statesNow("exclusive", "under the earlier terms it had exclusive rights."), "how things were before");
    }

    @Test
    void aClaimThatAThingChangedIsDeniedByASentenceAboutItThatKeepsItUnchanged() {
        SentenceInfo kept = index.sentences().all().stream().filter(x -> x.text().startsWith("Delta's fee")).findFirst().orElseThrow();
        assertEquals("unchanged", DeniedWord.kept("Was Delta's fee to Gamma cut", "Was Delta's fee to Gamma cut?", kept, java.util.Set.of("fee"), false));
        assertEquals("unchanged", DeniedWord.kept("Did Delta raise its fee", "Did Delta raise its fee?", kept, java.util.Set.of("fee"), false));
        assertNull(DeniedWord.kept("Is Delta's cut 5%", "Is Delta's cut 5%?", kept, java.util.Set.of("fee"), false), "'cut' as a noun is a share, not a change");
        assertNull(DeniedWord.kept("Is the fee unchanged", "Is the fee unchanged?", kept, java.util.Set.of("fee"), false), "the asker says it is unchanged");
        assertNull(DeniedWord.kept("Was Beta's chip cut", "Was Beta's chip cut?", kept, java.util.Set.of("chip"), false), "not said of the same thing");
    }

    @Test
    void aYesNoQuestionWhoseOwnWordsTheArticlesNeverUseOutweighingTheirDistinctiveOnesCannotBeSettled() {
        assertTrue(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Did regulators approve the deal?", List.of())));
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Did regulators approve the deal's revenue share cap?", List.of())),
                "the revenue share cap is what the articles speak of");
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Is it really true that Alpha holds 27% of Beta?", List.of())),
                "words of asking whether it is so are no thing asked about, and a figure is checked instead");
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Who approved the deal?", List.of())), "not a yes/no question");
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Was the deal revoked?", List.of())),
                "a word of stopping is understood, though no text uses it");
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Is Alpha now secondary?", List.of())),
                "the opposite of a word the texts use is answered by that word");
        assertFalse(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Now that Beta's payments are uncapped, could Alpha's haul be gigantic?", List.of())),
                "a clause taken as given that says the opposite of the texts is corrected, whatever the rest asks");
        assertTrue(dev.dealbot.question.UnknownWords.outweigh(analyzer.analyze("Now that Beta's payments are large, could Alpha's haul be gigantic?", List.of())));
    }

    private static Opposite.Stance stance(String clause, String sentenceStart) {
        SentenceInfo s = index.sentences().all().stream().filter(x -> x.text().startsWith(sentenceStart)).findFirst().orElseThrow();
        return Opposite.stance(clause, analyzer.analyze(clause, List.of()).query(), s, index.sentences().names());
    }

    @Test
    void aNameIsAskedOfAThingAndMustStandNextToIt() {
        assertNull(rejection("What are the chips Beta picked called?", "Beta picked Gamma's chips"));
        assertEquals("naming", rejection("What is the name of the data centers Alpha and Beta will build?", "Alpha and Beta will build"));
    }

    @Test
    void whereNeedsAPlaceAndAnExactDayNeedsADay() {
        assertEquals("naming", rejection("Where will Alpha and Beta's data centers be located?", "Alpha and Beta will build"));
        assertNull(rejection("Where was the deal signed?  Where is it based?", "The deal was signed"));
        assertEquals("kind", rejection("On what exact day will Alpha and Beta build the data centers?", "Alpha and Beta will build"),
                "a month is not a day");
        assertNull(rejection("On which exact day was the deal signed?", "The deal was signed"));
    }

    @Test
    void whoPaysWhomIsReadFromNamesWrittenInLowerCase() {
        assertEquals("direction", rejection("is a revenue share paid by alpha to beta?", "Beta will pay"));
    }

    @Test
    void aFigureIsStatedOnlyAsTheSameKindAndBesideTheNamesAsked() {
        var table = index.sentences();
        var percent = dev.dealbot.text.Figures.of("20%").get(0);
        assertEquals(true, table.states(percent, List.of()));
        assertEquals(true, table.states(percent, List.of("alpha")));
        assertEquals(false, table.states(percent, List.of("gamma")), "20% is never stated beside Gamma");
        assertEquals(false, table.states(dev.dealbot.text.Figures.of("$20 billion").get(0), List.of()), "20% is not $20 billion");
    }

    @Test
    void someoneAskedForIsNeitherAWordOfANameAskedAboutNorATitleItsSynonymNames() {
        assertEquals("naming", rejection("Who will be the chief executive of Gamma after Lee?", "On Monday, Gamma CEO"),
                "'Dana' is Dana Lee's first name and 'CEO' the chief executive asked about");
        assertNull(rejection("Who valued Alpha's stake in Beta at $135 billion?", "In October, Alpha valued"),
                "a name the question writes only as an owner may be who is asked for");
    }

    @Test
    void whoIsXsTitleNeedsSomeoneElse() {
        assertEquals("naming", rejection("Who is Beta's chief?", "Beta hired"), "Beta is asked about, not who is asked for");
    }

    @Test
    void aDateWithinAYearAnswersWhenOnlyBesideAWordOfTheAskedEvent() {
        assertNull(rejection("When was the deal signed?", "The deal was signed"));
        assertEquals("event", rejection("When did Alpha and Beta open their offices?", "The deal was signed"),
                "the date of the signing does not date another event of the same parties");
        assertNull(rejection("When did Alpha value its stake in Beta?", "In October, Alpha valued"));
        assertNull(rejection("When did Dana Lee praise the deal?", "On Monday, Gamma CEO"));
    }

    @Test
    void theEventRuleLeavesTheEndOfATermToTheOtherRules() {
        var stems = java.util.Set.of("expir");
        assertEquals(true, EventRule.dates("The licence is valid until 2032.", dev.dealbot.text.Figures.of("The licence is valid until 2032."), stems));
        assertEquals(false, EventRule.dates("A memo leaked in mid-April said so.", List.of(), stems));
        assertEquals(true, EventRule.dates("A memo leaked in mid-April said so.", List.of(), java.util.Set.of("leak")));
        String goal = "The goal, set in early April, is to lead by 2027 across all fields.";
        assertEquals(false, EventRule.dates(goal, dev.dealbot.text.Figures.of(goal), java.util.Set.of("appoint")), "a goal's year dates no appointment");
    }

    @Test
    void wordsPointingBackToADateDateWhatStandsNextToThem() {
        String quote = "The revision follows talks held in October between the two firms about their terms. At that time, Alpha valued its stake in Beta at $50 billion.";
        assertEquals(true, EventRule.dates(quote, dev.dealbot.text.Figures.of(quote), java.util.Set.of("valu", "stake")), "'At that time' carries October to the valuing");
        assertEquals(false, EventRule.dates(quote, dev.dealbot.text.Figures.of(quote), java.util.Set.of("sell", "stake")),
                "a pointer dates a deed and what it is done to, not the thing alone");
        String plain = "The revision follows talks held in October between the two firms about their terms. Alpha valued its stake in Beta at $50 billion.";
        assertEquals(false, EventRule.dates(plain, dev.dealbot.text.Figures.of(plain), java.util.Set.of("valu", "stake")), "no pointer, no date for the valuing");
    }

    @Test
    void askedForATransfersFigureTheFigureMustGoTheAskedWay() {
        assertEquals("direction", rejection("What percentage of sales was Gamma paying Delta?", "Gamma will retain"),
                "the 10% is paid to Gamma; only the clause without a figure goes from Gamma to Delta");
    }

    @Test
    void theWrongPartyRuleOnlyCorrectsTheDoerOfTheDeed() {
        org.junit.jupiter.api.Assertions.assertTrue(WrongDoer.subject("How much did Google invest in OpenAI?", "google"));
        org.junit.jupiter.api.Assertions.assertFalse(WrongDoer.subject("When will models go live on AWS Bedrock?", "bedrock"));
        Question q = analyzer.analyze("What did Dana Lee's team say about Beta's 'cloud' plans?", List.of());
        assertEquals(List.of("cloud"), WrongDoer.anchors(q).stream().filter(a -> !q.names().contains(a)).toList(),
                "apostrophes of possessives are no quotation marks");
    }

    @Test
    void aFigureInAClauseOfItsOwnLeavesTheRestOfTheQuestionToBeAnsweredAfterItsCorrection() {
        Question aside = analyzer.analyze("Given that Beta's revenue share rose to 25%, until when does Beta pay it?", List.of());
        assertEquals("25%", aside.claimed().text());
        Question rest = aside.claim().rest();
        assertNotNull(rest, "the clause is an aside: the question asks something else");
        assertFalse(rest.english().contains("25"), rest.english());
        assertTrue(rest.wants(dev.dealbot.text.Kind.TIME) && !rest.wants(dev.dealbot.text.Kind.PERCENT), rest.kinds().toString());
        assertNull(analyzer.analyze("Why does Beta pay a 25% revenue share to Alpha?", List.of()).claim().rest(),
                "a figure in what is asked is answered by its correction alone");
        assertNull(analyzer.analyze("Does Beta pay a 25% revenue share, until 2030?", List.of()).claim().rest(), "a yes/no question asks nothing else");
    }

    @Test
    void theRestOfACorrectedQuestionIsAnsweredOnlyWithTheKindOfContentTheCorrectionLacks() {
        SentenceInfo untilYear = sentence("Beta will pay a 20% revenue share");
        SentenceInfo shareOnly = sentence("Gamma will retain a 10% share");
        SentenceInfo memo = sentence("In a memo, Dana Lee said");
        var time = java.util.Set.of(dev.dealbot.text.Kind.TIME);
        assertTrue(RestOfQuestion.addsTo(List.of(shareOnly), untilYear, time));
        assertFalse(RestOfQuestion.addsTo(List.of(untilYear), sentence("Alpha has invested $5 billion"), time), "the correction gives a time already");
        assertFalse(RestOfQuestion.addsTo(List.of(shareOnly), memo, time), "no time in it");
    }

    @Test
    void aClaimsWordIsDeniedByTheQuotesNonOrNoLongerOfIt() {
        var names = index.sentences().names();
        SentenceInfo license = sentence("Alpha now holds a non-exclusive license");
        assertEquals("non-exclusive", DeniedWord.in(analyzer.analyze("Is Alpha's license to Beta's models exclusive until 2032?", List.of()),
                license, names, java.util.Set.of()));
        assertNull(DeniedWord.in(analyzer.analyze("Is Alpha's license to Beta's models non-exclusive until 2032?", List.of()), license, names,
                java.util.Set.of()), "the asker says it is not so too");
        assertNull(DeniedWord.in(analyzer.analyze("Will Gamma pay Delta a 10% share of sales?", List.of()), sentence("Gamma will retain a 10% share"),
                names, java.util.Set.of()), "a short verb negated is no state the claim gives");
        assertNull(DeniedWord.in(analyzer.analyze("Does Beta pay Alpha a 20% revenue share until 2030?", List.of()), sentence("Beta will pay a 20% revenue share"),
                names, java.util.Set.of()), "nothing denied");
    }

    @Test
    void aWordOfAnOppositePairTakenAsGivenIsCorrectedByTheOtherInTheAnswersSentence() {
        DraftBuilder draft = new DraftBuilder();
        SentenceInfo gain = sentence("Analysts at one firm said the deal would help Alpha");
        draft.say(gain.quote(), List.of(draft.cite(gain, gain.quote())));
        assertEquals("Not “loss” — the articles say “gain”.",
                Antonyms.correction(analyzer.analyze("Why did Alpha report a loss from its stake in Beta?", List.of()), draft));
        assertEquals("No — the articles say “gain”.", Antonyms.correction(analyzer.analyze("Did Alpha book a loss on Beta?", List.of()), draft));
        assertNull(Antonyms.correction(analyzer.analyze("Why did Alpha report a gain from its stake in Beta?", List.of()), draft));
        assertNull(Antonyms.correction(analyzer.analyze("Was it a gain or a loss for Alpha?", List.of()), draft), "both words asked is no claim");
        assertNull(Antonyms.correction(analyzer.analyze("What loss did Alpha report?", List.of()), draft), "an open question takes nothing as given");
    }

    @Test
    void thePlaceSomethingComesFirstIsTheNamedPartyAfterFirstOn() {
        var names = index.sentences().names();
        assertEquals("gamma", FirstPlace.place("Beta's chips will ship first on Gamma, unless unsupported.", names));
        assertNull(FirstPlace.place("Alpha came first in the talks about chips.", names), "no party after 'first in'");
        assertNull(FirstPlace.place("Beta ships first, then Gamma.", names));
        assertEquals("gamma", FirstPlace.place("Must Beta launch its chips on Gamma first?", names), "the place before 'first'");
        assertEquals("gamma", FirstPlace.place("Beta's chips to ship first on Gamma.", names), "'to ship first' leaves 'first on' to be read");
    }

    @Test
    void aMonthTakenAsGivenForAnEventIsCorrectedByTheMonthItsSentenceGivesIt() {
        var composer = new Composer(index.corpus(), index.sentences(), index.facts());
        List<dev.dealbot.retrieval.Candidate> signed = List.of(new dev.dealbot.retrieval.Candidate(sentence("The deal was signed on April 27"), 1, 1));
        Question wrong = analyzer.analyze("Why was the deal signed in March?", List.of());
        DraftBuilder draft = EventMonth.check(wrong, signed, selector, composer, index.sentences().names());
        assertNotNull(draft);
        assertTrue(draft.build("extractive").text().startsWith("Not March — the articles say April 27."), draft.build("extractive").text());
        assertNull(EventMonth.check(analyzer.analyze("Was the deal signed in April?", List.of()), signed, selector, composer, index.sentences().names()),
                "the month the sentence gives");
        assertNull(EventMonth.check(analyzer.analyze("What was signed in March?", List.of()), signed, selector, composer, index.sentences().names()),
                "a month asked about is no claim");
    }

    @Test
    void aClaimedFigureTheArticlesStateOnlyBetweenTheSamePartiesTheOtherWayIsToldTheOtherWayRound() {
        var names = index.sentences().names();
        var composer = new Composer(index.corpus(), index.sentences(), index.facts());
        List<dev.dealbot.retrieval.Candidate> pay = List.of(new dev.dealbot.retrieval.Candidate(sentence("Beta will pay a 20% revenue share"), 1, 1));
        DraftBuilder reversed = Reversal.check(analyzer.analyze("Does Alpha pay Beta a 20% revenue share?", List.of()), pay, names, composer);
        assertNotNull(reversed);
        assertTrue(reversed.build("extractive").text().startsWith("No — the other way round: Beta will pay"), reversed.build("extractive").text());
        assertNull(Reversal.check(analyzer.analyze("Does Beta pay Alpha a 20% revenue share?", List.of()), pay, names, composer), "the way asked");
        assertNull(Reversal.check(analyzer.analyze("Does Alpha pay Beta a 25% revenue share?", List.of()), pay, names, composer),
                "another figure: a wrong figure is another rule's");
    }

    @Test
    void aClaimsDenialOfAWordTheQuoteStatesIsDeniedInTurn() {
        var names = index.sentences().names();
        SentenceInfo pay = sentence("Beta will pay a 20% revenue share");
        assertEquals("be subject to a cap", DeniedWord.in(analyzer.analyze("Is Beta's 20% revenue share uncapped?", List.of()), pay, names,
                java.util.Set.of()));
        assertNull(DeniedWord.in(analyzer.analyze("Is Beta's 20% revenue share capped?", List.of()), pay, names, java.util.Set.of()));
    }

    @Test
    void aDateDatesAnEventNamedByAWordOfItsRootAndItsPartOfTheMonthIsPartOfTheDate() {
        String quote = "Dana Lee, CEO of Gamma, stated for the first time in early April that the goal is 2027.";
        assertTrue(EventRule.dates(quote, List.of(), java.util.Set.of("statement")), "stated is the statement, early April one date");
        assertFalse(EventRule.dates(quote, List.of(), java.util.Set.of("appoint")));
    }

    @Test
    void aFigureAskedOfAMonthIsGivenOnlyByASentenceOfThatMonth() {
        assertEquals("month", rejection("What was Beta's valuation in October?", "Beta's valuation reached $850 billion"));
        assertNull(rejection("What was Alpha's stake in Beta valued at in October?", "In October, Alpha valued its stake"));
    }

    private static SentenceInfo sentence(String start) {
        return index.sentences().all().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aQuestionAboutTheStateBeforeTheRevisionIsToldApartFromOneAboutWhatChangedOrAnEarlierTime() {
        assertTrue(Selector.asksEarlierState("What was the old revenue share cap before the revision?"));
        assertTrue(Selector.asksEarlierState("What was the previous agreement's expiry date?"));
        assertFalse(Selector.asksEarlierState("What changed from the previous agreement?"), "what changed is told by the new terms");
        assertFalse(Selector.asksEarlierState("How big a gain did Microsoft book in the prior quarter?"), "an earlier time, not the old deal");
        assertFalse(Selector.asksEarlierState("What is the new cap?"));
        assertTrue(Selector.EARLIER_TOLD.matcher("The most contentious clause in the previous agreement has been removed.").find());
        assertFalse(Selector.EARLIER_TOLD.matcher("Under the revised agreement, payments will now be subject to a total cap.").find());
    }

    @Test
    void onlyASentenceThatDefinesAnswersADefinitionAsked() {
        assertTrue(Selector.DEFINITION_TOLD.matcher("AGI is defined as a system that ...").find());
        assertFalse(Selector.DEFINITION_TOLD.matcher("The arrangement will remain independent of the development of AGI.").find());
    }

    @Test
    void aShareOfSomethingIsAPartHeldNotAPaymentWhoseDirectionMatters() {
        assertNull(rejection("What share of Beta does Alpha hold?", "Alpha holds approximately 27% of Beta"));
        assertTrue(Selector.SHARE_HANDED.matcher("What revenue share does Alpha keep?").find());
        assertTrue(Selector.SHARE_HANDED.matcher("Will Alpha keep sharing its revenue with Beta?").find());
        assertFalse(Selector.SHARE_HANDED.matcher("What share of Beta does Alpha hold?").find());
    }
}
