package dev.dealbot.answer.llm;

import dev.dealbot.config.ConfigException;
import dev.dealbot.config.LlmSettings;
import dev.dealbot.config.Secrets;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;

/**
 * Builds the blocking and the streaming LangChain4j model of the configured provider. No retries (a retry
 * would eat the answer deadline; the extractive answer is the fallback), the key only from the environment.
 */
public record ChatModels(ChatModel chat, StreamingChatModel streaming) {
    static final String KEY_ENV = "DEALBOT_LLM_API_KEY";
    /** Enough for a brief cited answer; bounds cost and time where the provider allows it. */
    static final int MAX_OUTPUT_TOKENS = 600;
    static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

    public static ChatModels of(LlmSettings s, Secrets secrets) {
        ChatModels built = build(s, secrets);
        return new ChatModels(built.chat(), offTheCallersThread(built.streaming()));
    }

    private static ChatModels build(LlmSettings s, Secrets secrets) {
        String key = secrets.llmApiKey().orElse(null);
        return switch (s.provider()) {
            case OPENAI -> {
                if (key == null && s.baseUrl() == null) throw missingKey(s, "the default OpenAI endpoint");
                yield new ChatModels(
                        // max_tokens: what vLLM, llama.cpp, LM Studio and gateways accept (OpenAI's own newer
                        // reasoning models want max_completion_tokens instead)
                        OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(key).modelName(s.model())
                                .timeout(s.timeout()).temperature(s.temperature()).maxTokens(MAX_OUTPUT_TOKENS).maxRetries(0)
                                .httpClientBuilder(http(s.baseUrl())).build(),
                        OpenAiStreamingChatModel.builder().baseUrl(s.baseUrl()).apiKey(key).modelName(s.model())
                                .timeout(s.timeout()).temperature(s.temperature()).maxTokens(MAX_OUTPUT_TOKENS)
                                .httpClientBuilder(http(s.baseUrl())).build());
            }
            case OLLAMA -> {
                String url = s.baseUrl() == null ? OLLAMA_DEFAULT_URL : s.baseUrl();
                yield new ChatModels(
                        OllamaChatModel.builder().baseUrl(url).modelName(s.model()).timeout(s.timeout())
                                .temperature(s.temperature()).numPredict(MAX_OUTPUT_TOKENS).httpClientBuilder(http(url))
                                .maxRetries(0).build(),
                        OllamaStreamingChatModel.builder().baseUrl(url).modelName(s.model()).timeout(s.timeout())
                                .temperature(s.temperature()).numPredict(MAX_OUTPUT_TOKENS).httpClientBuilder(http(url))
                                .build());
            }
            case ANTHROPIC -> {
                if (key == null) throw missingKey(s, "anthropic");
                var chat = AnthropicChatModel.builder().apiKey(key).modelName(s.model()).timeout(s.timeout())
                        .temperature(s.temperature()).maxTokens(MAX_OUTPUT_TOKENS).maxRetries(0);
                var streaming = AnthropicStreamingChatModel.builder().apiKey(key).modelName(s.model())
                        .timeout(s.timeout()).temperature(s.temperature()).maxTokens(MAX_OUTPUT_TOKENS);
                if (s.baseUrl() != null) {
                    chat.baseUrl(s.baseUrl()).httpClientBuilder(http(s.baseUrl()));
                    streaming.baseUrl(s.baseUrl()).httpClientBuilder(http(s.baseUrl()));
                }
                yield new ChatModels(chat.build(), streaming.build());
            }
            case GEMINI -> {
                if (key == null) throw missingKey(s, "gemini");
                var chat = GoogleAiGeminiChatModel.builder().apiKey(key).modelName(s.model()).timeout(s.timeout())
                        .temperature(s.temperature()).maxOutputTokens(MAX_OUTPUT_TOKENS).maxRetries(0);
                var streaming = GoogleAiGeminiStreamingChatModel.builder().apiKey(key).modelName(s.model())
                        .timeout(s.timeout()).temperature(s.temperature()).maxOutputTokens(MAX_OUTPUT_TOKENS);
                if (s.baseUrl() != null) {
                    String url = s.baseUrl().replaceAll("/+$", "");
                    chat.baseUrl(url).httpClientBuilder(http(url));
                    streaming.baseUrl(url).httpClientBuilder(http(url));
                }
                yield new ChatModels(chat.build(), streaming.build());
            }
            case EXTRACTIVE -> throw new IllegalArgumentException("the extractive answerer needs no language model");
        };
    }

    /**
     * Starts every streaming call on its own virtual thread. LangChain4j's JDK client reads the whole stream in a
     * {@code sendAsync(..).thenAccept(..)} callback, which runs on the calling thread when the response headers
     * arrived before the callback was attached (on a loaded 2-core machine in about 1 call in 10): {@code chat}
     * then returns only when the stream ends, and the answer deadline cannot cut off a model that stalls.
     */
    static StreamingChatModel offTheCallersThread(StreamingChatModel model) {
        return new StreamingChatModel() {
            @Override
            public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
                Thread.ofVirtual().name("llm-stream").start(() -> {
                    try {
                        model.chat(request, options, handler);
                    } catch (RuntimeException e) { // e.g. a request the client refuses to build
                        handler.onError(e);
                    }
                });
            }

            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return model.defaultRequestParameters();
            }

            @Override
            public ModelProvider provider() {
                return model.provider();
            }
        };
    }

    /**
     * The JDK client; plain-http servers (local vLLM, llama.cpp, LM Studio, Ollama) get HTTP/1.1 so the
     * client does not try an h2c upgrade on them. The model's {@code timeout} is applied on top.
     */
    private static JdkHttpClientBuilder http(String baseUrl) {
        HttpClient.Builder jdk = HttpClient.newBuilder();
        if (baseUrl != null && baseUrl.startsWith("http:")) jdk.version(HttpClient.Version.HTTP_1_1);
        return JdkHttpClient.builder().httpClientBuilder(jdk);
    }

    private static ConfigException missingKey(LlmSettings s, String what) {
        return new ConfigException("llm.provider " + s.provider().id() + " needs an API key for " + what
                + ": set the environment variable " + KEY_ENV);
    }
}
