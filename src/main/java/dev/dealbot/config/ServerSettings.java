package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/** HTTP server: where to listen and how much input to accept. */
public record ServerSettings(String host, int port, int maxBodyBytes, int maxQuestionChars, int threads) {
    public ServerSettings {
        Validate.notBlank(host, "server.host");
        Validate.inRange(port, 0, 65535, "server.port");
        Validate.inRange(maxBodyBytes, 1024, 1 << 20, "server.maxBodyBytes");
        Validate.inRange(maxQuestionChars, 10, 10_000, "server.maxQuestionChars");
        Validate.inRange(threads, 2, 512, "server.threads");
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxBodyBytes, maxQuestionChars, threads);
    }
}
