package dev.dealbot.answer;

import dev.dealbot.answer.extractive.ExtractiveAnswerer;
import dev.dealbot.answer.grounding.Grounding;
import dev.dealbot.helper.Text;
import dev.dealbot.question.Question;
import dev.dealbot.question.QuestionAnalyzer;
import dev.dealbot.question.Turn;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.EvidenceGatherer;
import dev.dealbot.retrieval.RetrievalPlan;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question in, one cited answer out, in one direction: the question is analysed once, a retrieval plan is
 * made from the analysis, the plan's evidence is gathered, the answerer drafts from that evidence alone, and the
 * shared grounding check decides what of the draft stands. A model draft that keeps no valid citation is replaced
 * by the extractive answer, marked degraded.
 */
public final class Asker {
    private static final Logger LOG = LoggerFactory.getLogger(Asker.class);

    /** The stages, built from one index; see {@code Dealbot} for the wiring. */
    public record Stages(QuestionAnalyzer analyzer, EvidenceGatherer gatherer, Answerer answerer, Answerer fallback,
            Grounding grounding) {}

    private final Stages stages;
    private final AnswerMemory memory;

    public Asker(Stages stages) {
        this(stages, AnswerMemory.NONE);
    }

    /** With {@code memory} keeping first-turn answers for reuse. */
    public Asker(Stages stages, AnswerMemory memory) {
        this.stages = stages;
        this.memory = memory;
    }

    /** Answers {@code question} in {@code conversation} (null: a single question with no context). */
    public Answer ask(String question, Conversation conversation) {
        return stream(question, conversation, null, true);
    }

    /** Like {@link #ask}; {@code reuse} false answers afresh, neither reading nor keeping a cached answer. */
    public Answer ask(String question, Conversation conversation, boolean reuse) {
        return stream(question, conversation, null, reuse);
    }

    /** Like {@link #ask}, sending answer text to {@code tokens} (when not null) as it is produced. */
    public Answer stream(String question, Conversation conversation, Consumer<String> tokens) {
        return stream(question, conversation, tokens, true);
    }

    /**
     * Like {@link #stream(String, Conversation, Consumer)}; a question with no conversation context is answered from
     * the {@link AnswerMemory} when it was answered before and {@code reuse} is true.
     */
    public Answer stream(String question, Conversation conversation, Consumer<String> tokens, boolean reuse) {
        question = Text.clean(question); // channels validate; this keeps invisible characters out of every channel
        Conversation c = conversation == null ? Conversation.none() : conversation;
        if (Text.isEmpty(question)) return Answer.notAnswered(ExtractiveAnswerer.MODE).withConversationId(c.id()).withAnswerId(Ids.answerId());
        boolean firstTurn = c.history().isEmpty();
        if (!reuse || !firstTurn) memory.bypassed(reuse ? "follow_up" : "opt_out");
        Answer answer = reuse && firstTurn ? memory.recall(question).orElse(null) : null;
        Sent sent = new Sent(tokens);
        if (answer == null) {
            long start = System.nanoTime();
            answer = answer(question, c, tokens == null ? null : sent);
            if (reuse && firstTurn) memory.keep(question, answer, System.nanoTime() - start);
        }
        if (tokens != null && !sent.any) for (String piece : answer.answer().split("(?<= )")) tokens.accept(piece);
        c.record(new Turn(question, answer.answer()));
        return answer.withConversationId(c.id()).withAnswerId(Ids.answerId());
    }

    /** The pipeline itself: analysis, evidence, draft, grounding (and the degraded fallback). */
    private Answer answer(String question, Conversation c, Consumer<String> live) {
        Question q = stages.analyzer().analyze(question, c.history());
        Evidence evidence = stages.gatherer().gather(RetrievalPlan.of(q));
        Draft draft = stages.answerer().draft(q, evidence, live);
        return stages.grounding().check(draft).orElseGet(() -> {
            LOG.warn("LLM {} answer had no valid citation; serving the extractive answer, marked degraded", draft.mode());
            return stages.grounding().check(stages.fallback().draft(q, evidence, null).asDegraded())
                    .orElseGet(() -> Answer.notAnswered(ExtractiveAnswerer.MODE).asDegraded());
        });
    }

    /**
     * The passages a language model would be shown for {@code question}, each with its article's title and source as
     * in the prompt, without asking it: for measuring whether retrieval gives the model what it needs.
     */
    public String passages(String question, dev.dealbot.corpus.Corpus corpus) {
        Question q = stages.analyzer().analyze(Text.clean(question), java.util.List.of());
        StringBuilder sb = new StringBuilder();
        for (var p : stages.gatherer().gather(RetrievalPlan.of(q)).passages()) {
            var a = corpus.article(p.docId()).orElseThrow();
            sb.append(a.title()).append(" (source: ").append(a.source()).append(")\n").append(p.text()).append('\n');
        }
        return sb.toString();
    }

    /** Forwards pieces of a model's text as they come and remembers whether any went out. */
    private static final class Sent implements Consumer<String> {
        private final Consumer<String> tokens;
        private volatile boolean any;

        Sent(Consumer<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void accept(String piece) {
            any = true;
            tokens.accept(piece);
        }
    }
}
