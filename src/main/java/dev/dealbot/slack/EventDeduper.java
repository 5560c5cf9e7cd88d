package dev.dealbot.slack;

import dev.dealbot.state.SeenIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recently seen Slack {@code event_id}s so that Slack's retries ({@code X-Slack-Retry-Num}) do not
 * produce a second answer. Bounded in size and in time; the oldest ids are forgotten first.
 */
final class EventDeduper implements SeenIds {
    private final int maxIds;
    private final long ttlMillis;
    private final Clock clock;
    private final LinkedHashMap<String, Long> seenAt = new LinkedHashMap<>();

    EventDeduper(int maxIds, Duration ttl, Clock clock) {
        this.maxIds = maxIds;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** True the first time {@code id} is seen (within the time limit); false for repeats. */
    @Override
    public synchronized boolean firstTime(String id) {
        long now = clock.millis();
        expire(now);
        if (seenAt.containsKey(id)) return false;
        seenAt.put(id, now);
        if (seenAt.size() > maxIds) seenAt.remove(seenAt.keySet().iterator().next());
        return true;
    }

    /** Forgets {@code id}, so a later retry is handled (used when the event could not be queued). */
    @Override
    public synchronized void forget(String id) {
        seenAt.remove(id);
    }

    synchronized int size() {
        return seenAt.size();
    }

    private void expire(long now) {
        for (Iterator<Map.Entry<String, Long>> it = seenAt.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue() <= ttlMillis) break; // insertion order = time order
            it.remove();
        }
    }
}
