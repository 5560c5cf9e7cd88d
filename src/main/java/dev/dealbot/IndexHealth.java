package dev.dealbot;

/**
 * The state of the index now serving.
 *
 * @param version the index version (one per build); changes on every swap
 * @param problem what is wrong with it while it is damaged and being rebuilt; null when healthy
 * @param articles how many articles it holds
 */
public record IndexHealth(String version, String problem, int articles) {
    public boolean ok() {
        return problem == null;
    }
}
