package dev.dealbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block Kit output: escaping, attribution, "not answered", and Slack's size limits. */
class SlackMessagesTest {
    static Citation cite(int n, String url, String quote) {
        return new Citation(n, "wedoany-revised-partnership", "Microsoft & OpenAI <revise>", "Wedoany", url, null, quote, 1);
    }

    @Test
    void escapesBotTextAndKeepsMarkers() {
        Answer a = new Answer("Until 2032 [1]. <!channel> <https://evil.example|click> & co", true,
                List.of(cite(1, null, "valid until 2032 <@U123>")), "c", "extractive", false, List.of(), null, null);
        ObjectNode msg = SlackMessages.answer(a, null);
        String json = msg.toString();
        assertFalse(json.contains("<!channel>"), json);
        assertFalse(json.contains("<https://evil"), json);
        assertFalse(json.contains("<@U123>"), json);
        JsonNode blocks = msg.get("blocks");
        assertEquals("Until 2032 [1]. &lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; co",
                blocks.get(0).at("/text/text").asText());
        assertEquals("*Sources*", blocks.get(1).at("/elements/0/text").asText());
        assertEquals("[1] Microsoft &amp; OpenAI &lt;revise&gt; — Wedoany", blocks.get(1).at("/elements/1/text").asText());
        assertTrue(blocks.get(2).at("/elements/0/text").asText().contains("valid until 2032 &lt;@U123&gt;"));
    }

    @Test
    void linksTitlesWhenThereIsAUrl() {
        assertEquals("[2] <https://ex.example/a?b=1&amp;c=%7C|Microsoft &amp; OpenAI &lt;revise&gt;> — Wedoany",
                SlackMessages.sourceLine(cite(2, "https://ex.example/a?b=1&c=|", "q")));
        assertEquals("[2] Microsoft &amp; OpenAI &lt;revise&gt; — Wedoany",
                SlackMessages.sourceLine(cite(2, "javascript:alert(1)", "q")));
    }

    @Test
    void notAnsweredIsShortAndHasNoSources() {
        ObjectNode msg = SlackMessages.answer(Answer.notAnswered("extractive"), null);
        assertEquals(1, msg.get("blocks").size());
        assertTrue(msg.get("text").asText().startsWith("The articles don't say"));
    }

    @Test
    void respectsSlackLimits() {
        String longText = "Microsoft & OpenAI agreed [1]. ".repeat(2000); // ~62k chars, ~70k escaped
        List<Citation> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) many.add(cite(i, null, "quote " + i + " & more ".repeat(200)));
        ObjectNode msg = SlackMessages.answer(new Answer(longText, true, many, "c", "openai", true, List.of(), null, null), "asked");
        JsonNode blocks = msg.get("blocks");
        assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
        assertTrue(msg.get("text").asText().length() <= 3000);
        for (JsonNode b : blocks) {
            if (b.has("text")) assertTrue(b.at("/text/text").asText().length() <= 3000);
            if (b.has("elements")) {
                assertTrue(b.get("elements").size() <= 10);
                for (JsonNode e : b.get("elements")) assertTrue(e.get("text").asText().length() <= 3000);
            }
            String text = b.toString();
            assertFalse(text.matches(".*&(a|am|l|g)?….*"), "entity cut: " + text);
        }
        assertTrue(blocks.get(blocks.size() - 1).toString().contains("more quotes not shown"));
    }

    @Test
    void chunksAtWhitespaceWithoutBreakingEntities() {
        String escaped = SlackMessages.escape("a&b ".repeat(1000));
        List<String> chunks = SlackMessages.chunks(escaped, 3000, 8);
        assertTrue(chunks.size() >= 2);
        for (String c : chunks) {
            assertTrue(c.length() <= 3000);
            assertTrue(c.endsWith("&amp;b") || c.endsWith("…"), c.substring(c.length() - 10));
        }
        assertEquals(escaped.strip(), String.join(" ", chunks));
    }
}
