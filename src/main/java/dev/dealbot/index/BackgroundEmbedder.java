package dev.dealbot.index;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An {@link OnnxEmbedder} made on a background thread: creating the ONNX session takes most of a second of CPU, which
 * a command spends opening the index meanwhile (the index needs the model only to build). The first embedding waits
 * for it; {@link #await} waits too and reports a model that could not be made.
 *
 * <p>ONNX Runtime releases its environment in a shutdown hook of its own; a session still being made then crashes the
 * process (SIGSEGV in libonnxruntime: "ask --help" exits before the model is ready). So a command calls
 * {@link #settle} before it exits.
 */
public final class BackgroundEmbedder implements Embedder {
    /** The default model, started by {@link #startEarly} for a command that will need it. */
    private static volatile BackgroundEmbedder early;
    /** Models being made; {@link #settle} waits for them. */
    private static final Set<CompletableFuture<OnnxEmbedder>> MAKING = ConcurrentHashMap.newKeySet();
    /** How long exit waits for a model being made: making one takes under a second. */
    static final int SETTLE_SECONDS = 10;

    private final OnnxEmbedder.Spec spec;
    private final CompletableFuture<OnnxEmbedder> model = new CompletableFuture<>();

    private BackgroundEmbedder(OnnxEmbedder.Spec spec) {
        this.spec = spec;
        MAKING.add(model);
        model.whenComplete((m, e) -> MAKING.remove(model));
        Thread.ofPlatform().daemon().name("embedding-model").start(() -> {
            try {
                model.complete(new OnnxEmbedder(spec));
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            }
        });
    }

    /** Starts making the default model now, before the command line and settings are read. */
    public static void startEarly() {
        early = new BackgroundEmbedder(OnnxEmbedder.MINILM);
    }

    /** The default model started early (once), else one started now. */
    public static BackgroundEmbedder start() {
        BackgroundEmbedder e = early;
        early = null;
        return e != null ? e : new BackgroundEmbedder(OnnxEmbedder.MINILM);
    }

    /** Waits (bounded) for every model still being made, whether it is made or fails. */
    public static void settle() {
        for (CompletableFuture<OnnxEmbedder> making : MAKING) {
            try {
                making.exceptionally(e -> null).get(SETTLE_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                return; // interrupted or too slow: exit anyway
            }
        }
    }

    /** The model, once made; its failure as the exception {@code new OnnxEmbedder} threw. */
    public OnnxEmbedder await() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    @Override
    public float[] embed(String text) {
        return await().embed(text);
    }

    @Override
    public float[] embedQuery(String text) {
        return await().embedQuery(text);
    }

    @Override
    public String modelId() {
        return spec.id();
    }
}
