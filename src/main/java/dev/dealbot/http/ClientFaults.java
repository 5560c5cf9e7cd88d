package dev.dealbot.http;

import java.io.EOFException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * Failures that a client caused while its request was read (a malformed chunked body, a body shorter than its
 * {@code Content-Length}, a body that stalls or trickles in too slowly), as the 4xx they are, never a 5xx.
 */
final class ClientFaults {
    private ClientFaults() {}

    /** The client error {@code e} stands for, or null when it is the server's own fault. */
    static ApiException of(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ApiException api) return api;
            if (c instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500 && http.getCode() != 408)
                return new ApiException(http.getCode(), "bad_request", "the request body is malformed (a bad chunk "
                        + "size, or a body that does not match its Content-Length); send the JSON with a correct length");
            if (c instanceof EOFException)
                return new ApiException(400, "incomplete_body", "the request body ended before its declared length "
                        + "(Content-Length or chunk size); send the whole body");
            if (c instanceof TimeoutException || (c instanceof HttpException http && http.getCode() == 408))
                return new ApiException(408, "request_timeout", "the request body arrived too slowly; send it at once");
        }
        return null;
    }
}
