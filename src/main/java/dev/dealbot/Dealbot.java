package dev.dealbot;

import dev.dealbot.answer.Answerer;
import dev.dealbot.answer.Asker;
import dev.dealbot.answer.extractive.ExtractiveAnswerer;
import dev.dealbot.answer.grounding.Grounding;
import dev.dealbot.answer.llm.ChatModels;
import dev.dealbot.answer.llm.LlmAnswerer;
import dev.dealbot.answer.llm.ModelTranslator;
import dev.dealbot.config.LlmProvider;
import dev.dealbot.config.Settings;
import dev.dealbot.conversation.Conversations;
import dev.dealbot.conversation.MemoryConversationStore;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.question.QueryMaker;
import dev.dealbot.question.QuestionAnalyzer;
import dev.dealbot.question.Translator;
import dev.dealbot.retrieval.EvidenceGatherer;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one place where objects are wired together, in pipeline order:
 * corpus → index → question → retrieval → answer. Channels (HTTP, widget, Slack, CLI) take the {@link Asker} and get each
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
        ChatModels models = config.llm().provider() == LlmProvider.EXTRACTIVE ? null : ChatModels.of(config.llm(), settings.secrets());
        Asker asker = asker(settings, index, embedder, models);
        Conversations conversations = new Conversations(MemoryConversationStore.of(config.conversations()));
        return new Dealbot(settings, corpus, index, asker, conversations, config.llm().provider().id());
    }

    /**
     * The answering pipeline over one index, stage by stage: question analysis → retrieval plan → evidence →
     * answerer (the model when one is configured, else extractive) → grounding.
     */
    static Asker asker(Settings settings, PassageIndex index, Embedder embedder, ChatModels models) {
        var config = settings.config();
        QueryMaker queries = new QueryMaker(index, embedder);
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(index, config.retrieval());
        Answerer answerer = models == null ? extractive : new LlmAnswerer(config.llm(), models, index, extractive);
        Optional<Translator> translator = models == null ? Optional.empty() : Optional.of(new ModelTranslator(models, config.llm()));
        return new Asker(new Asker.Stages(new QuestionAnalyzer(index, queries, translator),
                new EvidenceGatherer(index, config.retrieval()), answerer, extractive, new Grounding(index, embedder)));
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
