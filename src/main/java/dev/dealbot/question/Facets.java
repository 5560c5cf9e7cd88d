package dev.dealbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a question that asks two things ("When was it announced and until when does the licence run?", "How
 * much did Amazon invest? What chips will OpenAI use?") into its sub-questions, so each is answered with its own
 * evidence.
 */
final class Facets {
    private static final Pattern SPLIT = Pattern.compile(
            "\\?\\s+(?=\\S)|[,;]?\\s+(?:and|as well as|plus)\\s+(?=(?:(?:for|until|since|by|from|in|at)\\s+)?(?:what|when|who|whom|which|how|where|why|whether|until|is|are|does|do|did|will|can)\\b)",
            Pattern.CASE_INSENSITIVE);
    static final int MIN_CHARS = 8;

    private Facets() {}

    /** The sub-questions, or an empty list when the question asks one thing. */
    static List<String> of(String question) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(question.strip()))
            if (part.strip().length() >= MIN_CHARS) out.add(part.strip());
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }
}
