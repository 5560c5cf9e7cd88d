package dev.dealbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dealbot.helper.Validate;
import dev.dealbot.helper.ValidationException;
import java.net.URI;
import java.time.Duration;

/**
 * The language model behind the answer. The API key is a secret and comes only from the environment.
 *
 * @param baseUrl optional endpoint; for {@code openai} any OpenAI-compatible server (vLLM, llama.cpp, LM Studio)
 * @param timeoutMillis the whole-answer deadline; past it the extractive answer is served, marked degraded
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String model, int timeoutMillis, double temperature) {
    public LlmSettings {
        Validate.notNull(provider, "llm.provider");
        Validate.inRange(timeoutMillis, 100, 120_000, "llm.timeoutMillis");
        Validate.inRange(temperature, 0.0, 2.0, "llm.temperature");
        if (baseUrl != null && !baseUrl.isBlank()) {
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("llm.baseUrl", "llm.baseUrl is not a valid URL: " + baseUrl);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null)
                throw new ValidationException("llm.baseUrl", "llm.baseUrl must be an http(s) URL, got " + baseUrl);
        } else {
            baseUrl = null;
        }
        if (provider != LlmProvider.EXTRACTIVE && (model == null || model.isBlank()))
            throw new ValidationException("llm.model", "llm.model is required when llm.provider is " + provider.id()
                    + " (set it in config/dealbot.yaml or DEALBOT_LLM_MODEL)");
        if (model != null && model.isBlank()) model = null;
    }

    @JsonCreator
    static LlmSettings fromYaml(@JsonProperty("provider") String provider, @JsonProperty("baseUrl") String baseUrl,
            @JsonProperty("model") String model, @JsonProperty("timeoutMillis") Integer timeoutMillis,
            @JsonProperty("temperature") Double temperature) {
        return new LlmSettings(LlmProvider.parse(provider == null ? "extractive" : provider, "llm.provider"), baseUrl,
                model, timeoutMillis == null ? 10_000 : timeoutMillis, temperature == null ? 0.0 : temperature);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }
}
