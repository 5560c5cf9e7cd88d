package dev.dealbot;

import dev.dealbot.answer.Answerer;
import dev.dealbot.answer.Asker;
import dev.dealbot.answer.ExtractiveAnswerer;
import dev.dealbot.answer.LlmAnswerer;
import dev.dealbot.config.LlmProvider;
import dev.dealbot.config.Settings;
import dev.dealbot.conversation.Conversations;
import dev.dealbot.conversation.MemoryConversationStore;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.retrieval.HybridRetriever;
import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The one place where objects are wired together, in pipeline order:
 * corpus → index → retrieval → answer. Channels (HTTP, widget, Slack, CLI) take the {@link Asker} and get each
 * question's conversation from {@link Conversations}.
 */
public final class Dealbot implements Closeable {
    private final Settings settings;
    private final Corpus corpus;
    private final PassageIndex index;
    private final Asker asker;
    private final Conversations conversations;
    private final String mode;

    private Dealbot(Settings settings, Corpus corpus, PassageIndex index, Asker asker, Conversations conversations,
            String mode) {
        this.settings = settings;
        this.corpus = corpus;
        this.index = index;
        this.asker = asker;
        this.conversations = conversations;
        this.mode = mode;
    }

    /** Loads the corpus, opens (or rebuilds) the index and builds the configured answerer. */
    public static Dealbot start(Settings settings, Embedder embedder, Consumer<String> progress) {
        var config = settings.config();
        Corpus corpus = Corpus.load(config.corpus().dir());
        PassageIndex index = PassageIndex.openOrBuild(corpus, config.corpus().dataDir(), embedder, progress);
        HybridRetriever retriever = new HybridRetriever(index, embedder, config.retrieval());
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(retriever, config.retrieval());
        Answerer answerer = config.llm().provider() == LlmProvider.EXTRACTIVE
                ? extractive
                : LlmAnswerer.create(config.llm(), settings.secrets(), retriever, extractive,
                        config.retrieval().passages());
        Asker asker = new Asker(retriever, answerer);
        Conversations conversations = new Conversations(MemoryConversationStore.of(config.conversations()));
        return new Dealbot(settings, corpus, index, asker, conversations, config.llm().provider().id());
    }

    public Settings settings() {
        return settings;
    }

    public Corpus corpus() {
        return corpus;
    }

    public Asker asker() {
        return asker;
    }

    public Conversations conversations() {
        return conversations;
    }

    /** The configured answering mode, e.g. {@code extractive} or {@code openai}. */
    public String mode() {
        return mode;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
