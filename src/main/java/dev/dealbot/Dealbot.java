package dev.dealbot;

import dev.dealbot.answer.Answerer;
import dev.dealbot.answer.Asker;
import dev.dealbot.answer.extractive.ExtractiveAnswerer;
import dev.dealbot.answer.AnswerMemory;
import dev.dealbot.answer.grounding.Grounding;
import dev.dealbot.answer.llm.ChatModels;
import dev.dealbot.answer.llm.LlmAnswerer;
import dev.dealbot.answer.llm.ModelTranslator;
import dev.dealbot.cache.AnswerCache;
import dev.dealbot.cache.AnswerReuse;
import dev.dealbot.cache.LocalAnswerCache;
import dev.dealbot.cache.QueryEmbeddings;
import dev.dealbot.config.CacheSettings;
import dev.dealbot.config.CorpusSettings;
import dev.dealbot.config.LlmProvider;
import dev.dealbot.config.Settings;
import dev.dealbot.conversation.Conversations;
import dev.dealbot.conversation.MemoryConversationStore;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.feedback.AnswerLog;
import dev.dealbot.feedback.FeedbackStore;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.IndexStore;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.limit.LocalRateLimiter;
import dev.dealbot.limit.RateLimiter;
import dev.dealbot.question.QueryMaker;
import dev.dealbot.question.QuestionAnalyzer;
import dev.dealbot.question.Translator;
import dev.dealbot.retrieval.EvidenceGatherer;
import dev.dealbot.state.SharedState;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place where objects are wired together, in pipeline order: corpus → index → question → retrieval → answer.
 * Everything built from the corpus and its index is one immutable {@link Snapshot}, made by {@link #snapshot};
 * a changed corpus or a damaged index swaps in a new one (see {@link IndexKeeper}). Channels (HTTP, widget,
 * Slack, CLI) ask through {@link #withAsker}, which hands each request the current snapshot's {@link Asker}, and get
 * each question's conversation from {@link Conversations} (which outlives swaps: follow-ups keep their context).
 */
public final class Dealbot implements Closeable {
    private final Settings settings;
    private final IndexKeeper keeper;
    private final Conversations conversations;
    private final SharedState state;
    private final AnswerReuse answerCache;
    private final String mode;
    private final AnswerLog answers;
    private FeedbackStore feedback;

    private Dealbot(Settings settings, IndexKeeper keeper, Conversations conversations, SharedState state,
            AnswerReuse answerCache, String mode) {
        this.settings = settings;
        this.keeper = keeper;
        this.conversations = conversations;
        this.state = state;
        this.answers = new AnswerLog(state.values("answer", AnswerLog.KEPT)); // every replica can rate any answer
        this.answerCache = answerCache;
        this.mode = mode;
        keeper.onSwap(version -> answerCache.clear());
    }

    /** Loads the corpus, opens (or verifies and rebuilds) the index and builds the configured answerer. */
    public static Dealbot start(Settings settings, Embedder embedder, Consumer<String> progress) {
        CorpusSettings config = settings.config().corpus();
        Corpus corpus = Corpus.load(config.dir());
        IndexStore store = new IndexStore(config.dataDir(), embedder);
        var llm = settings.config().llm();
        ChatModels models = llm.provider() == LlmProvider.EXTRACTIVE ? null : ChatModels.of(llm, settings.secrets()); // fails fast without a key
        CacheSettings cache = settings.config().cache();
        SharedState state = SharedState.open(settings.config().state(), settings.secrets()); // Redis down: starts degraded
        AnswerReuse reuse = new AnswerReuse(cache.answers() == 0 ? AnswerCache.OFF : state.answerCache(
                new LocalAnswerCache(cache.answers(), cache.answerMegabytes() * 1024L * 1024L), cache.answers()),
                llm.provider().id(), llm.model());
        Embedder queries = QueryEmbeddings.of(embedder, cache.embeddings()); // the index is built with the model itself
        Function<PassageIndex, Snapshot> factory = index -> snapshot(settings, queries, models, index, reuse, state);
        PassageIndex index;
        Snapshot first;
        try {
            index = store.openOrBuild(corpus, progress);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        try {
            first = factory.apply(index);
        } catch (RuntimeException e) {
            closeQuietly(index);
            state.close();
            throw e;
        }
        var conversationSettings = settings.config().conversations();
        Conversations conversations = new Conversations(
                state.conversations(MemoryConversationStore.of(conversationSettings), conversationSettings));
        return new Dealbot(settings, new IndexKeeper(store, config.dir(), factory, first), conversations, state, reuse,
                settings.config().llm().provider().id());
    }

    /**
     * The factory of everything that depends on the corpus and its index: used at start and for every swap, so a
     * new snapshot is built exactly like the first.
     */
    private static Snapshot snapshot(Settings settings, Embedder embedder, ChatModels models, PassageIndex index,
            AnswerReuse answers, SharedState state) {
        String version = state.answerVersion(index.version(), index.corpus().contentHash());
        return new Snapshot(index, asker(settings, index, embedder, models, answers.forIndex(version)));
    }

    /**
     * The answering pipeline over one index, stage by stage: question analysis → retrieval plan → evidence →
     * answerer (the model when one is configured, else extractive) → grounding.
     */
    static Asker asker(Settings settings, PassageIndex index, Embedder embedder, ChatModels models, AnswerMemory memory) {
        var config = settings.config();
        QueryMaker queries = new QueryMaker(index, embedder);
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(index, config.retrieval());
        Answerer answerer = models == null ? extractive : new LlmAnswerer(config.llm(), models, index, extractive);
        Optional<Translator> translator = models == null ? Optional.empty() : Optional.of(new ModelTranslator(models, config.llm()));
        return new Asker(new Asker.Stages(new QuestionAnalyzer(index, queries, translator),
                new EvidenceGatherer(index, config.retrieval()), answerer, extractive, new Grounding(index, embedder)), memory);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Runs {@code use} with the current snapshot's asker; that snapshot (and its index) stays open until {@code use}
     * returns, even if a newer one is swapped in meanwhile. Every request of a serving channel goes through here.
     *
     * @throws IndexUnavailableException when the index is damaged and being rebuilt (reported as 503, retry shortly)
     */
    public <T> T withAsker(Function<Asker, T> use) {
        return keeper.withAsker(use);
    }

    /**
     * The current snapshot's asker, without holding the snapshot open: for one-off use in tests and tools that do
     * not swap indexes. Serving code uses {@link #withAsker}.
     */
    public Asker asker() {
        return keeper.current().asker();
    }

    /** The articles of the current snapshot. */
    public Corpus corpus() {
        return keeper.current().corpus();
    }

    /** The version of the index now serving: a new one after every swap. */
    public String indexVersion() {
        return keeper.current().version();
    }

    /** The index now serving and, while it is damaged and being rebuilt, what is wrong with it. */
    public IndexHealth health() {
        return keeper.health();
    }

    /** Calls {@code listener} with the new version after every index swap (on the index thread), e.g. to drop caches. */
    public void onIndexSwap(Consumer<String> listener) {
        keeper.onSwap(listener);
    }

    /** Reads the corpus folder now and swaps in a new index when it changed; returns the version then serving. */
    public String reload() {
        return keeper.reloadNow();
    }

    /**
     * For a long-running process: checks the index files in the background and, when {@code corpus.watch} is on,
     * picks up changes to the corpus folder (file events, plus a content check every {@code corpus.checkSeconds}).
     */
    public void watch() {
        CorpusSettings corpus = settings.config().corpus();
        keeper.watch(corpus.watch(), Duration.ofSeconds(corpus.checkSeconds()));
    }

    /** The answer cache's rules and figures (first-turn answers, dropped at every index swap). */
    public AnswerReuse answerCache() {
        return answerCache;
    }

    /**
     * A per-client request budget of {@code perMinute} (0: no limit) for one {@code kind} of caller ({@code api},
     * {@code browser}): in this process's memory, or shared by all replicas through Redis ({@code state.store}).
     */
    public RateLimiter rateLimiter(String kind, int perMinute) {
        return perMinute == 0 ? RateLimiter.OFF : state.rateLimiter("rate-" + kind, perMinute, new LocalRateLimiter(perMinute));
    }

    public Conversations conversations() {
        return conversations;
    }

    /** State kept between requests: this process's memory, or Redis shared by all replicas ({@code state.store}). */
    public SharedState state() {
        return state;
    }

    /** The configured answering mode, e.g. {@code extractive} or {@code openai}. */
    public String mode() {
        return mode;
    }

    /** The answers given recently, by answerId: what feedback can rate. Channels remember every answer they give. */
    public AnswerLog answers() {
        return answers;
    }

    /** The ratings store, {@code <corpus.dataDir>/feedback.db}: opened (and migrated) on first use, closed with the bot. */
    public synchronized FeedbackStore feedbackStore() {
        if (feedback == null) feedback = FeedbackStore.open(feedbackFile(settings));
        return feedback;
    }

    public static java.nio.file.Path feedbackFile(Settings settings) {
        return settings.config().corpus().dataDir().resolve("feedback.db");
    }

    @Override
    public void close() throws IOException {
        try {
            keeper.close();
        } finally {
            state.close();
            synchronized (this) {
                if (feedback != null) feedback.close();
            }
        }
    }

    private static void closeQuietly(PassageIndex index) {
        try {
            index.close();
        } catch (IOException | RuntimeException ignored) {
            // the start failed for another reason, which is what the caller reports
        }
    }
}
