package dev.dealbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conflict;
import dev.dealbot.http.HttpApi;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit messages built from an {@link Answer}: the answer as mrkdwn sections (citation markers kept), a
 * "Sources differ" context for each point the articles disagree on, a "Sources" context ({@code [n] <url|title> —
 * source}, with how many articles state it) and one context block with the quote of each citation.
 * All bot text is escaped (&amp;, &lt;, &gt;) so article or LLM text cannot inject links or mentions, and Slack's
 * limits hold: section text ≤ 3000 chars, context ≤ 10 elements, ≤ 50 blocks.
 */
final class SlackMessages {
    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_ANSWER_SECTIONS = 8;
    static final int MAX_QUOTE_CHARS = 600;
    static final int MAX_FALLBACK_CHARS = 3000;
    static final String NOT_ANSWERED = Answer.NOT_ANSWERED;
    static final String FEEDBACK_BLOCK = "dealbot_feedback";
    static final String FEEDBACK_UP = "dealbot_feedback_up";
    static final String FEEDBACK_DOWN = "dealbot_feedback_down";

    private SlackMessages() {}

    /** {@code {"text": fallback, "blocks": [...]}}; {@code asked} (may be null) is shown above the answer. */
    static ObjectNode answer(Answer a, String asked) {
        List<ObjectNode> blocks = new ArrayList<>();
        if (asked != null) blocks.add(context(List.of(asked)));
        String body = !a.answer().isBlank() ? a.answer() : NOT_ANSWERED;
        for (String chunk : chunks(escape(body), MAX_SECTION_CHARS, MAX_ANSWER_SECTIONS)) blocks.add(section(chunk));
        List<Citation> cites = a.answered() ? a.citations() : List.of();
        if (a.degraded()) blocks.add(context(List.of("_The language model was unavailable; these are the "
                + "articles' own sentences._")));
        for (Conflict c : a.conflicts()) {
            StringBuilder marks = new StringBuilder();
            for (int n : c.citations()) marks.append('[').append(n).append(']');
            blocks.add(context(List.of("*Sources differ:* " + escape(c.summary()) + " " + marks)));
        }
        if (!cites.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("*Sources*");
            for (Citation c : cites) lines.add(sourceLine(c));
            for (int i = 0; i < lines.size(); i += MAX_CONTEXT_ELEMENTS)
                blocks.add(context(lines.subList(i, Math.min(lines.size(), i + MAX_CONTEXT_ELEMENTS))));
        }
        List<Citation> quoted = cites.stream().filter(c -> c.quote() != null && !c.quote().isBlank()).toList();
        int max = a.answerId() == null ? MAX_BLOCKS : MAX_BLOCKS - 1; // room for the feedback buttons
        for (int i = 0; i < quoted.size(); i++) {
            if (blocks.size() >= max - 1 && i < quoted.size() - 1) {
                blocks.add(context(List.of("_" + (quoted.size() - i) + " more quotes not shown_")));
                break;
            }
            Citation c = quoted.get(i);
            blocks.add(context(List.of("*[" + c.n() + "]* “" + truncate(escape(c.quote().strip()), MAX_QUOTE_CHARS) + "”")));
        }
        ObjectNode msg = HttpApi.JSON.createObjectNode();
        msg.put("text", truncate(escape(body), MAX_FALLBACK_CHARS));
        ArrayNode arr = msg.putArray("blocks");
        blocks.stream().limit(max).forEach(arr::add);
        if (a.answerId() != null) arr.add(feedbackButtons(a.answerId()));
        return msg;
    }

    /** Thumbs up/down buttons carrying the answer's id; clicks arrive at {@code /slack/interactions}. */
    static ObjectNode feedbackButtons(String answerId) {
        ObjectNode block = HttpApi.JSON.createObjectNode().put("type", "actions").put("block_id", FEEDBACK_BLOCK);
        ArrayNode elements = block.putArray("elements");
        for (String[] b : new String[][] {{FEEDBACK_UP, "👍 Helpful"}, {FEEDBACK_DOWN, "👎 Not helpful"}}) {
            ObjectNode button = elements.addObject().put("type", "button").put("action_id", b[0]).put("value", answerId);
            button.putObject("text").put("type", "plain_text").put("text", b[1]).put("emoji", true);
        }
        return block;
    }

    /** A plain text message (escaped), e.g. an acknowledgement or a usage hint. */
    static ObjectNode text(String text) {
        ObjectNode msg = HttpApi.JSON.createObjectNode();
        msg.put("text", truncate(escape(text), MAX_FALLBACK_CHARS));
        return msg;
    }

    static String sourceLine(Citation c) {
        String title = escape(c.title() == null || c.title().isBlank() ? c.docId() : c.title());
        String link = c.url() != null && (c.url().startsWith("https://") || c.url().startsWith("http://"))
                ? "<" + linkUrl(c.url()) + "|" + title + ">" : title;
        String source = c.source() == null || c.source().isBlank() ? "" : " — " + escape(c.source());
        String stated = c.corroboratedBy() > 1 ? " _(stated by " + c.corroboratedBy() + " articles)_" : "";
        return "[" + c.n() + "] " + link + source + stated;
    }

    /** Slack's escaping for bot text: only &amp;, &lt; and &gt; (so {@code <!channel>} or {@code <url|x>} stay literal). */
    static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String linkUrl(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20");
    }

    /** Splits escaped text into at most {@code maxChunks} pieces of ≤ {@code max} chars, at whitespace where possible. */
    static List<String> chunks(String text, int max, int maxChunks) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (out.size() == maxChunks - 1 || rest.length() <= max) {
                out.add(truncate(rest, max));
                break;
            }
            int cut = cutPoint(rest, max);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return out;
    }

    /** Escaped text cut to ≤ {@code max} chars ending in "…", never inside an entity such as {@code &amp;}. */
    static String truncate(String text, int max) {
        if (text.length() <= max) return text;
        return text.substring(0, cutPoint(text, max - 1)).stripTrailing() + "…";
    }

    private static int cutPoint(String text, int max) {
        int ws = -1;
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                ws = i;
                break;
            }
        }
        int cut = ws > 0 ? ws : max;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut && cut - amp <= 5) cut = amp; // inside &amp; &lt; &gt;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return cut;
    }

    private static ObjectNode section(String mrkdwn) {
        ObjectNode block = HttpApi.JSON.createObjectNode().put("type", "section");
        block.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
        return block;
    }

    private static ObjectNode context(List<String> mrkdwn) {
        ObjectNode block = HttpApi.JSON.createObjectNode().put("type", "context");
        ArrayNode elements = block.putArray("elements");
        for (String t : mrkdwn) elements.addObject().put("type", "mrkdwn").put("text", truncate(t, MAX_SECTION_CHARS));
        return block;
    }
}
