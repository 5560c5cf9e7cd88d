package dev.dealbot.http;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;

/**
 * The plain-text list of sources put after an answer where a client shows only text (the OpenAI-compatible API's
 * message content, the MCP tool's text result), so that every client shows them:
 * one line per citation, {@code [1] Wedoany — <title>: "<quote>"}, with the source name each article requires.
 */
public final class SourcesBlock {
    public static final String HEADING = "\n\nSources:\n";

    private SourcesBlock() {}

    /** The answer followed by its sources block (just the answer when it cites nothing). */
    public static String content(Answer answer) {
        return answer.answer() + of(answer);
    }

    /** The block alone, starting with its blank line and heading; empty when the answer cites nothing. */
    public static String of(Answer answer) {
        if (answer.citations().isEmpty()) return "";
        StringBuilder sb = new StringBuilder(HEADING);
        for (Citation c : answer.citations()) {
            if (sb.length() > HEADING.length()) sb.append('\n');
            sb.append('[').append(c.n()).append("] ").append(c.source()).append(" — ").append(c.title())
                    .append(": \"").append(c.quote()).append('"');
        }
        return sb.toString();
    }

    /** An earlier assistant message without the block this server added to it (the context needs only the answer). */
    public static String strip(String content) {
        int at = content.lastIndexOf(HEADING);
        return at < 0 ? content : content.substring(0, at);
    }
}
