package dev.dealbot.index;

/** Turns text into a unit-length vector; implementations must be safe for concurrent use. */
public interface Embedder {
    /** Embeds a passage or sentence. */
    float[] embed(String text);

    /** Embeds a search query (some models want an instruction prefix for queries). */
    default float[] embedQuery(String text) {
        return embed(text);
    }

    /** Identifies the model, so an index built with another model is rebuilt. */
    String modelId();

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
