package dev.dealbot.state;

/**
 * Ids already handled (e.g. Slack {@code event_id}s), remembered for a while so a retry is not answered twice.
 * With Redis every replica sees the same ids, so exactly one replica answers an event.
 */
public interface SeenIds {
    /** True the first time {@code id} is seen (within the time limit); false for repeats. */
    boolean firstTime(String id);

    /** Forgets {@code id}, so a later retry is handled (used when the event could not be queued). */
    void forget(String id);
}
