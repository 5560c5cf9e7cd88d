package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request a {@link LoopbackLlmServer} received: the raw HTTP (method, path, query, headers with lower-cased names,
 * body) and what the provider's API reads from it: the model, whether the client asked to stream, and the chat
 * messages with roles normalised to {@code system}, {@code user}, {@code assistant} (Anthropic's top-level
 * {@code system}, Gemini's {@code systemInstruction} and {@code model} role included).
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body,
        String model, boolean streaming, List<Message> messages) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One chat message as the provider reads it; {@code content} joins the message's text parts. */
    public record Message(String role, String content) {}

    public RecordedRequest {
        headers = Map.copyOf(headers);
        messages = List.copyOf(messages);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The content of each chat message, in order. */
    public List<String> messageContents() {
        return messages.stream().map(Message::content).toList();
    }

    /** The role of each chat message, in order: system, user, assistant. */
    public List<String> messageRoles() {
        return messages.stream().map(Message::role).toList();
    }
}
