// Time to first streamed token in LLM mode, against a loopback OpenAI-compatible server that sends its first
// chunk after a fixed delay: the model's own first-token time (asked directly) and dealbot's (POST /api/ask/stream,
// "cache": false, the time to the first `token` event). bench/run starts dealbot with DEALBOT_LLM_BASE_URL set to
// http://127.0.0.1:LLM_PORT/v1 before this program, which starts that server.
//   java -cp target/dealbot.jar bench/FirstToken.java LLM_PORT DEALBOT_URL DELAY_MS ROUNDS
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

public class FirstToken {
    static final String[] QUESTIONS = {
        "Until when does Microsoft hold a license to OpenAI's intellectual property?",
        "Is Microsoft's license to OpenAI's models still exclusive?",
        "How long will OpenAI keep paying a revenue share to Microsoft?",
        "Who is OpenAI's primary cloud partner?",
        "How much did Amazon announce it would invest in OpenAI?",
        "What stake does Microsoft hold in OpenAI's for-profit entity?",
        "When was the revised agreement announced?",
        "What happened to the AGI clause from the previous agreement?"};
    static final int WARMUP = 40;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        int llmPort = Integer.parseInt(args[0]);
        String dealbot = args[1];
        long delay = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpServer llm = HttpServer.create(new InetSocketAddress("127.0.0.1", llmPort), 64);
        llm.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        llm.createContext("/v1/chat/completions", ex -> answer(ex, delay));
        llm.start();
        try {
            String direct = "{\"model\": \"bench\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";
            URI model = URI.create("http://127.0.0.1:" + llmPort + "/v1/chat/completions");
            URI ask = URI.create(dealbot + "/api/ask/stream");
            List<Double> own = new ArrayList<>(), via = new ArrayList<>();
            // warm-up rounds, not counted: a server that has just started runs its first dozens of questions through
            // the interpreter and the JIT compiler (three were too few: the median then measured compilation, ~+28 ms
            // instead of ~+15 ms in the same run)
            for (int i = -WARMUP; i < rounds; i++) {
                double m = firstLine(model, direct, "data: {");
                double d = firstLine(ask, "{\"question\": \"" + QUESTIONS[Math.floorMod(i, QUESTIONS.length)].replace("\"", "\\\"")
                        + "\", \"cache\": false}", "event: token");
                if (i >= 0) {
                    own.add(m);
                    via.add(d);
                }
            }
            double ownMedian = median(own), viaMedian = median(via);
            System.out.printf("model's own first token (delay %d ms): median %.1f ms, max %.1f ms%n", delay, ownMedian, Collections.max(own));
            System.out.printf("dealbot's first streamed token:        median %.1f ms, max %.1f ms%n", viaMedian, Collections.max(via));
            System.out.printf("dealbot adds before the first token:   %.1f ms (median; target <= 15 ms)%n", viaMedian - ownMedian);
        } finally {
            llm.stop(0);
        }
    }

    /** Milliseconds from sending {@code body} to the first response line starting with {@code prefix}. */
    static double firstLine(URI uri, String body, String prefix) throws Exception {
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> r = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        double ms = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (ms < 0 && line.startsWith(prefix)) ms = (System.nanoTime() - start) / 1e6;
            }
        }
        if (ms < 0) throw new IllegalStateException(uri + " sent no line starting with " + prefix + " (status " + r.statusCode() + ")");
        return ms;
    }

    /** An OpenAI streamed completion: the first chunk after {@code delay}, the rest 5 ms apart. */
    static void answer(HttpExchange ex, long delay) throws java.io.IOException {
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            sleep(delay);
            for (String piece : new String[] {"According", " to the articles,", " the answer", " is in passage", " [1]."}) {
                out.write(("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"}}]}\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(5);
            }
            out.write("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
