package dev.dealbot.answer.extractive;

import dev.dealbot.answer.Draft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the answers to the sub-questions of a question that asks two things into one answer: each answer's text in
 * turn, its markers renumbered to one list of sources (a source cited by two answers is one).
 */
final class SubAnswers {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    /** Text up to a run of markers, and the run. */
    private static final Pattern QUOTED = Pattern.compile("(?s)(.*?)((?:\\[\\d+])+)");

    private final List<Draft> answered = new ArrayList<>();

    /** Adds a sub-question's answer; false when it declines. */
    boolean add(Draft d) {
        if (d.reason() != null || d.text().isBlank()) return false;
        answered.add(d);
        return true;
    }

    boolean isEmpty() {
        return answered.isEmpty();
    }

    /**
     * One answer: the texts in order, with one numbering of their sources; a later answer's sentence that an earlier
     * answer says already is left out.
     */
    Draft join(String mode) {
        if (answered.size() == 1) return answered.get(0);
        List<Draft.Source> sources = new ArrayList<>();
        Map<Draft.Source, Integer> numbers = new HashMap<>();
        List<String> denied = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> told = new ArrayList<>();
        for (Draft d : answered) {
            StringBuilder own = new StringBuilder();
            boolean anyNew = false;
            Matcher m = QUOTED.matcher(d.text());
            int end = 0;
            while (m.find()) {
                end = m.end();
                String said = m.group(1).strip();
                if (!said.isEmpty() && text.indexOf(said) >= 0) continue;
                // a quote that opens with a sentence said already (its context) goes on after it
                for (String earlier : told) if (said.startsWith(earlier + " ")) said = said.substring(earlier.length()).strip();
                StringBuilder markers = new StringBuilder();
                for (Matcher n = MARKER.matcher(m.group(2)); n.find(); ) {
                    int i = Integer.parseInt(n.group(1));
                    if (i < 1 || i > d.sources().size()) continue;
                    markers.append('[').append(numbers.computeIfAbsent(d.sources().get(i - 1), k -> { sources.add(k); return sources.size(); })).append(']');
                }
                append(own, said + " " + markers);
                told.add(said);
                anyNew = true;
            }
            // an answer whose every quote an earlier one gives tells nothing new
            if (!anyNew && end > 0) continue;
            append(own, d.text().substring(end).strip());
            append(text, own.toString());
            denied.addAll(d.denied());
        }
        return new Draft("", text.toString(), sources, false, true, mode, false, null, denied);
    }

    private static void append(StringBuilder text, String part) {
        if (part.isBlank()) return;
        if (!text.isEmpty()) text.append(' ');
        text.append(part);
    }
}
