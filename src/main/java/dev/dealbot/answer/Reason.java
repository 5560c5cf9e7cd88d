package dev.dealbot.answer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why the bot did not answer ({@code answered: false}). */
public enum Reason {
    /** On topic, but the articles don't state it. */
    NOT_IN_ARTICLES,
    /** Not about the partnership revision at all. */
    OFF_TOPIC,
    /** Not in English, and it could not be answered unambiguously from its names and figures. */
    UNSUPPORTED_LANGUAGE,
    /** An attempt to override the bot's instructions. */
    INSTRUCTIONS_IGNORED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
