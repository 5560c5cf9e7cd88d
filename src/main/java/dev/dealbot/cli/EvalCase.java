package dev.dealbot.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One line of a question set (JSONL): the question and what a correct answer must show. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalCase(String id, String question, boolean answerable, List<String> expect, List<String> sources) {
    public EvalCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
