package dev.dealbot.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One line of a question set (JSONL): the question and what a correct answer must show. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalCase(String id, String question, Boolean answerable, List<String> expect, List<String> sources) {
    public EvalCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** What is wrong with this line, or null when it is usable. */
    String problem() {
        if (question == null || question.isBlank()) return "'question' is missing";
        if (answerable == null) return "'answerable' (true or false) is missing";
        for (String regex : expect) {
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                return "'expect' has an invalid regex: " + regex;
            }
        }
        return null;
    }
}
