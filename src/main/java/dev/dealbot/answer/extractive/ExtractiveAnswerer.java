package dev.dealbot.answer.extractive;

import dev.dealbot.answer.Answerer;
import dev.dealbot.answer.Draft;
import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.Facts;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.UnknownWords;
import dev.dealbot.question.Part;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Kinds;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The offline answerer: answers with the smallest set of article sentences that covers what the question asks
 * (each sub-question; for a comparison, each side and the conclusion; for who pays whom, each direction), verbatim, each cited with every article
 * that states the same fact. It declines when the question tries to override its instructions, is about something
 * else, names something the articles never mention, or when no sentence states what the wording demands.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String MODE = "extractive";
    /** A question this far in meaning from every sentence, sharing almost no word, is not about the deal. */
    static final double OFF_TOPIC_SIMILARITY = 0.3;
    /** A further sentence that states another fact is added when it scores within this margin of the best. */
    static final double NEXT_SENTENCE_MARGIN = 0.06;
    /** A further sentence that covers words of the question the others don't is added when they weigh this much. */
    static final double MIN_COVERAGE_GAIN = 0.2;
    static final int MAX_SENTENCES = 3;

    private final SentenceTable table;
    private final AboutArticles about;
    private final Origin origin;
    private final Facts facts;
    private final Selector selector;
    private final Composer composer;
    private final Reasoner reasoner;
    private final Premise premise;
    private final Remainder remainder;
    private final ShareOfSum shareOfSum;
    private final RestOfQuestion rest;
    private final Opposite opposite;
    private final NamedSource namedSource;
    private final int writtenYear;
    /** The articles' titles, which a question may quote in asking who wrote one. */
    private final List<String> titles;

    public ExtractiveAnswerer(PassageIndex index, RetrievalSettings settings) {
        this.table = index.sentences();
        this.facts = index.facts();
        this.selector = new Selector(table.names(), table.people().nameWords(), settings.minRelevance());
        this.composer = new Composer(index.corpus(), table, facts);
        java.time.YearMonth written = written(index);
        this.writtenYear = written.getYear();
        this.reasoner = new Reasoner(selector, composer, written, table.names());
        this.premise = new Premise(selector, composer, table);
        this.remainder = new Remainder(selector, composer, table);
        this.shareOfSum = new ShareOfSum(selector, composer, table.names());
        this.rest = new RestOfQuestion(selector, composer);
        this.opposite = new Opposite(selector, composer, table.names());
        this.about = new AboutArticles(index.corpus(), table, facts, composer);
        this.origin = new Origin(table, index.corpus());
        this.namedSource = new NamedSource(index.corpus(), table.names());
        this.titles = index.corpus().articles().stream().map(a -> a.title()).toList();
    }

    @Override
    public Draft draft(Question q, Evidence e, Consumer<String> live) {
        Draft answer = answer(q, e, false);
        if (q.role() != null) answer = RoleCorrection.before(answer, q.role(), table);
        // a question in another language read in English is answered with the articles' English words, and says so
        if (!q.language().english() && !q.crossLanguage() && answer.reason() == null && answer.preface().isEmpty())
            answer = new Draft(Refusals.crossLanguagePreface(q.language()), answer.text(), answer.sources(), answer.modelWritten(), answer.english(),
                    answer.mode(), answer.degraded(), answer.reason(), answer.denied());
        return answer;
    }

    /** {@code sub}: a sub-question, answered by its best sentence alone (the other sub-questions' answers say the rest). */
    private Draft answer(Question q, Evidence e, boolean sub) {
        if (q.injection()) return Refusals.instructionsIgnored(MODE);
        List<Candidate> main = e.of(e.plan().question());
        if (q.crossLanguage()) return crossLanguage(q, main);
        if (q.agreement() && AboutArticles.topicless(q)) {
            DraftBuilder overview = about.disagreements();
            return overview == null ? Refusals.notInArticles(MODE) : overview.build(MODE);
        }
        // an article asked for by its author or publisher ("Which article is by Alps Wang?") is on topic whatever its words
        if (offTopic(main) && !(q.source() && namedSource.docNamed(q) != null)) return Refusals.offTopic(MODE);
        // a question that asks two things is answered as two questions, each in full; when neither is, as a whole. Not one
        // asking whether the articles agree (its verdict is on all it asks), nor one claiming a figure: the claim's check
        // answers its sub-question, the others after it (otherFacets)
        Draft parts = q.facets().isEmpty() || q.agreement() || q.claimed() != null ? null : subAnswers(q, e);
        if (parts != null) return parts;
        if (!q.unknownNames().isEmpty()) {
            DraftBuilder corrected = WrongDoer.correct(q, main, table.names(), composer);
            return corrected == null ? Refusals.notInArticles(MODE) : corrected.build(MODE);
        }
        // a role the question gives one party that the articles give another ("Is Google Cloud OpenAI's primary cloud partner?")
        DraftBuilder role = PartyRole.check(q, main, table, composer);
        if (role == null) role = FirstPlace.check(q, table, composer);
        if (role != null) return role.build(MODE);
        // a day of the week or part of the day asked, or given an event ("announced on a Friday?"): the one the articles give
        DraftBuilder day = DayWords.answer(q, main, selector, composer, table.names());
        if (day != null) return day.build(MODE);
        if (DayWords.asked(q) && !q.source()) return Refusals.notInArticles(MODE);
        // a month the question gives an event that the articles date otherwise ("Why was the memo leaked in early March?");
        // not a month dating a side of a comparison ("... against the $135bn October stake value"), worked out below
        DraftBuilder month = q.comparison() != null ? null : EventMonth.check(q, main, selector, composer, table.names());
        if (month != null) return month.build(MODE);
        if (asksForUnknownThing(q) || UnknownWords.outweigh(q)) {
            // a clause taken as given whose figure the articles contradict is corrected, though what is asked of it is
            // not in them ("Since it pays until 2035, how much is that per year?": not 2035, but 2030)
            DraftBuilder corrected = (q.presumed() || !q.yesNo()) && q.claimed() != null && e.plan().premise() != null ? premise.check(q, e)
                    : q.presumed() && e.plan().premise() != null ? opposite.check(q, e) : null; // and one its words contradict
            if (corrected == null || !corrected.said().startsWith("Not ") && !corrected.said().startsWith(Opposite.CONTRADICTED))
                return Refusals.notInArticles(MODE);
            return corrected.say(ASKED_OF_IT_NOT_GIVEN, List.of()).build(MODE);
        }
        // an article named by its publisher or author, or by its own date ("Which article was published on April 28?")
        String named = q.source() ? namedSource.docNamed(q) : null;
        if (named == null && q.source()) named = about.datedOn(q);
        DraftBuilder draft = q.source() ? about.byTitle(q, main, named) : null;
        if (draft == null && q.origin()) draft = origin.answer(q);
        if (draft == null && q.asksEveryArticle()) draft = about.coverage(q);
        // a side described by a state the articles deny of it ("the exclusive license") is corrected, not worked out
        if (draft == null && q.comparison() != null) draft = DeniedSide.check(q, table, composer);
        if (draft == null && q.comparison() != null) draft = reasoner.compare(q, e);
        if (draft == null && q.comparison() != null && q.comparison().computes()) return Refusals.notInArticles(MODE);
        if (draft == null && Misstated.asksFromSupposedSum(q)) return Refusals.notInArticles(MODE);
        Figure end = draft == null && q.comparison() == null ? Beyond.statedEnd(q, table) : null;
        Scored endSentence = end == null ? null : Beyond.endOfAskedThing(q, end, main, selector, table.names());
        if (endSentence != null) {
            DraftBuilder beyond = Beyond.answer(q, end, endSentence, composer);
            return beyond == null ? Refusals.notInArticles(MODE) : beyond.build(MODE);
        }
        if (draft == null && (q.part() == Part.REST || q.part() == Part.BESIDES)) draft = remainder.answer(q, main);
        if (draft == null && q.part() == Part.SHARE) draft = reasoner.share(q, main);
        // what is left is never stated but worked out: a guess at it is checked by the remainder alone, not by a stated figure
        if (draft == null) draft = shareOfSum.check(q, main);
        boolean guessesRest = q.part() == Part.REST && q.claimed() != null;
        // a thing said to exist at a figure of a kind no article gives for it ("Is there a cap of $50 billion?") is neither
        // confirmed nor corrected by another thing's figure
        if (draft == null && Premise.asksExistence(q) && ClaimThing.neverStated(q, table)) return Refusals.notInArticles(MODE);
        if (draft == null && e.plan().premise() != null && !guessesRest) {
            // a claim with its parties the wrong way round is told so before its figure is checked one way
            if (q.claimed() != null) draft = Reversal.check(q, e.of(e.plan().premise()), table.names(), composer);
            if (draft == null) draft = q.claimed() != null ? premise.check(q, e) : opposite.check(q, e);
            if (draft != null) rest.answer(q, main, draft);
            if (draft != null && q.claimed() != null) otherFacets(q, e, draft);
        }
        if (draft == null && ClaimThing.neverStated(q, table)) return Refusals.notInArticles(MODE);
        // a thing said to exist at a figure ("an employee tender offer at the $850 billion valuation") that no article names
        if (draft == null && q.claimed() != null && Premise.unknownThingExists(q)) return Refusals.notInArticles(MODE);
        // a clause taken as given whose figure holds may still say the opposite of the articles in its words
        if (draft == null && q.presumed() && q.claimed() != null) draft = opposite.check(q, e);
        if (draft == null) draft = opposite.checkAsked(q, e);
        if (draft == null) draft = opposite.checkWhy(q, e);
        if (draft == null) draft = Misstated.correct(q, main, selector, composer, table);
        if (draft == null) draft = StoppedPayment.check(q, main, table.names(), composer);
        // a state asked of a later year that no article gives an end: as the articles state it now
        if (draft == null && OpenEnded.asks(q, writtenYear)) draft = openEnded(q, e);
        if (draft == null && !q.unknownFigures().isEmpty()) return Refusals.notInArticles(MODE);
        if (draft == null) draft = WrongDoer.misquoted(q, main, table.names(), composer);
        if (draft == null && WrongDoer.neverDoes(q, main, table)) return Refusals.notInArticles(MODE);
        // "Who is Microsoft AI's CEO?": the one person the articles give that role, in the sentence that gives it; a role no
        // one in them holds ("Who is OpenAI's chief financial officer?") is not answered by another's sentence
        if (draft == null) draft = RoleHolderAnswer.of(q, table, composer);
        if (draft == null && RoleHolderAnswer.noOnesRole(q, table)) return Refusals.notInArticles(MODE);
        // "according to Wedoany, why ...": a view asked of the article it names by its publisher or author is that article's
        if (draft == null) draft = q.facets().isEmpty() ? single(q, q.query(), namedSource.of(q, main), q.kinds(), sub) : facets(q, e);
        // a clause rightly taken as given ("Given that it has invested $13 billion since 2019, what stake ...?"): what is
        // asked besides it, when the articles use all its words
        if (draft == null && q.presumed() && q.claim().rest() != null && q.facets().isEmpty() && q.claim().rest().query().unknownTerms().isEmpty()
                && (q.claimed() != null || premiseStated(q, e)))
            draft = single(q.claim().rest(), q.claim().rest().query(), main, q.claim().rest().kinds(), sub);
        if (draft == null && !q.names().isEmpty()) draft = WrongDoer.absentParty(q, main, table, composer);
        // a word of an opposite pair taken as given that the answer's sentence contradicts ("a loss" against "gain")
        String opposed = draft == null ? null : Antonyms.correction(q, draft);
        if (opposed != null) draft.lead(opposed);
        // a rule asked of a case its stated exception covers ("unless Microsoft chooses not to support ...") does not hold
        String excepted = draft == null || opposed != null ? null : Exceptions.verdict(q, draft, table.names());
        if (excepted != null) draft.lead(excepted);
        // why a stated figure is what it is, answered by sentences that only state it again: the articles give no cause
        if (draft != null && opposed == null && excepted == null && Unexplained.figureWithoutCause(q, draft, table.names())) draft = null;
        // a draft of the articles' words that does not give what is asked (a name, the words quoted, a month or a day)
        if (draft != null && opposed == null && excepted == null && notGiven(q, draft)) draft = null;
        // of two stated figures offered as a choice, the one the answer gives is said, the other not denied
        // of two stated figures offered, an answer giving a third instead is about another thing: not given
        Figure instead = draft != null && q.offersAlternatives() ? draft.saidInstead() : null;
        if (instead != null && q.figures().stream().noneMatch(f -> f.roughly(instead) || instead.roughly(f) || f.sameAs(instead))) draft = null;
        if (draft != null && q.offersAlternatives()) {
            draft.sayingInsteadOfDenying();
            // the one confirmed is said, unless what the answer quotes gives the other offered figure too
            DraftBuilder quoting = draft;
            if (q.figures().stream().filter(f -> !f.sameAs(q.claimed()) && f.type() == q.claimed().type())
                    .noneMatch(f -> Alternatives.said(quoting, f)))
                draft.sayingConfirmed(q.claimed().display());
            Alternatives.alsoGiven(q, e, draft, selector, composer);
        }
        // of two figures offered as the choice, a verdict giving a third figure that its sentence does not state of the
        // thing the choice is of is about another thing: not given
        if (draft != null && q.offersChoice() && q.offersFigures() && thirdOfAnotherThing(q, draft)) draft = null;
        // of choices the question offers, the answer says what the articles say, not "Yes" or "No" to the first
        if (draft != null && q.offersChoice()) draft.withoutVerdict();
        if (draft != null) about.frame(q, draft);
        return draft == null ? Refusals.notInArticles(MODE) : draft.build(MODE);
    }

    /**
     * The draft does not give what the question asks in particular: who said words it quotes, answered by no sentence that
     * has them (the articles quote no one saying so); what a thing is called, answered by a first sentence that gives it
     * no name of its own; a month or an exact day, answered by one giving only the year or the month.
     */
    /** The draft's verdict gives neither offered figure, and its first sentence does not state the one it gives of the claim's thing. */
    private boolean thirdOfAnotherThing(Question q, DraftBuilder draft) {
        Figure third = draft.verdictFigure();
        if (third == null || q.figures().stream().anyMatch(f -> f.roughly(third) || third.roughly(f) || f.sameAs(third))) return false;
        if (draft.sentences().isEmpty()) return true;
        SentenceInfo first = draft.sentences().get(0);
        ClaimThing thing = ClaimThing.of(q, table.names());
        return !thing.isNone() && first.figures().stream().filter(f -> f.sameAs(third) || f.roughly(third)).noneMatch(f -> thing.statedIn(first, f));
    }

    private boolean notGiven(Question q, DraftBuilder draft) {
        if (QuoteAsked.unfound(q, draft, titles)) return true;
        if (draft.sentences().isEmpty() || !draft.opensWithQuoteOf(draft.sentences().get(0))) return false;
        SentenceInfo first = draft.sentences().get(0);
        return NameAsked.unnamed(q, first, table.names()) || FinerDate.unanswered(q, first) || EarlierTerms.unanswered(q, first);
    }

    /** Words that point back to a time told before: "then", "at that time", "that year". */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile("(?i)\\b(?:then|that year|that time|that point|that moment|"
            + "at the time)\\b");

    /**
     * A clause taken as given without a figure is one the articles state (and what is asked besides it does not point
     * back to its time): a sentence about it meets every rule its own words set (its names, its thing) and is relevant
     * to it.
     */
    private boolean premiseStated(Question q, Evidence e) {
        if (q.premise() == null || e.plan().premise() == null) return false;
        // what is asked besides it points back to its time ("was the license exclusive then?"): asked of the clause, not apart
        if (POINTS_BACK.matcher(q.claim().rest().english()).find()) return false;
        return !relevant(selector.rank(q.premise(), q.premise().query(), e.of(e.plan().premise()), q.premise().kinds(), false)).isEmpty();
    }

    /** When the articles were written: the latest date they give with its year, or an article's own date if later. */
    private static java.time.YearMonth written(PassageIndex index) {
        return dev.dealbot.text.CalendarDates.latest(index.corpus().datedTexts(), java.time.YearMonth.now());
    }

    /** The question without its year, answered as the articles state things now, with {@link OpenEnded#NO_END} before it. */
    private DraftBuilder openEnded(Question q, Evidence e) {
        Question now = q.premise();
        DraftBuilder draft = opposite.checkAsked(now, e);
        if (draft == null) draft = single(now, now.query(), e.of(e.plan().premise()), now.kinds(), false);
        if (draft == null || draft.sentences().isEmpty()) return null;
        // a sentence that gives an end ("until 2030") is one the premise check weighed: no open-ended answer; nor one
        // that tells the state in fewer words than the question's
        if (draft.sentences().stream().anyMatch(OpenEnded::givesEnd)) return null;
        if (!draft.opensWithVerdict() && !OpenEnded.tellsState(now, draft.sentences().get(0), table.names())) return null;
        // nor when the best evidence about the state gives it an end the premise check did not weigh as this one's
        if (relevant(selector.rank(now, now.query(), e.of(e.plan().premise()), now.kinds(), false)).stream().limit(OpenEnded.LOOKED)
                .anyMatch(x -> OpenEnded.givesEnd(x.sentence()))) return null;
        return draft.opensWithVerdict() ? draft : draft.lead(OpenEnded.NO_END);
    }

    private DraftBuilder single(Question q, Query query, List<Candidate> candidates, Set<Kind> kinds, boolean one) {
        List<Scored> ranked = notRepeating(relevant(selector.rank(q, query, candidates, kinds, true)), q);
        if (ranked.isEmpty()) return null;
        DraftBuilder draft = new DraftBuilder();
        Map<String, Scored> byKey = Composer.byKey(candidates);
        boolean directions = selector.asksBothWays(q);
        List<Scored> picks = one ? List.of(preferred(namedFirst(q, ranked), kinds)) : choose(namedFirst(q, ranked), query, kinds, directions);
        for (Scored pick : majorityFirst(picks)) composer.add(draft, pick, byKey, selector, kinds.contains(Kind.REASON) ? query : null);
        return draft;
    }

    /** Picks that open with the side of a disagreement fewer articles take open with a pick of the other side, if any. */
    private List<Scored> majorityFirst(List<Scored> picks) {
        var conflict = facts.conflictOf(picks.get(0).sentence()).orElse(null);
        if (conflict == null) return picks;
        var mine = conflict.sideOf(picks.get(0).sentence());
        var theirs = conflict.against(picks.get(0).sentence());
        if (mine.stream().map(dev.dealbot.index.SentenceInfo::docId).distinct().count() >= theirs.stream().map(dev.dealbot.index.SentenceInfo::docId).distinct().count()) return picks;
        for (int i = 1; i < picks.size(); i++) {
            if (!theirs.contains(picks.get(i).sentence())) continue;
            List<Scored> out = new ArrayList<>(picks);
            out.add(0, out.remove(i));
            return out;
        }
        return picks;
    }

    /**
     * The sub-questions besides the one whose claimed figure was checked ("Say it's 2031. Is OpenAI still paying, and does
     * Microsoft still hold its license?"): each with its own best sentence, when the draft has none of it yet.
     */
    private void otherFacets(Question q, Evidence e, DraftBuilder draft) {
        int checked = firstWith(q);
        for (int i = 0; i < q.facets().size(); i++) {
            Question facet = q.facets().get(i);
            if (i == checked) continue;
            // the claimed year is the time asked of each ("... in 2031"), which no sentence need state
            boolean ownFigures = facet.figures().stream().anyMatch(f -> !f.sameAs(q.claimed()));
            List<Scored> ranked = relevant(selector.rank(facet, e.plan().facets().get(i).query(), e.of(e.plan().facets().get(i)), facet.kinds(), ownFigures));
            if (ranked.isEmpty() || draft.contains(ranked.get(0).sentence().text())) continue;
            Scored pick = preferred(ranked, facet.kinds());
            // a sentence stating a fact the draft already gives answers the sub-question before, not this one
            if (draft.sentences().stream().anyMatch(said -> facts.same(said, pick.sentence()))) continue;
            String verdict = stillAt(facet, q.claimed(), pick.sentence());
            if (verdict != null) draft.say(verdict, List.of());
            composer.add(draft, pick, Composer.byKey(e.of(e.plan().facets().get(i))), selector);
        }
    }

    /**
     * Whether what a sub-question asks still holds at the year it asks of ("does it still hold its license in 2031?"),
     * by the end its sentence gives ("valid until 2032"): "Yes — until 2032." or "No — until 2030."; null when the
     * sub-question asks no such thing or the sentence gives no end.
     */
    private static String stillAt(Question facet, Figure year, dev.dealbot.index.SentenceInfo s) {
        if (year.type() != Figure.Type.YEAR || !Years.still(facet.english())) return null;
        Figure asked = facet.figures().stream().filter(year::sameAs).findFirst().orElse(null);
        if (asked == null || Years.asked(facet.english(), asked) != Years.Asked.AT) return null;
        List<Figure> ends = dev.dealbot.text.Figures.of(s.text()).stream().filter(f -> f.type() == Figure.Type.YEAR
                && dev.dealbot.text.TimeBound.of(s.text(), f) == dev.dealbot.text.TimeBound.UNTIL).toList();
        if (ends.size() != 1) return null;
        Figure end = ends.get(0);
        return (year.value() <= end.value() ? "Yes — until " : "No — until ") + end.display() + ".";
    }

    /** The first sub-question with the claimed figure: the one the claim's check answers. */
    private static int firstWith(Question q) {
        for (int i = 0; i < q.facets().size(); i++) if (q.facets().get(i).figures().stream().anyMatch(q.claimed()::sameAs)) return i;
        return -1;
    }

    /**
     * Each sub-question answered as a question of its own; those the articles don't answer are left out, and one read
     * with the one before it ("..., and what did he say?") stands or falls with it. Null when none is answered.
     */
    private Draft subAnswers(Question q, Evidence e) {
        SubAnswers answers = new SubAnswers();
        boolean answeredBefore = true;
        for (int i = 0; i < q.facets().size(); i++) {
            Question facet = q.facets().get(i);
            boolean leans = leansOnPrevious(q, i);
            if (leans && !answeredBefore) continue;
            answeredBefore = answers.add(answer(facet, e.part(i), true));
        }
        return answers.isEmpty() ? null : answers.join(MODE);
    }

    /** Sub-question {@code i} is read on from the one before it (its wording opens with that one's). */
    private static boolean leansOnPrevious(Question q, int i) {
        if (i == 0) return false;
        String before = q.facets().get(i - 1).english(), own = q.facets().get(i).english();
        return own.length() > before.length() && own.startsWith(before);
    }

    /** Each sub-question answered with its own best sentence; the sub-questions the articles don't answer are left out. */
    private DraftBuilder facets(Question q, Evidence e) {
        DraftBuilder draft = new DraftBuilder();
        boolean any = false, answeredBefore = true;
        for (int i = 0; i < q.facets().size(); i++) {
            Question facet = q.facets().get(i);
            Probe probe = e.plan().facets().get(i);
            // a sub-question read with the one before it ("..., and what did he say?") stands or falls with it
            boolean leans = leansOnPrevious(q, i);
            List<Scored> ranked = leans && !answeredBefore ? List.of()
                    : relevant(selector.rank(facet, probe.query(), e.of(probe), facet.kinds(), true));
            answeredBefore = !ranked.isEmpty();
            if (ranked.isEmpty()) continue;
            composer.add(draft, preferred(ranked, facet.kinds()), Composer.byKey(e.of(probe)), selector);
            any = true;
        }
        return any ? draft : null;
    }

    /**
     * The best sentence (one that gives a reason for "why", a list for "which areas", when a relevant one does),
     * then further sentences that state another fact nearly as well or cover words of the question the chosen ones
     * leave uncovered.
     */
    private List<Scored> choose(List<Scored> ranked, Query query, Set<Kind> kinds, boolean directions) {
        Scored best = preferred(ranked, kinds);
        List<Scored> chosen = new ArrayList<>(List.of(best));
        Set<String> covered = covered(best, query);
        double total = query.terms().stream().mapToDouble(QueryTerm::weight).sum();
        for (Scored s : ranked) {
            if (chosen.size() == MAX_SENTENCES) break;
            if (chosen.contains(s) || !selector.relevant(s) || chosen.stream().anyMatch(c -> sameFact(c, s))) continue;
            double gain = 0;
            for (QueryTerm t : query.terms()) if (!covered.contains(t.term()) && t.matchIn(s.sentence().terms()) > 0) gain += t.weight();
            boolean nearlyAsGood = s.score() >= best.score() - NEXT_SENTENCE_MARGIN;
            if (nearlyAsGood || total > 0 && gain / total >= MIN_COVERAGE_GAIN || otherWay(best, s, directions)) {
                chosen.add(s);
                covered.addAll(covered(s, query));
            }
        }
        return chosen;
    }

    /**
     * When a question asks who pays (invests, licenses ...) whom without naming the direction, a sentence about the
     * other direction is part of the answer.
     */
    private boolean otherWay(Scored best, Scored s, boolean directions) {
        if (!directions) return false;
        for (var a : best.sentence().clauses())
            for (var b : s.sentence().clauses()) if (a.direction().reverses(b.direction(), table.names())) return true;
        return false;
    }

    /** The candidates relevant enough to answer with, best first: a close match in meaning or in words may rank lower. */
    private List<Scored> relevant(List<Scored> ranked) {
        return ranked.stream().filter(selector::relevant).toList();
    }

    /**
     * "Who at OpenAI ...", "who exactly from Amazon ...": someone within a party the question names; "Whose memo ...?":
     * the one a thing is someone's own. A person to be named.
     */
    private static final java.util.regex.Pattern WHO_WITHIN = java.util.regex.Pattern.compile(
            "\\b[Ww]ho\\s+(?:(?:exactly|precisely|specifically|actually)\\s+)?(?:at|in|from|within)\\s+\\p{Lu}|^\\W*[Ww]hose\\b");

    /**
     * For "who at <party> ...?" and "who said / wrote ...?", the first relevant sentence that names someone comes before
     * those that only say "its revenue leadership"; "who benefits?" is answered by the parties, named or not.
     */
    private List<Scored> namedFirst(Question q, List<Scored> ranked) {
        if (q.naming() == null || q.naming().type() != dev.dealbot.question.Naming.Type.SOMEONE
                || !WHO_WITHIN.matcher(q.english()).find() && !NamingRule.asksSpeaker(q.english())
                || NamingRule.namesSomeone(q.naming(), q.english(), ranked.get(0).sentence(), table.names())) return ranked;
        for (int i = 1; i < ranked.size() && selector.relevant(ranked.get(i)); i++) {
            if (!NamingRule.namesSomeone(q.naming(), q.english(), ranked.get(i).sentence(), table.names())) continue;
            List<Scored> out = new ArrayList<>(ranked);
            out.add(0, out.remove(i));
            return out;
        }
        return ranked;
    }

    private Scored preferred(List<Scored> ranked, Set<Kind> kinds) {
        for (Kind k : List.of(Kind.REASON, Kind.CONSEQUENCE, Kind.LIST)) {
            if (!kinds.contains(k)) continue;
            for (Scored s : ranked) {
                if (!selector.relevant(s)) break;
                if (s.sentence().kinds().contains(k)) return s;
            }
        }
        return ranked.get(0);
    }

    /** Two sentences state the same fact: alike in meaning, with no figures that differ (those are two facts). */
    private boolean sameFact(Scored a, Scored b) {
        return facts.same(a.sentence(), b.sentence());
    }

    /** Two sentences say much the same, whatever their figures (for telling whether a question has one answer). */
    private static boolean alike(Scored a, Scored b) {
        return Embedder.dot(a.sentence().vector(), b.sentence().vector()) >= Facts.SAME_FACT_SIMILARITY;
    }

    private static Set<String> covered(Scored s, Query query) {
        Set<String> out = new HashSet<>();
        for (QueryTerm t : query.terms()) if (t.matchIn(s.sentence().terms()) > 0) out.add(t.term());
        return out;
    }

    /**
     * A follow-up is not answered with what the previous answer already said when something else answers the
     * follow-up's own words ("Is it exclusive?") as well; it is when that is still the best answer to them ("And how
     * much of it arrived immediately?").
     */
    private List<Scored> notRepeating(List<Scored> ranked, Question q) {
        if (q.history().isEmpty() || ranked.isEmpty()) return ranked;
        String previous = q.history().get(q.history().size() - 1).answer();
        List<Scored> fresh = ranked.stream().filter(s -> !previous.contains(s.sentence().text())).toList();
        if (fresh.isEmpty() || !selector.relevant(fresh.get(0))) return ranked;
        List<String> own = Terms.ofQuestion(q.english());
        return shared(own, fresh.get(0)) >= shared(own, ranked.get(0)) ? fresh : ranked;
    }

    private static long shared(List<String> stems, Scored s) {
        return stems.stream().filter(s.sentence().terms()::contains).count();
    }

    private static boolean offTopic(List<Candidate> candidates) {
        double semantic = 0, lexical = 0;
        for (Candidate c : candidates) {
            semantic = Math.max(semantic, c.semantic());
            lexical = Math.max(lexical, c.lexical());
        }
        return semantic < OFF_TOPIC_SIMILARITY && lexical < Selector.MIN_SHARED_WORDS;
    }

    /** Said after a corrected clause when what the question asks of it is not in the articles. */
    static final String ASKED_OF_IT_NOT_GIVEN = "The articles don't say what else the question asks.";

    /** "How many employees", "OpenAI's headcount": the thing measured is a word the articles never use. */
    private boolean asksForUnknownThing(Question q) {
        return q.measured() != null && q.query().unknownTerms().contains(q.measured().stem()) || unknownHolder(q) || unknownNamed(q)
                || unknownPossessed(q) || SpokenOf.unknownSpeaker(q);
    }

    /**
     * "What did Microsoft's stock do ...?", "how did Amazon's board react": a party's thing as the subject of the verb a
     * question asks with "did", "will", "has" (not a copula's complement: "What was OpenAI's reason ...").
     */
    private static final java.util.regex.Pattern POSSESSED_SUBJECT = java.util.regex.Pattern.compile(
            "^\\W*(?:what|how|when|why|where|which)(?:\\s+(?!(?:did|does|do|will|would|has|have|had)\\b)[\\p{L}-]+){0,2}?\\s+(?:did|does|do|will|would|has|have|had)\\s+(?:the\\s+)?(?:\\$([\\p{L}-]+)|([\\p{L}-]+)['’]s?)\\s+(\\p{L}+)\\b"
            // its verb next, not a word that goes on describing it ("'s tie-up with", "'s stake in")
            + "(?!\\s*(?:-|with|for|of|in|on|to|at|from|about|and|or)\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Endings of nouns, never of a verb's base form: "commitment", "valuation", "ownership" ("headline commitment to ..."). */
    private static final java.util.regex.Pattern NOUN_ENDING = java.util.regex.Pattern.compile("(?:ment|tion|sion|ance|ence|ity|ness|ship|ure|age|ing|er|or)$");

    /** Words that follow a verb, not a noun it describes: prepositions and articles ("hold after the ...", "own in 2031"). */
    private static final java.util.Set<String> AFTER_VERB = java.util.Set.of("after", "before", "since", "until", "in", "on", "at", "to",
            "from", "for", "with", "by", "the", "a", "an", "now", "today", "then");

    /** A wh-question's subject is a party's thing named by a word no article uses, nor any synonym of it: nothing says what it did. */
    private boolean unknownPossessed(Question q) {
        var m = POSSESSED_SUBJECT.matcher(q.english());
        if (!m.find()) return false;
        // a party's possessive, or its ticker ("$MSFT stock", read as "$Microsoft")
        String owner = m.group(1) != null ? m.group(1) : m.group(2);
        if (!table.names().known(owner.toLowerCase(java.util.Locale.ROOT))) return false;
        // the word is the thing itself, not a word describing the next one ("OpenAI's current valuation reach"); a next word
        // that ends the question or comes before a function word is the verb asked with ("OpenAI's nonprofit hold after ...")
        List<Token> after = Tokens.of(q.english().substring(m.end(3)));
        boolean nextIsVerb = !NOUN_ENDING.matcher(after.isEmpty() ? "" : after.get(0).lower()).find() && (after.size() < 2
                || dev.dealbot.question.Terms.isFunctionWord(after.get(1).lower()) || AFTER_VERB.contains(after.get(1).lower()));
        if (!after.isEmpty() && !nextIsVerb && q.query().terms().stream().anyMatch(t -> t.term().equals(after.get(0).stem()))) return false;
        return Tokens.of(m.group(3)).stream().anyMatch(t -> q.query().unknownTerms().contains(t.stem()));
    }

    /** "What's the fine if ...", "what is the penalty for ...": the thing asked for, named right after "what is the". */
    private static final java.util.regex.Pattern WHAT_THE = java.util.regex.Pattern.compile(
            "^\\W*what(?:'s|’s|s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+would\\s+be|\\s+will\\s+be)\\s+(?:the|an?)\\s+(\\p{L}+)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The thing a "what is the X ...?" question asks for is named by a word no article uses, nor any synonym of it; a
     * word for the kind of answer asked ("the deadline": a time; "the point": a reason), for a comparison ("the gap") or
     * for a name ("the name") is not such a thing.
     */
    private static boolean unknownNamed(Question q) {
        var m = WHAT_THE.matcher(q.english());
        if (!m.find() || !q.kinds().isEmpty() || q.comparison() != null || q.naming() != null) return false;
        return Tokens.of(m.group(1)).stream().anyMatch(t -> q.query().unknownTerms().contains(t.stem()));
    }

    /**
     * "what stake does the nonprofit hold?", "the share held by the foundation": a holder described by a noun (after
     * "the"; a bare word may be a party's other name, "does Redmond own"), the words before or after the verb.
     */
    private static final java.util.regex.Pattern HOLDER = java.util.regex.Pattern.compile("\\b(?:does|do|did|will)\\s+the\\s+((?:[\\p{L}-]+\\s+){1,3}?)"
            + "(?:hold|own|control|keep|retain)\\b|\\b(?:held|owned|controlled)\\s+by\\s+the\\s+((?:[\\p{L}-]+\\s*){1,3})",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A holding asked of a holder named by a word no article uses (no article says what it holds). */
    private static boolean unknownHolder(Question q) {
        if (q.yesNo() || q.query().unknownTerms().isEmpty()) return false;
        var m = HOLDER.matcher(q.english());
        while (m.find()) {
            String holder = m.group(1) != null ? m.group(1) : m.group(2);
            for (Token t : Tokens.of(holder)) if (q.query().unknownTerms().contains(t.stem())) return true;
        }
        return false;
    }

    /**
     * A question in another language, read through its names, figures, English-like words and interrogative: answered
     * only when one fact contains all of them (and, in the sentence itself, the kind of figure asked for) and they
     * include something that tells facts apart.
     */
    private Draft crossLanguage(Question q, List<Candidate> candidates) {
        List<Scored> ranked = selector.rank(q, q.query(), candidates, Set.of(), true).stream()
                .filter(s -> givesKinds(Kinds.of(s.sentence().text()), q.kinds())).toList();
        if (ranked.isEmpty() || !distinctiveAnchors(q)) return Refusals.unsupportedLanguage(MODE, q.language());
        List<Scored> complete = ranked.stream().filter(s -> missingWords(q, s) == 0).toList();
        // with no sentence holding every anchor, one translated word may be the asker's paraphrase of the article's
        if (complete.isEmpty() && q.query().terms().size() >= 4) complete = ranked.stream().filter(s -> missingWords(q, s) == 1).toList();
        if (complete.isEmpty()) return Refusals.unsupportedLanguage(MODE, q.language());
        Scored best = complete.get(0);
        boolean alone = complete.stream().allMatch(s -> s == best || alike(best, s) || sameFact(best, s)
                || noOtherAnswer(q.kinds(), best.sentence().figures(), s.sentence().figures()));
        if (!alone) return Refusals.unsupportedLanguage(MODE, q.language());
        DraftBuilder draft = new DraftBuilder().preface(Refusals.crossLanguagePreface(q.language()));
        composer.add(draft, best, Composer.byKey(candidates), selector);
        return draft.build(MODE);
    }

    /**
     * The sentence gives every kind asked: an amount asked without its unit ("wie hoch", "combien", "quanto") is given by a
     * percentage or a sum as well as by a bare number.
     */
    static boolean givesKinds(Set<Kind> given, Set<Kind> asked) {
        for (Kind k : asked) {
            boolean ok = given.contains(k) || k == Kind.NUMBER && (given.contains(Kind.PERCENT) || given.contains(Kind.MONEY) || given.contains(Kind.AMOUNT));
            if (!ok) return false;
        }
        return true;
    }

    /** How many of the question's anchor words the sentence lacks (itself or as a synonym); MAX_VALUE when it lacks a name or figure. */
    private static int missingWords(Question q, Scored s) {
        int missing = 0;
        for (var t : q.query().terms()) {
            if (t.matchIn(s.sentence().terms()) > 0) continue;
            if (q.names().contains(t.term()) || t.term().matches(".*\\d.*")) return Integer.MAX_VALUE;
            missing++;
        }
        return missing;
    }

    /**
     * Another sentence that also holds every anchor gives no other answer to a question asking for a kind of figure when
     * it states one of the best sentence's figures of that kind, or no figure of that kind at all.
     */
    static boolean noOtherAnswer(Set<Kind> asked, List<Figure> best, List<Figure> other) {
        if (asked.isEmpty()) return false;
        boolean statesKind = false;
        for (Kind k : asked) {
            for (Figure f : other) {
                if (!ofKind(k, f)) continue;
                statesKind = true;
                if (best.stream().anyMatch(f::sameAs)) return true;
            }
        }
        return !statesKind;
    }

    /** A bare count ("cuánto", "多少") is answered by any quantity but a year; a time by a year or a day of a month. */
    static boolean ofKind(Kind asked, Figure f) {
        return switch (asked) {
            case NUMBER -> f.type() != Figure.Type.YEAR;
            case TIME, YEAR -> f.type() == Figure.Type.YEAR || f.type() == Figure.Type.NUMBER;
            default -> f.type() == Figuring.typeFor(asked);
        };
    }

    private boolean distinctiveAnchors(Question q) {
        if (!q.figures().isEmpty()) return true;
        for (Token t : Tokens.of(q.english())) if (table.isDistinctive(t.lower())) return true;
        return false;
    }
}
