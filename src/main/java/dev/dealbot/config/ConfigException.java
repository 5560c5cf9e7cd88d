package dev.dealbot.config;

/** Settings could not be read or are invalid; the message names the setting and the file. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
