package dev.dealbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request {@link FakeOpenAiServer} received: body and headers (names lower-cased). */
public record RecordedRequest(String body, Map<String, List<String>> headers) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RecordedRequest {
        headers = Map.copyOf(headers);
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

    public boolean streaming() {
        return json().path("stream").asBoolean(false);
    }

    /** The {@code content} of each chat message, in order. */
    public List<String> messageContents() {
        return field("content");
    }

    /** The {@code role} of each chat message, in order: system, user, assistant. */
    public List<String> messageRoles() {
        return field("role");
    }

    private List<String> field(String name) {
        List<String> out = new ArrayList<>();
        json().path("messages").forEach(m -> out.add(m.path(name).asText()));
        return out;
    }
}
