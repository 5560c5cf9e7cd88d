package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/** All settings of one dealbot process. Secrets are not here: see {@link Secrets}. */
public record DealbotConfig(
        ServerSettings server,
        CorpusSettings corpus,
        RetrievalSettings retrieval,
        LlmSettings llm,
        WidgetSettings widget,
        SlackSettings slack,
        ConversationSettings conversations,
        StateSettings state,
        CacheSettings cache,
        LimitSettings limits) {

    public DealbotConfig {
        Validate.notNull(server, "server");
        Validate.notNull(corpus, "corpus");
        Validate.notNull(retrieval, "retrieval");
        Validate.notNull(llm, "llm");
        Validate.notNull(widget, "widget");
        Validate.notNull(slack, "slack");
        if (conversations == null) conversations = ConversationSettings.DEFAULTS; // optional section
        if (state == null) state = StateSettings.DEFAULTS; // optional section: memory
        if (cache == null) cache = CacheSettings.DEFAULTS; // optional section
        if (limits == null) limits = LimitSettings.DEFAULTS; // optional section
    }

    public DealbotConfig withServer(ServerSettings newServer) {
        return new DealbotConfig(newServer, corpus, retrieval, llm, widget, slack, conversations, state, cache, limits);
    }
}
