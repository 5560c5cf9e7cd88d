package dev.dealbot.feedback;

import java.time.Instant;

/** One stored rating: who rated which answer how, with the question and the answer as given. */
public record Feedback(String answerId, String conversationId, String channel, Rating rating, String comment,
        String question, String answerJson, String mode, String clientKey, Instant createdAt) {}
