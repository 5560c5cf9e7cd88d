package dev.dealbot.answer;

import dev.dealbot.config.LlmSettings;
import dev.dealbot.config.Secrets;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.retrieval.HybridRetriever;
import dev.dealbot.retrieval.Retrieval;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
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
 * Answers with a language model (OpenAI-compatible, Ollama, Anthropic or Gemini) from the retrieved passages,
 * then checks the citations. Whatever goes wrong with the model (error status, refused connection, the
 * whole-answer deadline of {@code llm.timeoutMillis}, an answer without a valid citation), the caller gets the
 * extractive answer marked degraded, never an exception.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final LlmSettings settings;
    private final ChatModels models;
    private final Corpus corpus;
    private final GroundedAnswer grounding;
    private final ExtractiveAnswerer fallback;
    private final int maxPassages;
    /** Runs blocking model calls so the deadline can be enforced on them (LangChain4j's covers only headers). */
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    private LlmAnswerer(LlmSettings settings, ChatModels models, HybridRetriever retriever, ExtractiveAnswerer fallback,
            int maxPassages) {
        this.maxPassages = maxPassages;
        this.settings = settings;
        this.models = models;
        this.corpus = retriever.index().corpus();
        this.grounding = new GroundedAnswer(corpus, retriever.embedder());
        this.fallback = fallback;
    }

    /** Builds the models now, so a missing API key fails at start (naming DEALBOT_LLM_API_KEY). */
    public static Answerer create(LlmSettings settings, Secrets secrets, HybridRetriever retriever, ExtractiveAnswerer fallback,
            int maxPassages) {
        return new LlmAnswerer(settings, ChatModels.of(settings, secrets), retriever, fallback, maxPassages);
    }

    @Override
    public Answer answer(Question question, Retrieval retrieval) {
        Prompt prompt = Prompt.of(question, retrieval, corpus, maxPassages);
        ChatRequest request = ChatRequest.builder().messages(prompt.messages()).build();
        Future<ChatResponse> call = calls.submit(() -> models.chat().chat(request));
        try {
            ChatResponse response = call.get(settings.timeoutMillis(), TimeUnit.MILLISECONDS);
            return checked(response.aiMessage() == null ? null : response.aiMessage().text(), prompt, question, retrieval);
        } catch (TimeoutException e) {
            call.cancel(true);
            return degraded(new StreamedCall.DeadlineException(settings.timeout()), question, retrieval);
        } catch (ExecutionException e) {
            return degraded(e.getCause(), question, retrieval);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return degraded(e, question, retrieval);
        }
    }

    @Override
    public Answer stream(Question question, Retrieval retrieval, Consumer<String> tokens) {
        long start = System.nanoTime();
        Prompt prompt = Prompt.of(question, retrieval, corpus, maxPassages);
        StreamedCall call = StreamedCall.start(models.streaming(), prompt.messages(), tokens);
        Duration left = settings.timeout().minusNanos(System.nanoTime() - start);
        StreamedCall.Outcome outcome = call.await(left);
        if (outcome.failure() == null) return checked(outcome.text(), prompt, question, retrieval);
        warn(outcome.failure());
        if (outcome.forwardedAny()) return fallback.answer(question, retrieval).asDegraded(); // final event replaces the text
        return fallback.stream(question, retrieval, tokens).asDegraded();
    }

    private Answer checked(String text, Prompt prompt, Question question, Retrieval retrieval) {
        return grounding.check(text, prompt, mode()).orElseGet(() -> {
            LOG.warn("LLM {} answer had no valid citation; serving the extractive answer, marked degraded", mode());
            return fallback.answer(question, retrieval).asDegraded();
        });
    }

    private Answer degraded(Throwable failure, Question question, Retrieval retrieval) {
        warn(failure);
        return fallback.answer(question, retrieval).asDegraded();
    }

    private void warn(Throwable failure) {
        LOG.warn("LLM {} (model {}) failed: {}; serving the extractive answer, marked degraded", mode(),
                settings.model(), describe(failure));
    }

    private String mode() {
        return settings.provider().id();
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
