package dev.dealbot.conversation;

import dev.dealbot.answer.Conversation;
import dev.dealbot.question.Turn;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each channel its conversations, each channel in its own namespace of the store: the HTTP API's ids are
 * issued here (128 random bits), so a client can continue only a conversation it was given, never a Slack
 * thread's or an id it made up.
 */
public final class Conversations {
    /** An issued id: 16 random bytes, URL-safe base64 without padding. */
    private static final Pattern ISSUED = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Only the start of a turn is kept: follow-ups need the gist, not every quote. */
    static final int MAX_QUESTION_CHARS = 500;
    static final int MAX_ANSWER_CHARS = 1_000;

    private final ConversationStore store;

    public Conversations(ConversationStore store) {
        this.store = store;
    }

    /**
     * The HTTP API's conversation: the one {@code requestedId} names when this server issued it and it has not
     * expired; otherwise (no id, an id the client made up, another channel's id, an expired one) a new conversation
     * with a new id, counted against {@code clientKey}. The answer's {@code conversationId} tells the client which.
     */
    public Conversation forApi(String requestedId, String clientKey) {
        if (requestedId != null && ISSUED.matcher(requestedId).matches()) {
            String key = "api:" + requestedId;
            List<Turn> turns = store.turns(key);
            if (!turns.isEmpty()) return new Kept(requestedId, key, "api:" + clientKey, turns);
        }
        String id = newId();
        return new Kept(id, "api:" + id, "api:" + clientKey, List.of());
    }

    /** A Slack thread's conversation (every message in the thread continues it); the channel is its owner. */
    public Conversation forSlackThread(String team, String channel, String threadTs) {
        String owner = "slack:" + team + ":" + channel;
        return new Kept(null, owner + ":" + threadTs, owner, null);
    }

    /** A new conversation for an in-process caller, such as one {@code dealbot chat} session. */
    public Conversation local() {
        String id = newId();
        return new Kept(id, "local:" + id, "local", List.of());
    }

    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Turn clipped(Turn turn) {
        return new Turn(clip(turn.question(), MAX_QUESTION_CHARS), clip(turn.answer(), MAX_ANSWER_CHARS));
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    /** A conversation in the store; {@code loaded} is its history when already read, else null (read on first use). */
    private final class Kept implements Conversation {
        private final String id;
        private final String key;
        private final String owner;
        private List<Turn> loaded;

        Kept(String id, String key, String owner, List<Turn> loaded) {
            this.id = id;
            this.key = key;
            this.owner = owner;
            this.loaded = loaded;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public synchronized List<Turn> history() {
            if (loaded == null) loaded = store.turns(key);
            return loaded;
        }

        @Override
        public synchronized void record(Turn turn) {
            store.append(key, owner, clipped(turn));
            loaded = null;
        }
    }
}
