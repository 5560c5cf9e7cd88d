package dev.dealbot.index;

/**
 * The index could not be read reliably (a damaged file, a read error) and a new one is being built: the question was
 * not answered, rather than answered from broken evidence. Channels report it as "retry shortly" (HTTP 503).
 */
public final class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String problem) {
        super(problem, null, false, false); // an expected state, not a bug: no stack trace to fill or log
    }
}
