package dev.dealbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question that asks two things ("When was it announced and until when does the licence run?", "How
 * much did Amazon invest? What chips will OpenAI use?") into its sub-questions, so each is answered with its own
 * evidence.
 */
final class Facets {
    private static final Pattern SPLIT = Pattern.compile(
            "\\?\\s+(?=\\S)|[,;]?\\s+(?:and|as well as|plus)\\s+(?=(?:(?:for|until|since|by|from|in|at)\\s+)?(?:what|when|who|whom|which|how|where|why|whether|until|is|are|was|were|does|do|did|will|would|can|could|should|has|have|had)\\b)",
            Pattern.CASE_INSENSITIVE);
    static final int MIN_CHARS = 8;

    private Facets() {}

    /**
     * The statements a sub-question opens with before its own question ("Scenario check: it's 2031." before "Is OpenAI
     * still paying"), or the whole of one that supposes a case; null when it opens with its question.
     */
    static String setting(String facet) {
        // a first sub-question that supposes a case ("What if OpenAI declared AGI in 2027?") sets it for the later ones
        if (SUPPOSES.matcher(facet).lookingAt()) return facet.strip().replaceAll("[?.!]+$", "") + ",";
        Matcher m = LAST_SENTENCE.matcher(facet);
        return m.find() && m.start() >= MIN_CHARS ? facet.substring(0, m.start()).strip() : null;
    }

    private static final Pattern SUPPOSES = Pattern.compile("(?i)(?:what if|suppose|supposing|imagine|assume|assuming|in case)\\b");

    /** The start of the last sentence: after a full stop and a space, before a capital letter. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("(?<=[.!])\\s+(?=[A-Z])(?!.*[.!]\\s+[A-Z])");

    /**
     * "Did the licence end in 2030 while the revenue share runs to 2032?": two clauses joined by "while", "whereas" or
     * "but", each with a figure of its own, claim two things, each checked on its own.
     */
    private static final Pattern TWO_CLAIMS = Pattern.compile("^(.{8,}?\\d.*?),?\\s+(?:while|whereas|but)\\s+((?:the|its|their|\\p{Lu}[\\p{L}'’]*)\\s[^,;]*?\\d.*)$");

    /** The sub-questions, or an empty list when the question asks one thing. */
    static List<String> of(String question) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(question.strip()))
            if (part.strip().length() >= MIN_CHARS) out.add(part.strip());
        if (out.size() < 2) {
            Matcher two = TWO_CLAIMS.matcher(question.strip());
            if (two.matches()) return List.of(two.group(1).strip(), two.group(2).strip());
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }
}
