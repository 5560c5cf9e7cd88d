package dev.dealbot.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dealbot.answer.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The answers given recently, by {@code answerId}, so that feedback names an answer this server really gave (the id
 * is unguessable) and is stored with its question and answer, never with text the client claims. Bounded by memory
 * ({@link #MAX_BYTES}) and age ({@link #KEPT}); an answer older than that can no longer be rated.
 */
public final class AnswerLog {
    public static final Duration KEPT = Duration.ofHours(24);
    static final long MAX_BYTES = 16L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cache<String, Served> recent = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String id, Served s) -> s.weight()).expireAfterWrite(KEPT).build();

    /** Keeps {@code answer} (when it has an id) as given on {@code channel} to {@code clientKey}. */
    public void remember(String channel, String question, Answer answer, String clientKey) {
        if (answer.answerId() == null) return;
        String json;
        try {
            json = JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be serialised", e);
        }
        recent.put(answer.answerId(), new Served(answer.answerId(), answer.conversationId(), channel, question, json,
                answer.mode(), clientKey, Instant.now()));
    }

    public Optional<Served> find(String answerId) {
        return answerId == null ? Optional.empty() : Optional.ofNullable(recent.getIfPresent(answerId));
    }
}
