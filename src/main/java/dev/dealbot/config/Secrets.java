package dev.dealbot.config;

import java.util.Map;
import java.util.Optional;

/** Secrets, read only from environment variables; {@link #toString()} never shows them. */
public record Secrets(Optional<String> llmApiKey, Optional<String> slackSigningSecret, Optional<String> slackBotToken,
        Optional<String> mattermostToken) {

    public static final Secrets NONE = new Secrets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static Secrets fromEnv(Map<String, String> env) {
        return new Secrets(get(env, "DEALBOT_LLM_API_KEY"), get(env, "DEALBOT_SLACK_SIGNING_SECRET"),
                get(env, "DEALBOT_SLACK_BOT_TOKEN"), get(env, "DEALBOT_MATTERMOST_TOKEN"));
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    @Override
    public String toString() {
        return "Secrets[llmApiKey=" + mask(llmApiKey) + ", slackSigningSecret=" + mask(slackSigningSecret)
                + ", slackBotToken=" + mask(slackBotToken) + ", mattermostToken=" + mask(mattermostToken) + "]";
    }

    private static String mask(Optional<String> s) {
        return s.isPresent() ? "***" : "unset";
    }
}
