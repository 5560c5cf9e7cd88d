package dev.dealbot.question;

import java.util.Optional;

/** Rewrites a question in English (LLM mode); empty when it cannot, and the question is then read as it is. */
public interface Translator {
    Optional<String> toEnglish(String question, Language language);
}
