package dev.dealbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conflict;
import java.io.PrintWriter;

/** Prints an answer for people (text, then numbered sources with attribution and quote) or as the API JSON. */
final class AnswerPrinter {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private AnswerPrinter() {}

    static void printJson(Answer answer, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(answer));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write answer as JSON", e);
        }
    }

    static void printText(Answer answer, PrintWriter out, int articles) {
        out.println(answer.answer());
        if (answer.degraded()) out.println("(the language model was unavailable; this is the extractive answer)");
        for (Conflict c : answer.conflicts()) out.println("Sources differ: " + c.summary() + " " + markers(c.citations()));
        if (answer.citations().isEmpty()) return;
        out.println();
        out.println("Sources:");
        for (Citation c : answer.citations()) {
            StringBuilder line = new StringBuilder("[").append(c.n()).append("] ").append(c.source()).append(" — ")
                    .append(c.title());
            if (c.date() != null) line.append(" (").append(c.date()).append(')');
            if (c.corroboratedBy() > 1) line.append(" — stated by ").append(c.corroboratedBy()).append(" of ").append(articles)
                    .append(" articles");
            out.println(line);
            if (c.url() != null) out.println("    " + c.url());
            out.println("    \"" + c.quote() + "\"");
        }
    }

    private static String markers(java.util.List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) sb.append('[').append(n).append(']');
        return sb.toString();
    }
}
