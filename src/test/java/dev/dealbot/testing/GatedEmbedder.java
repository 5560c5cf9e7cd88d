package dev.dealbot.testing;

import dev.dealbot.index.Embedder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real embedder, except that building an index ({@link #embed}) can be held at a gate: tests use it to look at a
 * server while it is rebuilding. Questions ({@link #embedQuery}) always pass.
 */
public final class GatedEmbedder implements Embedder {
    private final Embedder inner;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public GatedEmbedder(Embedder inner) {
        this.inner = inner;
    }

    /** From now on index builds wait (up to a minute) until {@link #open()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    @Override
    public float[] embed(String text) {
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("gate held for a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the gate", e);
        }
        return inner.embed(text);
    }

    @Override
    public float[] embedQuery(String text) {
        return inner.embedQuery(text);
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }
}
