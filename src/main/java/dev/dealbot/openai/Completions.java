package dev.dealbot.openai;

import dev.dealbot.answer.Answer;
import dev.dealbot.http.SourcesBlock;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chat Completions wire objects for one answer: the plain {@code chat.completion} and the streamed
 * {@code chat.completion.chunk}s. Both carry the structured answer in an extra top-level {@code dealbot} object
 * (the last chunk only, when streamed), which OpenAI clients ignore.
 */
final class Completions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String id;
    private final long created;

    private Completions(String id, long created) {
        this.id = id;
        this.created = created;
    }

    /** One response's ids: the same {@code id} and {@code created} in every chunk of a stream. */
    static Completions start() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return new Completions("chatcmpl-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                System.currentTimeMillis() / 1000);
    }

    Map<String, Object> completion(Answer answer) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", SourcesBlock.content(answer));
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = head("chat.completion", choice);
        body.put("dealbot", dealbot(answer));
        return body;
    }

    /** The first chunk: the assistant role, no text yet. */
    Map<String, Object> roleChunk() {
        Map<String, Object> delta = new LinkedHashMap<>();
        delta.put("role", "assistant");
        delta.put("content", "");
        return chunk(delta, null);
    }

    Map<String, Object> textChunk(String text) {
        return chunk(Map.of("content", text), null);
    }

    /** The last chunk: finish reason and the structured answer. */
    Map<String, Object> finalChunk(Answer answer) {
        Map<String, Object> body = chunk(Map.of(), "stop");
        body.put("dealbot", dealbot(answer));
        return body;
    }

    /** The pieces the content is streamed in: the answer word by word, then the sources block; they concatenate to it. */
    static List<String> pieces(Answer answer) {
        List<String> pieces = new ArrayList<>(List.of(answer.answer().split("(?<= )")));
        String sources = SourcesBlock.of(answer);
        if (!sources.isEmpty()) pieces.add(sources);
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    private Map<String, Object> chunk(Map<String, Object> delta, String finishReason) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("logprobs", null);
        choice.put("finish_reason", finishReason);
        return head("chat.completion.chunk", choice);
    }

    private Map<String, Object> head(String object, Map<String, Object> choice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", ChatRequest.MODEL);
        body.put("choices", List.of(choice));
        return body;
    }

    /** What OpenAI's format has no place for: citations with their quotes, disagreements, whether it was answered. */
    static Map<String, Object> dealbot(Answer answer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("answered", answer.answered());
        d.put("citations", answer.citations());
        d.put("conflicts", answer.conflicts());
        d.put("reason", answer.reason());
        d.put("mode", answer.mode());
        d.put("degraded", answer.degraded());
        d.put("answerId", answer.answerId());
        return d;
    }
}
