package dev.dealbot.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Packs sentence vectors into one stored field. */
final class VectorCodec {
    private VectorCodec() {}

    static byte[] encode(float[][] vectors) {
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buf = ByteBuffer.allocate(vectors.length * dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) for (float x : v) buf.putFloat(x);
        return buf.array();
    }

    static float[][] decode(org.apache.lucene.util.BytesRef ref, int count) {
        if (count == 0) return new float[0][];
        int dim = ref.length / Float.BYTES / count;
        ByteBuffer buf = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length).order(ByteOrder.LITTLE_ENDIAN);
        float[][] out = new float[count][dim];
        for (float[] v : out) for (int i = 0; i < dim; i++) v[i] = buf.getFloat();
        return out;
    }
}
