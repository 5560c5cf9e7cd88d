package dev.dealbot.widget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Someone else's web site: a JDK HttpServer on its own loopback port (so its own origin) serving pages
 * that embed the widget with the one documented tag.
 */
final class HostPages implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    HostPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code path}; returns its full URL. */
    String page(String path, String html) {
        pages.put(path, html);
        return origin() + path;
    }

    /** A page that is nothing but the embed tag pointing at {@code botBase}, plus optional extra markup. */
    String embed(String path, String botBase, String extraHead) {
        return page(path, "<!doctype html><html><head><meta charset=\"utf-8\"><title>Host site</title>" + extraHead
                + "</head><body><script src=\"" + botBase + "/widget.js\" defer></script></body></html>");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String html = pages.get(exchange.getRequestURI().getPath());
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
