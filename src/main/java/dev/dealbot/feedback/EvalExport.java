package dev.dealbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rating as a line of an eval question set ({@code id, question, answerable, expect, sources}, the format
 * {@code dealbot eval} runs). Thumbs up: the answer given is the expectation — answered or not, its figures as
 * {@code expect}, its cited articles as {@code sources}. Thumbs down: {@code answerable: true} with {@code expect}
 * and {@code sources} left empty for a person to fill in (or to flip {@code answerable}); the answer given, the
 * rating and the comment ride along for that person and are ignored by {@code eval}.
 */
public final class EvalExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    private static final Pattern FIGURE = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:billion|million|percent|%))?");
    private static final int MAX_EXPECT = 3;

    private EvalExport() {}

    public static String line(Feedback f) {
        JsonNode answer;
        try {
            answer = JSON.readTree(f.answerJson());
        } catch (JsonProcessingException e) {
            answer = JSON.createObjectNode();
        }
        boolean answered = answer.path("answered").asBoolean(false);
        ObjectNode out = JSON.createObjectNode();
        out.put("id", "fb-" + f.answerId().substring(0, Math.min(10, f.answerId().length())));
        out.put("question", f.question());
        ArrayNode expect = JSON.createArrayNode(), sources = JSON.createArrayNode();
        if (f.rating() == Rating.UP) {
            out.put("answerable", answered);
            if (answered) {
                figures(answer.path("answer").asText("")).forEach(expect::add);
                Set<String> docs = new LinkedHashSet<>();
                answer.path("citations").forEach(c -> docs.add(c.path("docId").asText()));
                docs.forEach(sources::add);
            }
        } else {
            out.put("answerable", true);
        }
        out.set("expect", expect);
        out.set("sources", sources);
        out.put("rating", f.rating().id());
        if (f.comment() != null) out.put("comment", f.comment());
        out.put("answerGiven", answer.path("answer").asText(""));
        out.put("mode", f.mode());
        out.put("ratedAt", f.createdAt().toString());
        return out.toString();
    }

    /** Up to three distinct figures of the answer, each as a literal regex. */
    static Set<String> figures(String answer) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(MARKER.matcher(answer).replaceAll(" "));
        while (m.find() && out.size() < MAX_EXPECT) out.add(Pattern.quote(m.group().strip()));
        return out;
    }
}
