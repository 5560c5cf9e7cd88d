package dev.dealbot.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the connector against clients that hold connections open: at most {@code perClient} open connections per
 * client address (a trusted proxy is not counted: it carries many clients), and a new connection that has not sent
 * the headers of its first request within {@code headerTimeoutSeconds} is closed. The connection over the cap is
 * told so in the API's JSON error body before it is closed.
 */
final class ConnectionGuard implements Connection.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final String TOO_MANY = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
            + "Retry-After: 5\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s";
    private static final String BODY = "{\"error\":\"too_many_connections\",\"message\":\"this address has too many open "
            + "connections to the server; close some (or reuse them) and retry\"}";

    private final int perClient;
    private final long headerTimeoutMillis;
    private final ClientKey proxies;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    /**
     * The address each counted connection was counted under, read when it opened: once closed, an end point no longer
     * knows its remote address, so the count would never come down again.
     */
    private final ConcurrentHashMap<Connection, String> counted = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "connection-guard");
        t.setDaemon(true);
        return t;
    });

    ConnectionGuard(int perClient, int headerTimeoutSeconds, ClientKey proxies) {
        this.perClient = perClient;
        this.headerTimeoutMillis = TimeUnit.SECONDS.toMillis(headerTimeoutSeconds);
        this.proxies = proxies;
    }

    @Override
    public void onOpened(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        String address = address(endPoint.getRemoteSocketAddress());
        if (address != null && !proxies.isTrusted(address)) {
            int count = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
            counted.put(connection, address);
            if (count > perClient) {
                LOG.info("refused a connection from {}: {} already open", address, count - 1);
                byte[] bytes = TOO_MANY.formatted(BODY.length(), BODY).getBytes(StandardCharsets.US_ASCII);
                endPoint.write(Callback.from(endPoint::close, x -> endPoint.close()), ByteBuffer.wrap(bytes));
                return;
            }
        }
        timer.schedule(() -> {
            if (connection.getMessagesIn() == 0 && endPoint.isOpen()) endPoint.close();
        }, headerTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        String address = counted.remove(connection);
        if (address == null) return;
        open.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    int openFrom(String address) {
        AtomicInteger n = open.get(address);
        return n == null ? 0 : n.get();
    }

    private static String address(SocketAddress socket) {
        return socket instanceof InetSocketAddress inet && inet.getAddress() != null ? inet.getAddress().getHostAddress() : null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
