package dev.dealbot.state;

/**
 * How shared state is doing, for {@code /health} and {@code /metrics}.
 *
 * @param store {@code memory} or {@code redis}
 * @param degraded true while Redis cannot be reached: this replica answers from its own memory meanwhile
 * @param fallbacks state operations served from local memory because Redis was down, since start
 * @param outages times Redis went from reachable to unreachable, since start
 */
public record StateHealth(String store, boolean degraded, long fallbacks, long outages) {
    /** {@code ok} or {@code degraded}. */
    public String status() {
        return degraded ? "degraded" : "ok";
    }
}
