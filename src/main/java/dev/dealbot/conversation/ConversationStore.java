package dev.dealbot.conversation;

import dev.dealbot.question.Turn;
import java.util.List;

/**
 * Where conversations are kept: the turns of each conversation by key, forgotten after an idle time. Keys and
 * owners are opaque strings and turns are plain records (JSON-serialisable), so a shared store (Redis) can stand
 * in for the in-memory one. {@link Conversations} decides keys, owners and what a turn may hold.
 */
public interface ConversationStore {
    /** The turns under {@code key}, oldest first; empty when the key is unknown or has expired. */
    List<Turn> turns(String key);

    /**
     * Adds {@code turn} under {@code key} and restarts its idle time. Keeps only the newest turns. A new key counts
     * against {@code owner}'s bound: past it, that owner's least recently continued conversation is dropped, never
     * another owner's. (An existing key keeps the owner it was created with.)
     */
    void append(String key, String owner, Turn turn);
}
