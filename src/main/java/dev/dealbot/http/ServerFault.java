package dev.dealbot.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure of the server itself (a bug, not the client's input): answered 500 with a request id the operator can
 * find in the log, where it is one line (the stack trace only at DEBUG, so a fault repeated on every request cannot
 * flood the log).
 */
record ServerFault(String requestId, Body body) {
    private static final Logger LOG = LoggerFactory.getLogger(ServerFault.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The JSON body: the usual {@code error} and {@code message}, plus the id to quote when reporting it. */
    record Body(String error, String message, String requestId) {}

    static ServerFault of(Throwable e, String method, String path) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.error("request {} failed: {} {}: {}{}", id, method, path, e, at == null ? "" : " at " + at);
        LOG.debug("request {} stack trace", id, e);
        return new ServerFault(id, new Body("internal_error", "the server failed to handle this request; please retry, "
                + "and if it keeps failing report request id " + id, id));
    }
}
