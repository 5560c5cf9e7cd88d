package dev.dealbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dealbot.answer.Answer;
import dev.dealbot.state.SharedValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The answers given recently, by {@code answerId}, so that feedback names an answer this server really gave (the id
 * is unguessable) and is stored with its question and answer, never with text the client claims. Kept in this
 * process (bounded by {@link #MAX_BYTES}) and, with several replicas sharing Redis, there too, so a rating reaching
 * another replica finds the answer. Each is kept for {@link #KEPT}; an older answer can no longer be rated.
 */
public final class AnswerLog {
    public static final Duration KEPT = Duration.ofHours(24);
    static final long MAX_BYTES = 16L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cache<String, Served> recent = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String id, Served s) -> s.weight()).expireAfterWrite(KEPT).build();
    private final Optional<SharedValues> shared;

    /** {@code shared}: the replicas' common store of answers ({@code SharedState.values("answer", KEPT)}), if any. */
    public AnswerLog(Optional<SharedValues> shared) {
        this.shared = shared;
    }

    public AnswerLog() {
        this(Optional.empty());
    }

    /**
     * Keeps {@code answer} (when it has an id) as given on {@code channel} to {@code clientKey}; returns its JSON as
     * the API serialises it, so a channel sending that JSON need not serialise the answer again.
     */
    public String remember(String channel, String question, Answer answer, String clientKey) {
        String answerJson = json(answer);
        if (answer.answerId() == null) return answerJson;
        Served served = new Served(answer.answerId(), answer.conversationId(), channel, question, answerJson,
                answer.mode(), clientKey, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        recent.put(served.answerId(), served);
        shared.ifPresent(s -> s.put(served.answerId(), json(served)));
        return answerJson;
    }

    public Optional<Served> find(String answerId) {
        if (answerId == null) return Optional.empty();
        Served local = recent.getIfPresent(answerId);
        if (local != null || shared.isEmpty()) return Optional.ofNullable(local);
        return shared.get().get(answerId).flatMap(AnswerLog::read).filter(s -> s.answerId().equals(answerId));
    }

    private static Optional<Served> read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return Optional.of(new Served(n.get("answerId").asText(), n.path("conversationId").textValue(),
                    n.get("channel").asText(), n.get("question").asText(), n.get("answerJson").asText(),
                    n.get("mode").asText(), n.get("clientKey").asText(), Instant.ofEpochMilli(n.get("at").asLong())));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty(); // not one of ours: the answer counts as unknown
        }
    }

    private static String json(Served s) {
        var n = JSON.createObjectNode().put("answerId", s.answerId()).put("conversationId", s.conversationId())
                .put("channel", s.channel()).put("question", s.question()).put("answerJson", s.answerJson())
                .put("mode", s.mode()).put("clientKey", s.clientKey()).put("at", s.at().toEpochMilli());
        return n.toString();
    }

    private static String json(Answer answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be serialised", e);
        }
    }
}
