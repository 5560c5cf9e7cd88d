package dev.dealbot.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat server on 127.0.0.1 for tests, speaking real HTTP to the real LangChain4j client.
 * Script it, then point {@code DEALBOT_LLM_BASE_URL} at {@link #baseUrl()}:
 * <pre>{@code
 * try (var fake = FakeOpenAiServer.start()) {
 *     fake.reply("Until 2032 [1].");                  // JSON, or streamed word by word when the client streams
 *     fake.chunks("Until ", "2032 ", "[1].");         // exact SSE chunks for streaming requests
 *     fake.status(429); fake.delayMillis(3_000); fake.holdOpenMillis(5_000);
 *     fake.lastRequest().json(); fake.lastRequest().header("Authorization");
 * }
 * }</pre>
 * One script applies to every request until changed; {@link #reset()} clears it and the {@link RecordedRequest}s.
 * Every exchange is closed at the end, which is what completes a LangChain4j stream.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, String> content;
    private volatile List<String> chunks;
    private volatile int status;
    private volatile long delayMillis;
    private volatile long holdOpenMillis;

    private FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        reset();
        server.start();
    }

    public static FakeOpenAiServer start() {
        try {
            return new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers with {@code text}: as one JSON completion, or word by word as SSE when the client streams. */
    public FakeOpenAiServer reply(String text) {
        return reply(request -> text);
    }

    /** Answers with text computed from the request, e.g. citing the passage that holds a fact. */
    public FakeOpenAiServer reply(Function<RecordedRequest, String> text) {
        this.content = text;
        this.chunks = null;
        this.status = 200;
        return this;
    }

    /** Streaming requests get exactly these content deltas, one SSE event each. */
    public FakeOpenAiServer chunks(String... deltas) {
        this.chunks = List.of(deltas);
        this.status = 200;
        return this;
    }

    /** Answers every request with this HTTP status and an OpenAI-style error body. */
    public FakeOpenAiServer status(int code) {
        this.status = code;
        return this;
    }

    /** Waits this long before sending the response headers. */
    public FakeOpenAiServer delayMillis(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** A stream stalls this long after its last chunk before it ends ([DONE] and close). */
    public FakeOpenAiServer holdOpenMillis(long millis) {
        this.holdOpenMillis = millis;
        return this;
    }

    /** Back to answering "ok" at once, and forgets the recorded requests. */
    public FakeOpenAiServer reset() {
        reply("ok");
        delayMillis = 0;
        holdOpenMillis = 0;
        requests.clear();
        return this;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) throw new IllegalStateException("no request received");
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, List<String>> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            RecordedRequest request = new RecordedRequest(new String(ex.getRequestBody().readAllBytes(), UTF_8), headers);
            requests.add(request);
            if (delayMillis > 0) Thread.sleep(delayMillis);
            String text;
            try {
                text = chunks != null && request.streaming() ? null : content.apply(request);
            } catch (RuntimeException | AssertionError e) { // a test's reply function failed: say so, as a 500
                send(ex, 500, JSON.writeValueAsString(Map.of("error", Map.of("message", "fake reply failed: " + e))));
                return;
            }
            if (status != 200) {
                send(ex, status, "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
            } else if (request.streaming()) {
                stream(ex, chunks != null ? chunks : words(text));
            } else {
                send(ex, 200, completion(text));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (deadline or cancel): nothing to answer
        }
    }

    private void stream(HttpExchange ex, List<String> deltas) throws IOException, InterruptedException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream os = ex.getResponseBody();
        for (String d : deltas) event(os, "{\"choices\":[{\"index\":0,\"delta\":" + JSON.writeValueAsString(Map.of("content", d)) + "}]}");
        if (holdOpenMillis > 0) Thread.sleep(holdOpenMillis);
        event(os, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        event(os, "[DONE]");
    }

    private static void event(OutputStream os, String data) throws IOException {
        os.write(("data: " + data + "\n\n").getBytes(UTF_8));
        os.flush();
    }

    private static void send(HttpExchange ex, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(code, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static String completion(String text) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        return JSON.writeValueAsString(root);
    }

    /** Splits text after each space, so joining the pieces gives the text back. */
    static List<String> words(String text) {
        return Arrays.asList(text.split("(?<= )"));
    }
}
