package dev.dealbot.feedback;

import java.time.Instant;

/**
 * An answer as it was given, kept so feedback about it can be stored with the question and the whole answer.
 *
 * @param channel where it was asked: {@code api}, {@code slack}
 * @param conversationId the conversation the answer belongs to (null for Slack)
 * @param answerJson the answer exactly as the API serialises it
 */
public record Served(String answerId, String conversationId, String channel, String question, String answerJson,
        String mode, String clientKey, Instant at) {
    int weight() {
        return 2 * (question.length() + answerJson.length() + 200);
    }
}
