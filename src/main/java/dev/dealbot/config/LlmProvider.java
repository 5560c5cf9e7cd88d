package dev.dealbot.config;

import dev.dealbot.helper.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which answerer writes the answer. {@code EXTRACTIVE} needs no model and no network. */
public enum LlmProvider {
    EXTRACTIVE, OPENAI, OLLAMA, ANTHROPIC, GEMINI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LlmProvider parse(String value, String field) {
        for (LlmProvider p : values()) if (p.id().equalsIgnoreCase(value == null ? "" : value.trim())) return p;
        throw new ValidationException(field, field + " must be one of "
                + Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
}
