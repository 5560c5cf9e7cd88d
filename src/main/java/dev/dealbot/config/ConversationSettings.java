package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/**
 * Follow-up context kept between questions.
 *
 * @param idleMinutes a conversation nobody continues for this long is forgotten
 * @param maxTurns earlier turns kept per conversation (older ones drop off)
 * @param maxPerClient conversations one client may hold at once; a new one pushes out that client's least recently
 *     used, never another client's
 * @param maxMegabytes heap budget of the in-memory store for all conversations together
 */
public record ConversationSettings(int idleMinutes, int maxTurns, int maxPerClient, int maxMegabytes) {
    public static final ConversationSettings DEFAULTS = new ConversationSettings(30, 6, 50, 32);

    public ConversationSettings {
        Validate.inRange(idleMinutes, 1, 7 * 24 * 60, "conversations.idleMinutes");
        Validate.inRange(maxTurns, 1, 50, "conversations.maxTurns");
        Validate.inRange(maxPerClient, 1, 10_000, "conversations.maxPerClient");
        Validate.inRange(maxMegabytes, 1, 4096, "conversations.maxMegabytes");
    }
}
