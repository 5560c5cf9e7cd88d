package dev.dealbot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Slack's Web API ({@code /api/chat.postMessage}) and response_url receiver ({@code /response/...}) on loopback. */
public final class FakeSlack implements AutoCloseable {
    /** One request as received, with the status the fake answered. */
    public record Received(String path, Map<String, List<String>> headers, String body, int status) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** Statuses to answer with next (429 comes with Retry-After: 1); empty → 200. */
    final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<>();

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Integer scripted = script.pollFirst();
        int status = scripted == null ? 200 : scripted;
        received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body, status));
        byte[] out = (status != 200 ? "{\"ok\":false,\"error\":\"ratelimited\"}"
                : ex.getRequestURI().getPath().startsWith("/api/") ? "{\"ok\":true,\"ts\":\"1.2\"}" : "ok")
                .getBytes(StandardCharsets.UTF_8);
        if (status == 429) ex.getResponseHeaders().add("Retry-After", "1");
        ex.getResponseHeaders().add("Content-Type", out[0] == '{' ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    /** The next request, waiting up to {@code timeout}; null if none came. */
    public Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every request that arrives within {@code window}. */
    public List<Received> drain(Duration window) throws InterruptedException {
        Thread.sleep(window.toMillis());
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    public void clear() {
        received.clear();
        script.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
