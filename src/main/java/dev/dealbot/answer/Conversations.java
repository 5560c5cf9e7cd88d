package dev.dealbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recent turns per conversation id, in memory, bounded in conversations, turns and stored answer length
 * (least recently used conversations go first), so clients inventing ids cannot exhaust the heap.
 */
public final class Conversations {
    private final int maxTurns;
    private final Map<String, List<Turn>> byId;

    public Conversations(int maxConversations, int maxTurns) {
        this.maxTurns = maxTurns;
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Turn>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized List<Turn> history(String id) {
        List<Turn> turns = byId.get(id);
        return turns == null ? List.of() : List.copyOf(turns);
    }

    /** Only the start of a turn is kept: follow-ups need the gist, not every quote. */
    static final int MAX_ANSWER_CHARS = 1_000;
    static final int MAX_QUESTION_CHARS = 500;

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public synchronized void record(String id, Turn turn) {
        List<Turn> turns = byId.computeIfAbsent(id, k -> new ArrayList<>());
        turns.add(new Turn(clip(turn.question(), MAX_QUESTION_CHARS), clip(turn.answer(), MAX_ANSWER_CHARS)));
        if (turns.size() > maxTurns) turns.remove(0);
    }
}
