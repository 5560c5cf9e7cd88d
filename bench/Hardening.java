import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The hostile-client measures of bench/hardening (JDK only: java bench/Hardening.java PORT SECONDS). */
public class Hardening {
    static int port;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String QUESTION = "{\"question\": \"Until when does Microsoft hold a license to OpenAI's IP?\"}";

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        String parts = args.length > 2 ? args[2] : "123";
        if (parts.contains("1")) slowClients(Integer.parseInt(args[1]));
        if (parts.contains("2")) hostileInput();
        if (parts.contains("3")) longQuestions();
    }

    /** 100 slow-body and 100 slow-header connections from 20 addresses, a byte each every 2 s, while /health is probed. */
    static void slowClients(int seconds) throws Exception {
        Socket[] slow = new Socket[200];
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            slow[i] = slowConnection(i);
            if (slow[i] == null) refused++;
        }
        List<Long> health = new ArrayList<>();
        int healthFailures = 0;
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long nextTrickle = 0;
        AtomicInteger closedByServer = new AtomicInteger();
        while (System.nanoTime() < until) {
            if (System.nanoTime() > nextTrickle) {
                for (int i = 0; i < slow.length; i++) { // one byte each; a connection the server closed is opened again
                    try {
                        OutputStream out = slow[i].getOutputStream();
                        out.write('a');
                        out.flush();
                    } catch (IOException | NullPointerException e) {
                        closedByServer.incrementAndGet();
                        if (slow[i] != null) slow[i].close();
                        slow[i] = slowConnection(i);
                    }
                }
                nextTrickle = System.nanoTime() + 2_000_000_000L;
            }
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = get("/health");
                if (r.statusCode() != 200) healthFailures++;
            } catch (IOException e) {
                healthFailures++;
            }
            health.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(100);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> answer = post("/api/ask", QUESTION);
        long answerMs = (System.nanoTime() - t0) / 1_000_000;
        for (Socket s : slow) if (s != null) s.close();
        Collections.sort(health);
        System.out.printf("1. slow clients, %d s: %d connections kept open (%d refused at the start), %d closed by the server and reopened;"
                + " /health %d probes, %d failed, p50 %d ms, p99 %d ms, max %d ms (< 200 ms wanted); a question during: "
                + "HTTP %d in %d ms%n", seconds, slow.length, refused, closedByServer.get(), health.size(), healthFailures,
                pct(health, 50), pct(health, 99), health.get(health.size() - 1), answer.statusCode(), answerMs);
    }

    static Socket slowConnection(int i) {
        String from = "127.0.1." + (10 + i % 20);
        String start = i < 100 ? "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 60000\r\n\r\n{" : "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ";
        try {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
            return s;
        } catch (IOException e) {
            return null;
        }
    }

    /** 5,000 random Unicode questions, then 1,000 malformed requests across endpoints; counts responses >= 500. */
    static void hostileInput() throws Exception {
        Random random = new Random(42);
        AtomicInteger fiveHundreds = new AtomicInteger();
        ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String question = randomQuestion(random);
            String path = i % 5 == 0 ? "/api/ask/stream" : "/api/ask";
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    HttpResponse<String> r = post(path, "{\"question\": \"" + jsonEscape(question) + "\"}");
                    if (r.statusCode() >= 500) {
                        fiveHundreds.incrementAndGet();
                        if (examples.size() < 5) examples.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    examples.add("exception " + e);
                }
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        int questionErrors = fiveHundreds.get();
        String[] paths = {"/api/ask", "/api/ask/stream", "/api/sources", "/health", "/v1/chat/completions", "/api/feedback",
                "/slack/commands", "/slack/events", "/mattermost/commands", "/widget.js", "/nope"};
        int malformed5xx = 0;
        for (int i = 0; i < 1000; i++) {
            String status = rawStatus(malformed(random, paths[i % paths.length]));
            if (status.startsWith("5")) {
                malformed5xx++;
                if (examples.size() < 10) examples.add("malformed " + i + ": " + status);
            }
        }
        pool.shutdown();
        System.out.printf("2. hostile input: 5000 random Unicode questions -> %d responses >= 500; 1000 malformed "
                + "requests -> %d responses >= 500%s%n", questionErrors, malformed5xx, examples.isEmpty() ? "" : " " + examples);
    }

    /** 64 connections asking 2,000-character questions for 20 s while /health is probed. */
    static void longQuestions() throws Exception {
        String question = ("What did Microsoft and OpenAI change about revenue sharing, exclusivity and the AGI clause? ")
                .repeat(25).substring(0, 2000);
        AtomicInteger n = new AtomicInteger(); // a different question each time: the answer cache must not answer it
        ExecutorService clients = Executors.newFixedThreadPool(64);
        long until = System.nanoTime() + 20_000_000_000L;
        AtomicInteger ok = new AtomicInteger(), busy = new AtomicInteger(), late = new AtomicInteger(), other = new AtomicInteger();
        ConcurrentLinkedQueue<Long> askMs = new ConcurrentLinkedQueue<>();
        java.util.Set<String> otherKinds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int c = 0; c < 64; c++) {
            clients.submit(() -> {
                HttpClient own = HttpClient.newHttpClient();
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    try {
                        String body = "{\"question\": \"" + n.incrementAndGet() + " " + question.substring(10) + "\"}";
                        HttpResponse<String> r = own.send(request("/api/ask").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        askMs.add(ms);
                        if (ms > 2000) late.incrementAndGet();
                        if (r.statusCode() == 200) ok.incrementAndGet();
                        else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                            busy.incrementAndGet();
                            Thread.sleep(1000); // what Retry-After: 1 asks for
                        } else {
                            other.incrementAndGet();
                            otherKinds.add(r.statusCode() + " " + r.body().substring(0, Math.min(80, r.body().length())));
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                        otherKinds.add(e.toString());
                    }
                }
                return null;
            });
        }
        List<Long> health = new ArrayList<>();
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            get("/health");
            health.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(50);
        }
        clients.shutdown();
        clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        Collections.sort(health);
        List<Long> asks = new ArrayList<>(askMs);
        Collections.sort(asks);
        System.out.printf("3. 64 connections of 2,000-character questions, 20 s: %d answered, %d 503+Retry-After, %d other;"
                + " %d took > 2 s (ask p50 %d ms, p99 %d ms, max %d ms); /health p50 %d ms, p99 %d ms (< 100 ms wanted)%n",
                ok.get(), busy.get(), other.get(), late.get(), pct(asks, 50), pct(asks, 99),
                asks.isEmpty() ? 0 : asks.get(asks.size() - 1), pct(health, 50), pct(health, 99));
        if (!otherKinds.isEmpty()) System.out.println("   other responses: " + otherKinds.stream().limit(5).toList());
    }

    static String malformed(Random random, String path) {
        String[] kinds = {
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nx\r\n0\r\n\r\n",
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"question\"",
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"q\": [}}",
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\ntext=%z",
            "GET " + path + "/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n\"\\ud800\\u0000\"",
            "PUT " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
            "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\n" + (char) (0x80 + random.nextInt(0x7f)) + "\u00ff\u00fe{",
        };
        return kinds[random.nextInt(kinds.length)];
    }

    /** The status code of a raw request (the short-body kinds are half-closed so the server sees the end). */
    static String rawStatus(String request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            String line = new String(head, StandardCharsets.ISO_8859_1);
            return line.startsWith("HTTP/1.1 ") ? line.substring(9, 12) : "none";
        } catch (IOException e) {
            return "io";
        }
    }

    static String randomQuestion(Random random) {
        int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x370, 0x6ff}, {0x900, 0xdff}, {0x1100, 0x11ff},
                {0x17b0, 0x180f}, {0x2000, 0x206f}, {0x2100, 0x2bff}, {0x3000, 0x30ff}, {0x4e00, 0x9fff}, {0xe000, 0xe0ff},
                {0xfb00, 0xfdff}, {0xfe00, 0xfe2f}, {0xff00, 0xffff}, {0x1d400, 0x1d7ff}, {0x1f300, 0x1faff},
                {0xe0000, 0xe01ef}, {0x10000, 0x10ffff}};
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        while (sb.codePointCount(0, sb.length()) < n) {
            int[] range = ranges[random.nextInt(ranges.length)];
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (cp < 0xd800 || cp > 0xdfff) sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
