package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Answerer;
import dev.dealbot.answer.Draft;
import dev.dealbot.answer.Reason;
import dev.dealbot.config.LlmSettings;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Facts;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model (OpenAI-compatible, Ollama, Anthropic or Gemini) from the retrieved passages. Its
 * draft cites the passages by number; the shared grounding check decides what stands. Whatever goes wrong with the
 * model (error status, refused connection, the whole-answer deadline of {@code llm.timeoutMillis}), the draft is
 * the extractive answerer's, marked degraded, never an exception.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final LlmSettings settings;
    private final ChatModels models;
    private final Corpus corpus;
    private final Facts facts;
    private final SentenceTable table;
    private final Answerer fallback;
    /** Runs blocking model calls so the deadline can be enforced on them (LangChain4j's covers only headers). */
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    public LlmAnswerer(LlmSettings settings, ChatModels models, PassageIndex index, Answerer fallback) {
        this.settings = settings;
        this.models = models;
        this.corpus = index.corpus();
        this.facts = index.facts();
        this.table = index.sentences();
        this.fallback = fallback;
    }

    @Override
    public Draft draft(Question question, Evidence evidence, Consumer<String> live) {
        Prompt prompt = Prompt.of(question, evidence, corpus, facts);
        return live == null ? blocking(prompt, question, evidence) : streaming(prompt, question, evidence, live);
    }

    private Draft blocking(Prompt prompt, Question question, Evidence evidence) {
        ChatRequest request = ChatRequest.builder().messages(prompt.messages()).build();
        Future<ChatResponse> call = calls.submit(() -> models.chat().chat(request));
        try {
            ChatResponse response = call.get(settings.timeoutMillis(), TimeUnit.MILLISECONDS);
            return written(response.aiMessage() == null ? null : response.aiMessage().text(), prompt, question);
        } catch (TimeoutException e) {
            call.cancel(true);
            return degraded(new StreamedCall.DeadlineException(settings.timeout()), question, evidence);
        } catch (ExecutionException e) {
            return degraded(e.getCause(), question, evidence);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return degraded(e, question, evidence);
        }
    }

    private Draft streaming(Prompt prompt, Question question, Evidence evidence, Consumer<String> live) {
        long start = System.nanoTime();
        StreamedCall call = StreamedCall.start(models.streaming(), prompt.messages(), live);
        Duration left = settings.timeout().minusNanos(System.nanoTime() - start);
        StreamedCall.Outcome outcome = call.await(left);
        if (outcome.failure() == null) return written(outcome.text(), prompt, question);
        return degraded(outcome.failure(), question, evidence);
    }

    /** The model's text as a draft citing the prompt's passages; its NO_ANSWER as a refusal. */
    private Draft written(String text, Prompt prompt, Question question) {
        String mode = settings.provider().id();
        String clean = dev.dealbot.answer.grounding.Grounding.clean(text);
        if (StreamedCall.saysNoAnswer(clean)) return Draft.refusal(mode, Reason.NOT_IN_ARTICLES, Answer.NOT_ANSWERED);
        List<Draft.Source> sources = new ArrayList<>();
        for (var p : prompt.passages()) sources.add(new Draft.Source(table.of(p), null));
        return new Draft("", clean, sources, true, question.language().english(), mode, false, null, List.of());
    }

    /** The extractive answer, marked degraded. */
    public Draft fallback(Question question, Evidence evidence) {
        return fallback.draft(question, evidence, null).asDegraded();
    }

    private Draft degraded(Throwable failure, Question question, Evidence evidence) {
        LOG.warn("LLM {} (model {}) failed: {}; serving the extractive answer, marked degraded", settings.provider().id(),
                settings.model(), describe(failure));
        return fallback(question, evidence);
    }

    /**
     * The failure class with the HTTP status or root cause, e.g. {@code RateLimitException (HTTP 429)}.
     * Never the message or body: a provider may echo request details.
     */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        if (t instanceof StreamedCall.DeadlineException) return "deadline: " + t.getMessage();
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName());
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException http) return sb.append(" (HTTP ").append(http.statusCode()).append(')').toString();
            root = c;
        }
        if (root != t) sb.append(" caused by ").append(root.getClass().getSimpleName());
        return sb.toString();
    }
}
