package dev.dealbot.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One streaming model call under a hard deadline. Tokens go to the caller as they arrive (control characters
 * removed; a reply that may still become the no-answer sentinel is held back) until the call completes, fails
 * or {@link #await} gives up; after that nothing more is forwarded and the stream is cancelled.
 */
final class StreamedCall implements StreamingChatResponseHandler {
    /**
     * The model's full text, or why there is none.
     *
     * @param forwardedAny tokens reached the listener, or it failed: either way, do not stream a fallback to it
     */
    record Outcome(String text, Throwable failure, boolean forwardedAny) {}

    private final Consumer<String> tokens;
    private final CompletableFuture<String> done = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder(); // guarded by this
    private int forwarded; // chars of text already sent; guarded by this
    private boolean closed; // guarded by this
    private boolean listenerFailed; // guarded by this
    private volatile StreamingHandle handle;

    private StreamedCall(Consumer<String> tokens) {
        this.tokens = tokens;
    }

    static StreamedCall start(StreamingChatModel model, List<ChatMessage> messages, Consumer<String> tokens) {
        StreamedCall call = new StreamedCall(tokens);
        try {
            model.chat(ChatRequest.builder().messages(messages).build(), call);
        } catch (RuntimeException e) {
            call.done.completeExceptionally(e);
        }
        return call;
    }

    /** Waits until the call ends or {@code deadline} passes; either way the call is closed afterwards. */
    Outcome await(Duration deadline) {
        Throwable failure = null;
        String full = null;
        try {
            full = done.get(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            failure = new DeadlineException(deadline);
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        synchronized (this) {
            closed = true;
            if (failure != null) cancel();
            return new Outcome(full, failure, forwarded > 0 || listenerFailed);
        }
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle = context.streamingHandle();
        synchronized (this) {
            if (closed) {
                cancel();
                return;
            }
            text.append(sanitize(partial.text()));
            if (text.length() >= MAX_CHARS) {
                done.complete(text.toString());
                closed = true;
                cancel();
                return;
            }
            if (mayBecomeNoAnswer()) return;
            try {
                tokens.accept(text.substring(forwarded));
                forwarded = text.length();
            } catch (RuntimeException e) { // the listener is gone: stop the model too
                done.completeExceptionally(e);
                listenerFailed = true;
                closed = true;
                cancel();
            }
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        String full = response.aiMessage() == null ? null : response.aiMessage().text();
        synchronized (this) {
            done.complete(full != null ? full : text.toString());
        }
    }

    @Override
    public void onError(Throwable error) {
        done.completeExceptionally(error);
    }

    private boolean mayBecomeNoAnswer() {
        if (forwarded > 0) return false;
        String sofar = text.toString().strip().toUpperCase(Locale.ROOT);
        return Prompt.NO_ANSWER.startsWith(sofar) || saysNoAnswer(sofar);
    }

    /** A reply longer than this is cut (a runaway model), like the grounding check's cap. */
    static final int MAX_CHARS = 4_000;
    private static final java.util.regex.Pattern NO_ANSWER = java.util.regex.Pattern.compile("\\bNO[_ -]?ANSWER\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The model's sentinel for "the passages don't answer", in its usual spellings. */
    static boolean saysNoAnswer(String text) {
        return NO_ANSWER.matcher(text).find();
    }

    private static String sanitize(String piece) {
        if (piece == null) return "";
        StringBuilder sb = new StringBuilder(piece.length());
        piece.chars().map(c -> c == '\t' ? ' ' : c)
                .filter(c -> c == '\n' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private void cancel() {
        StreamingHandle h = handle;
        if (h == null || h.isCancelled()) return;
        try {
            h.cancel();
        } catch (RuntimeException ignored) { // best effort: the deadline already decided the answer
        }
    }

    /** The whole-answer deadline passed before the model finished. */
    static final class DeadlineException extends RuntimeException {
        DeadlineException(Duration deadline) {
            super("no complete answer within " + deadline.toMillis() + " ms", null, false, false);
        }
    }
}
