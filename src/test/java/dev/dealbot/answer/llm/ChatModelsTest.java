package dev.dealbot.answer.llm;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.config.ConfigException;
import dev.dealbot.config.LlmProvider;
import dev.dealbot.config.LlmSettings;
import dev.dealbot.config.Secrets;
import dev.dealbot.testing.FakeOpenAiServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatModelsTest {
    static final Secrets KEY = new Secrets(Optional.of("sk-secret-value"), Optional.empty(), Optional.empty(), Optional.empty());

    static LlmSettings settings(LlmProvider provider, String baseUrl) {
        return new LlmSettings(provider, baseUrl, "some-model", 2_000, 0.0);
    }

    @Test
    void hostedProvidersWithoutAKeyFailAtStartNamingTheVariable() {
        for (var s : new LlmSettings[] {settings(LlmProvider.ANTHROPIC, null), settings(LlmProvider.GEMINI, null),
                settings(LlmProvider.OPENAI, null)}) {
            ConfigException e = assertThrows(ConfigException.class, () -> ChatModels.of(s, Secrets.NONE));
            assertTrue(e.getMessage().contains("DEALBOT_LLM_API_KEY"), e.getMessage());
        }
    }

    @Test
    void everyProviderBuildsABlockingAndAStreamingModel() {
        for (LlmProvider p : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.OLLAMA, LlmProvider.ANTHROPIC, LlmProvider.GEMINI}) {
            ChatModels m = ChatModels.of(settings(p, null), KEY);
            assertNotNull(m.chat(), p.id());
            assertNotNull(m.streaming(), p.id());
        }
    }

    @Test
    void localOpenAiCompatibleServerNeedsNoKey() {
        assertNotNull(ChatModels.of(settings(LlmProvider.OPENAI, "http://127.0.0.1:8000/v1"), Secrets.NONE).chat());
        assertNotNull(ChatModels.of(settings(LlmProvider.OLLAMA, null), Secrets.NONE).chat());
    }

    /**
     * LangChain4j's JDK client may read a whole stream on the thread that called {@code chat} (when the response
     * headers beat the attachment of its callback); the deadline could then not cut off a stalled stream.
     */
    @Test
    void streamingCallReturnsBeforeTheStreamEndsAndIsNeverReadOnTheCallersThread() throws Exception {
        try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
            long stallMillis = 400;
            fake.chunks("a ", "b ").holdOpenMillis(stallMillis);
            ChatModels models = ChatModels.of(settings(LlmProvider.OPENAI, fake.baseUrl()), KEY);
            ChatRequest request = ChatRequest.builder().messages(UserMessage.from("q")).build();
            Set<Thread> readers = ConcurrentHashMap.newKeySet();
            List<CompletableFuture<ChatResponse>> ends = new ArrayList<>();
            for (int i = 0; i < 40; i++) { // a burst, so that some responses beat their callbacks
                CompletableFuture<ChatResponse> end = new CompletableFuture<>();
                ends.add(end);
                long start = System.nanoTime();
                models.streaming().chat(request, new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        readers.add(Thread.currentThread());
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        end.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        end.completeExceptionally(error);
                    }
                });
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < stallMillis, "chat() returned after " + millis + " ms, when the stream ended");
            }
            for (CompletableFuture<ChatResponse> end : ends) assertEquals("a b ", end.get(10, TimeUnit.SECONDS).aiMessage().text());
            assertFalse(readers.contains(Thread.currentThread()), "the stream was read on the caller's thread");
        }
    }
}
