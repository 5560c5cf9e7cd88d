package dev.dealbot.answer;

import dev.dealbot.config.RetrievalSettings;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Embedder;
import dev.dealbot.retrieval.HybridRetriever;
import dev.dealbot.retrieval.Retrieval;
import dev.dealbot.retrieval.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The offline answerer: answers with the best-matching article sentences, verbatim, each followed by
 * citations of every article that states the same fact. Says the articles don't answer when the best
 * evidence is too weak, names something the articles never mention, or the question is an injection attempt.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String MODE = "extractive";
    /** A second answer sentence must score within this margin of the first. */
    static final double SECOND_SENTENCE_MARGIN = 0.06;
    static final int MAX_ANSWER_SENTENCES = 2;
    static final int MAX_SUPPORTS = 3;
    static final double MIN_SHARED_WORDS = 0.25;
    static final double CLOSE_MEANING = 0.75;

    private final Corpus corpus;
    private final SentenceTable table;
    private final SentenceScorer scorer;
    private final double minRelevance;
    private final HybridRetriever retriever;

    public ExtractiveAnswerer(HybridRetriever retriever, RetrievalSettings settings) {
        this.retriever = retriever;
        this.corpus = retriever.index().corpus();
        this.table = new SentenceTable(retriever.index());
        this.scorer = new SentenceScorer(table, retriever);
        this.minRelevance = settings.minRelevance();
    }

    @Override
    public Answer answer(Question question, Retrieval retrieval) {
        QuestionSignals signals = QuestionSignals.of(question.text(), table);
        if (signals.injection() || !signals.unknownNames().isEmpty() || measuresUnknown(signals, retrieval))
            return Answer.notAnswered(MODE);
        List<SentenceScorer.Scored> ranked = aboutTheMeasuredThing(scorer.rank(retrieval, signals), signals, retrieval);
        if (ranked.isEmpty() || !relevantEnough(ranked.get(0))) return Answer.notAnswered(MODE);

        List<Pick> picks = compared(question);
        if (picks.isEmpty())
            for (SentenceScorer.Scored s : choose(notRepeating(ranked, question))) picks.add(new Pick(s, retrieval, signals));
        return compose(picks);
    }

    /** A chosen sentence with the search and signals it was chosen for. */
    private record Pick(SentenceScorer.Scored scored, Retrieval retrieval, QuestionSignals signals) {}

    /** For "is A longer than B?": the best evidence for each side, or nothing when a side has none. */
    private List<Pick> compared(Question question) {
        Comparison comparison = Comparison.of(question.text());
        List<Pick> picks = new ArrayList<>();
        if (comparison == null) return picks;
        for (String side : comparison.sides()) {
            QuestionSignals signals = QuestionSignals.of(side, table).withKind(comparison.kind());
            Retrieval retrieval = retriever.retrieve(side);
            List<SentenceScorer.Scored> ranked = scorer.rank(retrieval, signals).stream()
                    .filter(s -> picks.stream().noneMatch(p -> p.scored().entry() == s.entry())).toList();
            if (ranked.isEmpty() || !relevantEnough(ranked.get(0)) || !signals.satisfiedBy(ranked.get(0).entry()))
                return new ArrayList<>();
            picks.add(new Pick(ranked.get(0), retrieval, signals));
        }
        return picks;
    }

    private Answer compose(List<Pick> picks) {
        Map<String, Citation> citations = new LinkedHashMap<>(); // key: docId#ordinal
        StringBuilder text = new StringBuilder();
        for (Pick pick : picks) {
            SentenceScorer.Scored s = pick.scored();
            Retrieval retrieval = pick.retrieval();
            QuestionSignals signals = pick.signals();
            String quote = quoteWithFollower(s, retrieval, signals);
            if (text.indexOf(s.entry().text()) >= 0) continue; // already said as another sentence's follower
            if (!text.isEmpty()) text.append(' ');
            text.append(quote).append(' ');
            for (SentenceTable.Entry e : withSupport(s, retrieval, signals)) {
                String key = e.docId() + '#' + e.sentence().ordinal();
                String cited = e == s.entry() ? quote : e.quote();
                Citation c = citations.computeIfAbsent(key, k -> Citations.of(citations.size() + 1, corpus, e.docId(), cited));
                text.append('[').append(c.n()).append(']');
            }
        }
        return new Answer(text.toString(), true, List.copyOf(citations.values()), null, MODE, false);
    }

    @Override
    public Answer stream(Question question, Retrieval retrieval, Consumer<String> tokens) {
        Answer answer = answer(question, retrieval);
        for (String piece : answer.answer().split("(?<= )")) tokens.accept(piece);
        return answer;
    }

    /**
     * The sentence's quote, followed by the next sentence when that one refers back to it and is relevant
     * too: "... prohibited it from developing competitive AI systems. The revised agreement lifts this restriction ...".
     */
    private String quoteWithFollower(SentenceScorer.Scored s, Retrieval retrieval, QuestionSignals signals) {
        var next = Context.follower(corpus, s.entry().sentence());
        if (next == null || scorer.score(retrieval.query(), signals, table.of(next)).score() < minRelevance)
            return s.entry().quote();
        return Context.extend(corpus, s.entry().quote(), next);
    }

    /**
     * For "the amount of the cap", only sentences about the cap that state a figure can answer; when none
     * does, the articles don't say (they mention the cap, not its amount).
     */
    private static List<SentenceScorer.Scored> aboutTheMeasuredThing(List<SentenceScorer.Scored> ranked,
            QuestionSignals signals, Retrieval retrieval) {
        if (signals.measured() == null || signals.kinds().isEmpty()) return ranked;
        List<String> stems = Terms.ofQuestion(signals.measured());
        var focus = retrieval.query().terms().stream().filter(t -> stems.contains(t.term())).findFirst();
        if (focus.isEmpty()) return ranked;
        return ranked.stream().filter(s -> focus.get().matchIn(s.entry().terms()) > 0
                && signals.satisfiedBy(s.entry())).toList();
    }

    /**
     * Relevant enough to answer with: above {@code retrieval.minRelevance}, and sharing some of the question's
     * words unless the meaning is very close ("What is Microsoft's stock price?" resembles the articles' topic
     * but no article speaks of stock prices).
     */
    private boolean relevantEnough(SentenceScorer.Scored best) {
        return best.score() >= minRelevance && (best.lexical() >= MIN_SHARED_WORDS || best.semantic() >= CLOSE_MEANING);
    }

    /** A follow-up is not answered with what the previous answer already said, when something else qualifies. */
    private List<SentenceScorer.Scored> notRepeating(List<SentenceScorer.Scored> ranked, Question question) {
        if (question.history().isEmpty()) return ranked;
        String previous = question.history().get(question.history().size() - 1).answer();
        List<SentenceScorer.Scored> fresh = ranked.stream().filter(s -> !previous.contains(s.entry().text())).toList();
        return !fresh.isEmpty() && relevantEnough(fresh.get(0)) ? fresh : ranked;
    }

    /** "How many employees ...?" when no article mentions employees (or a synonym). */
    private static boolean measuresUnknown(QuestionSignals signals, Retrieval retrieval) {
        if (signals.measured() == null) return false;
        return Terms.ofQuestion(signals.measured()).stream().anyMatch(retrieval.query().unknownTerms()::contains);
    }

    private List<SentenceScorer.Scored> choose(List<SentenceScorer.Scored> ranked) {
        List<SentenceScorer.Scored> chosen = new ArrayList<>();
        SentenceScorer.Scored best = ranked.get(0);
        chosen.add(best);
        for (SentenceScorer.Scored s : ranked.subList(1, ranked.size())) {
            if (chosen.size() == MAX_ANSWER_SENTENCES || s.score() < best.score() - SECOND_SENTENCE_MARGIN) break;
            boolean newFact = chosen.stream().allMatch(c -> Embedder.dot(c.entry().vector(), s.entry().vector()) < SameFact.SIMILARITY);
            if (newFact && s.score() >= minRelevance) chosen.add(s);
        }
        return chosen;
    }

    /** The sentence itself, then the best restatement of the same fact from each other article. */
    private List<SentenceTable.Entry> withSupport(SentenceScorer.Scored s, Retrieval retrieval, QuestionSignals signals) {
        SentenceTable.Entry main = s.entry();
        Map<String, SentenceScorer.Scored> bestPerDoc = new LinkedHashMap<>();
        for (SentenceTable.Entry e : table.all()) {
            if (e.docId().equals(main.docId())) continue;
            if (!SameFact.of(main, e)) continue;
            SentenceScorer.Scored scored = scorer.score(retrieval.query(), signals, e);
            if (scored.score() < minRelevance) continue;
            bestPerDoc.merge(e.docId(), scored, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<SentenceTable.Entry> out = new ArrayList<>();
        out.add(main);
        bestPerDoc.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score())).limit(MAX_SUPPORTS)
                .forEach(x -> out.add(x.entry()));
        return out;
    }

}
