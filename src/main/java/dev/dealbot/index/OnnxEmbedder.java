package dev.dealbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** all-MiniLM-L6-v2 (quantized) run in-process by ONNX Runtime; the model ships inside the jar. */
public final class OnnxEmbedder implements Embedder {
    private final EmbeddingModel model;

    public OnnxEmbedder() {
        // A direct executor: single texts are embedded on the caller's thread, no hand-off.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public float[] embed(String text) {
        return Embedder.normalize(model.embed(text).content().vector());
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q";
    }
}
