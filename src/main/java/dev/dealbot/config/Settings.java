package dev.dealbot.config;

/** What a process runs with: the typed config and the secrets from the environment. */
public record Settings(DealbotConfig config, Secrets secrets) {}
