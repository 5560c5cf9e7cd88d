package dev.dealbot.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets, read only from environment variables; {@link #toString()} never shows them.
 *
 * @param apiKeys the keys a caller of the OpenAI-compatible API and the MCP server must present as
 *     {@code Authorization: Bearer <key>} ({@code DEALBOT_API_KEYS}, comma-separated); empty: those endpoints are off
 * @param statePassword the Redis password when {@code state.store} is redis ({@code DEALBOT_STATE_PASSWORD})
 */
public record Secrets(Optional<String> llmApiKey, Optional<String> slackSigningSecret, Optional<String> slackBotToken,
        Optional<String> mattermostToken, List<String> apiKeys, Optional<String> statePassword) {
    /** Shorter keys are guessable; the setting fails fast instead. */
    public static final int MIN_API_KEY_CHARS = 16;

    public static final Secrets NONE = new Secrets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Secrets {
        apiKeys = List.copyOf(apiKeys);
    }

    public Secrets(Optional<String> llmApiKey, Optional<String> slackSigningSecret, Optional<String> slackBotToken,
            Optional<String> mattermostToken, List<String> apiKeys) {
        this(llmApiKey, slackSigningSecret, slackBotToken, mattermostToken, apiKeys, Optional.empty());
    }

    public Secrets(Optional<String> llmApiKey, Optional<String> slackSigningSecret, Optional<String> slackBotToken,
            Optional<String> mattermostToken) {
        this(llmApiKey, slackSigningSecret, slackBotToken, mattermostToken, List.of(), Optional.empty());
    }

    static Secrets fromEnv(Map<String, String> env) {
        return new Secrets(get(env, "DEALBOT_LLM_API_KEY"), get(env, "DEALBOT_SLACK_SIGNING_SECRET"),
                get(env, "DEALBOT_SLACK_BOT_TOKEN"), get(env, "DEALBOT_MATTERMOST_TOKEN"), apiKeys(env.get("DEALBOT_API_KEYS")),
                get(env, "DEALBOT_STATE_PASSWORD"));
    }

    private static List<String> apiKeys(String value) {
        if (value == null || value.isBlank()) return List.of();
        List<String> keys = Arrays.stream(value.split(",")).map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.length() < MIN_API_KEY_CHARS || !key.chars().allMatch(c -> c > ' ' && c < 127))
                throw new ConfigException("DEALBOT_API_KEYS: key " + (i + 1) + " of " + keys.size() + " must be at least "
                        + MIN_API_KEY_CHARS + " printable ASCII characters without spaces (e.g. `openssl rand -hex 24`)");
        }
        return keys;
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    @Override
    public String toString() {
        return "Secrets[llmApiKey=" + mask(llmApiKey) + ", slackSigningSecret=" + mask(slackSigningSecret)
                + ", slackBotToken=" + mask(slackBotToken) + ", mattermostToken=" + mask(mattermostToken)
                + ", apiKeys=" + (apiKeys.isEmpty() ? "unset" : apiKeys.size() + " x ***")
                + ", statePassword=" + mask(statePassword) + "]";
    }

    private static String mask(Optional<String> s) {
        return s.isPresent() ? "***" : "unset";
    }
}
