package dev.dealbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recent turns per conversation id, in memory, bounded in conversations and turns (least recently used go first). */
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

    public synchronized void record(String id, Turn turn) {
        List<Turn> turns = byId.computeIfAbsent(id, k -> new ArrayList<>());
        turns.add(turn);
        if (turns.size() > maxTurns) turns.remove(0);
    }
}
