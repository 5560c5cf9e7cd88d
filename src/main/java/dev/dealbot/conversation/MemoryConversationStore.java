package dev.dealbot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.dealbot.question.Turn;
import dev.dealbot.config.ConversationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations in this JVM's heap (Caffeine): each expires after its idle time, each owner holds at most
 * {@code maxPerOwner} (its least recently continued goes first), and all together stay within a heap budget,
 * weighed by the text they hold.
 */
public final class MemoryConversationStore implements ConversationStore {
    private record Stored(String owner, List<Turn> turns) {}

    private final int maxTurns;
    private final int maxPerOwner;
    private final Cache<String, Stored> byKey;
    /** Each owner's keys, least recently continued first; an owner with no conversation left has no entry. */
    private final ConcurrentHashMap<String, List<String>> byOwner = new ConcurrentHashMap<>();

    public MemoryConversationStore(Duration idle, int maxTurns, int maxPerOwner, long maxBytes, Ticker ticker) {
        this.maxTurns = maxTurns;
        this.maxPerOwner = maxPerOwner;
        this.byKey = Caffeine.newBuilder()
                .expireAfterAccess(idle)
                .maximumWeight(maxBytes)
                .weigher(MemoryConversationStore::weight)
                .ticker(ticker)
                .executor(Runnable::run) // removals are seen on the calling thread, not on the common pool
                .removalListener(this::removed)
                .build();
    }

    public static MemoryConversationStore of(ConversationSettings settings) {
        return new MemoryConversationStore(Duration.ofMinutes(settings.idleMinutes()), settings.maxTurns(),
                settings.maxPerClient(), settings.maxMegabytes() * 1024L * 1024L, Ticker.systemTicker());
    }

    @Override
    public List<Turn> turns(String key) {
        Stored stored = byKey.getIfPresent(key);
        return stored == null ? List.of() : stored.turns();
    }

    @Override
    public void append(String key, String owner, Turn turn) {
        Stored stored = byKey.asMap().compute(key, (k, old) -> old == null
                ? new Stored(owner, List.of(turn))
                : new Stored(old.owner(), newest(old.turns(), turn)));
        List<String> evicted = new ArrayList<>(1);
        byOwner.compute(stored.owner(), (o, keys) -> {
            List<String> next = new ArrayList<>(keys == null ? List.of() : keys);
            next.remove(key);
            next.add(key);
            while (next.size() > maxPerOwner) evicted.add(next.remove(0));
            return List.copyOf(next);
        });
        evicted.forEach(byKey::invalidate); // outside compute: the removal listener updates byOwner
    }

    /** Brings expiry and size eviction up to date now (they otherwise run along with reads and writes). */
    void cleanUp() {
        byKey.cleanUp();
    }

    long size() {
        return byKey.estimatedSize();
    }

    int owners() {
        return byOwner.size();
    }

    private List<Turn> newest(List<Turn> turns, Turn turn) {
        List<Turn> next = new ArrayList<>(turns.subList(Math.max(0, turns.size() + 1 - maxTurns), turns.size()));
        next.add(turn);
        return List.copyOf(next);
    }

    private void removed(String key, Stored stored, RemovalCause cause) {
        if (key == null || stored == null || cause == RemovalCause.REPLACED) return;
        byOwner.computeIfPresent(stored.owner(), (o, keys) -> {
            if (!keys.contains(key)) return keys;
            List<String> next = new ArrayList<>(keys);
            next.remove(key);
            return next.isEmpty() ? null : List.copyOf(next);
        });
    }

    /** Roughly the bytes an entry holds: two per character of text, plus per-turn and per-entry overhead. */
    static int weight(String key, Stored stored) {
        long chars = key.length() + stored.owner().length();
        for (Turn t : stored.turns()) chars += t.question().length() + t.answer().length();
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars + 96L * stored.turns().size() + 200);
    }
}
