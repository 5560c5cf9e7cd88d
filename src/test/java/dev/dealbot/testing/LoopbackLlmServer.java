package dev.dealbot.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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
 * A scripted language-model server on 127.0.0.1 for tests: real HTTP to the real LangChain4j client, every request
 * recorded. A subclass speaks one provider's wire format (endpoints, request fields, answer JSON, stream framing,
 * error bodies); this class runs the script, which applies to every request until changed:
 * <pre>{@code
 * fake.reply("Until 2032 [1].");            // one JSON answer, or streamed word by word when the client streams
 * fake.reply(r -> "... [" + n + "].");      // computed from the RecordedRequest, e.g. citing a passage
 * fake.chunks("Until ", "2032 ", "[1]."); // exact stream pieces
 * fake.status(429); fake.delayMillis(3_000); fake.holdOpenMillis(5_000); fake.streamError();
 * fake.lastRequest().path(); fake.lastRequest().header("x-api-key"); fake.lastRequest().messageContents();
 * }</pre>
 * {@link #reset()} clears the script and the recorded requests. Every exchange is closed at the end, which is what
 * completes a stream for the clients that wait for end of body.
 */
public abstract class LoopbackLlmServer implements AutoCloseable {
    protected static final ObjectMapper JSON = new ObjectMapper();

    /** What the real API answers a request it refuses (missing key or field): status and message. */
    protected record Refusal(int status, String message) {}

    private final HttpServer server;
    private final String basePath;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, String> content;
    private volatile List<String> chunks;
    private volatile int status;
    private volatile long delayMillis;
    private volatile long holdOpenMillis;
    private volatile boolean streamError;

    /** @param basePath what {@link #baseUrl()} ends with, e.g. {@code /v1} */
    protected LoopbackLlmServer(String basePath) {
        this.basePath = basePath;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        reset();
        server.start();
    }

    /** What to configure as {@code llm.baseUrl}, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** Answers with {@code text}: as one JSON answer, or word by word when the client streams. */
    public LoopbackLlmServer reply(String text) {
        return reply(request -> text);
    }

    /** Answers with text computed from the request, e.g. citing the passage that holds a fact. */
    public LoopbackLlmServer reply(Function<RecordedRequest, String> text) {
        this.content = text;
        this.chunks = null;
        this.status = 200;
        return this;
    }

    /** Streaming requests get exactly these text pieces, one stream event each. */
    public LoopbackLlmServer chunks(String... pieces) {
        this.chunks = List.of(pieces);
        this.status = 200;
        return this;
    }

    /** Answers every request with this HTTP status and the provider's error body for it. */
    public LoopbackLlmServer status(int code) {
        this.status = code;
        return this;
    }

    /** Waits this long before sending the response headers. */
    public LoopbackLlmServer delayMillis(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** A stream stalls this long after its last piece before it ends. */
    public LoopbackLlmServer holdOpenMillis(long millis) {
        this.holdOpenMillis = millis;
        return this;
    }

    /** A stream ends with the provider's in-stream error event (after HTTP 200) instead of its normal end. */
    public LoopbackLlmServer streamError() {
        this.streamError = true;
        return this;
    }

    /** Back to answering "ok" at once, and forgets the recorded requests. */
    public LoopbackLlmServer reset() {
        reply("ok");
        delayMillis = 0;
        holdOpenMillis = 0;
        streamError = false;
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

    // ---- the provider's wire format ----

    /** Whether {@code method path} is the chat endpoint of this API; anything else is answered 404. */
    protected abstract boolean isEndpoint(String method, String path);

    /** The model the request names (in the body, or in the path for Gemini). */
    protected abstract String model(String path, JsonNode body);

    /** Whether the client asked for a stream (a body flag, or the endpoint for Gemini). */
    protected abstract boolean streaming(String path, String query, JsonNode body);

    /** The chat messages, roles normalised to system, user, assistant. */
    protected abstract List<RecordedRequest.Message> messages(JsonNode body);

    /** Why the real API would refuse this request (no key, a required field missing), or null. */
    protected abstract Refusal refusal(RecordedRequest request);

    /** The JSON body of a complete, non-streamed answer. */
    protected abstract String completion(RecordedRequest request, String text);

    protected abstract String streamContentType();

    /** Frames sent before the first piece of text. */
    protected abstract List<String> streamStart(RecordedRequest request);

    /** The frame carrying one piece of text. */
    protected abstract String streamPiece(RecordedRequest request, String text);

    /** Frames that end a stream normally. */
    protected abstract List<String> streamEnd(RecordedRequest request);

    /** The provider's in-stream error frame (sent after HTTP 200); only some providers have one. */
    protected String streamErrorFrame() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no in-stream error event");
    }

    /** The provider's error body for {@code status}; {@code message} null means its usual message for that status. */
    protected abstract String errorBody(int status, String message);

    /** Headers the provider adds to an error response, e.g. {@code retry-after} on 429. */
    protected Map<String, String> errorHeaders(int status) {
        return Map.of();
    }

    // ---- HTTP ----

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, List<String>> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String body = new String(ex.getRequestBody().readAllBytes(), UTF_8);
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            JsonNode json = isEndpoint(method, path) ? parse(body) : null;
            if (json == null) {
                requests.add(new RecordedRequest(method, path, query, headers, body, null, false, List.of()));
                if (isEndpoint(method, path)) sendError(ex, 400, "the request body is not a JSON object");
                else sendError(ex, 404, "no such endpoint: " + method + " " + path);
                return;
            }
            RecordedRequest request = new RecordedRequest(method, path, query, headers, body, model(path, json),
                    streaming(path, query, json), messages(json));
            requests.add(request);
            Refusal refusal = refusal(request);
            if (refusal != null) {
                sendError(ex, refusal.status(), refusal.message());
                return;
            }
            if (delayMillis > 0) Thread.sleep(delayMillis);
            String text;
            try {
                text = chunks != null && request.streaming() ? null : content.apply(request);
            } catch (RuntimeException | AssertionError e) { // a test's reply function failed: say so, as a 500
                sendError(ex, 500, "fake reply failed: " + e);
                return;
            }
            if (status != 200) {
                sendError(ex, status, null);
            } else if (request.streaming()) {
                stream(ex, request, chunks != null ? chunks : words(text));
            } else {
                send(ex, 200, "application/json", completion(request, text));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (deadline or cancel): nothing to answer
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void stream(HttpExchange ex, RecordedRequest request, List<String> pieces)
            throws IOException, InterruptedException {
        ex.getResponseHeaders().set("Content-Type", streamContentType());
        ex.sendResponseHeaders(200, 0);
        OutputStream os = ex.getResponseBody();
        for (String frame : streamStart(request)) write(os, frame);
        for (String piece : pieces) write(os, streamPiece(request, piece));
        if (holdOpenMillis > 0) Thread.sleep(holdOpenMillis);
        if (streamError) {
            write(os, streamErrorFrame());
        } else {
            for (String frame : streamEnd(request)) write(os, frame);
        }
    }

    private static void write(OutputStream os, String frame) throws IOException {
        os.write(frame.getBytes(UTF_8));
        os.flush();
    }

    private void sendError(HttpExchange ex, int code, String message) throws IOException {
        errorHeaders(code).forEach(ex.getResponseHeaders()::set);
        send(ex, code, "application/json", errorBody(code, message));
    }

    private static void send(HttpExchange ex, int code, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(code, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    /** Splits text after each space, so joining the pieces gives the text back. */
    static List<String> words(String text) {
        return Arrays.asList(text.split("(?<= )"));
    }

    /** {@code node} as JSON text. */
    protected static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
