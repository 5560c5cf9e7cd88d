// The floor dealbot is measured against: a minimal server that only parses the question, embeds it with the
// project's embedder and returns the nearest sentence of the project's index. Same Javalin, Jetty pool, JSON
// mapper and JVM flags as dealbot; no analysis, BM25, evidence, grounding or cache. Not a production endpoint.
//   java <dealbot's JVM flags> -cp target/dealbot.jar bench/Floor.java PORT DATA_DIR
import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.http.HttpApi;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.IndexStore;
import dev.dealbot.index.OnnxEmbedder;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

public class Floor {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Embedder embedder = new OnnxEmbedder();
        PassageIndex index = new IndexStore(Path.of(args[1]), embedder).openOrBuild(Corpus.load(Path.of("docs-corpus")), s -> {});
        List<SentenceInfo> sentences = index.sentences().all();
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(HttpApi.JSON, false));
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.jetty.threadPool = new QueuedThreadPool(32, 8); // as server.threads in config/dealbot.yaml
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.post("/api/ask", ctx -> {
                JsonNode q = HttpApi.JSON.readTree(ctx.bodyAsBytes()).get("question");
                if (q == null || !q.isTextual() || q.textValue().isBlank()) {
                    ctx.status(400).json(Map.of("error", "invalid_question"));
                    return;
                }
                float[] v = embedder.embedQuery(q.textValue());
                SentenceInfo best = null;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (SentenceInfo s : sentences) {
                    float score = Embedder.dot(v, s.vector());
                    if (score > bestScore) {
                        bestScore = score;
                        best = s;
                    }
                }
                ctx.json(Map.of("answer", best.text(), "docId", best.docId(), "score", bestScore));
            });
        }).start();
    }
}
