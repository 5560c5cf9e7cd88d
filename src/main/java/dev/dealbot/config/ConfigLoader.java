package dev.dealbot.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dealbot.helper.ValidationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code config/dealbot.yaml} into {@link DealbotConfig}, then applies environment overrides.
 * Every failure is a {@link ConfigException} naming the setting.
 */
public final class ConfigLoader {
    /** Environment variables that override a YAML setting (JSON pointer into the YAML tree). */
    static final Map<String, String> ENV_OVERRIDES = Map.ofEntries(
            Map.entry("DEALBOT_LLM_PROVIDER", "/llm/provider"),
            Map.entry("DEALBOT_LLM_BASE_URL", "/llm/baseUrl"),
            Map.entry("DEALBOT_LLM_MODEL", "/llm/model"),
            Map.entry("DEALBOT_LLM_TIMEOUT_MILLIS", "/llm/timeoutMillis"),
            Map.entry("DEALBOT_HOST", "/server/host"),
            Map.entry("DEALBOT_RATE_LIMIT_PER_MINUTE", "/limits/requestsPerMinute"),
            Map.entry("DEALBOT_ANSWER_THREADS", "/limits/answerThreads"),
            Map.entry("DEALBOT_ANSWER_QUEUE", "/limits/answerQueue"),
            Map.entry("DEALBOT_MAX_QUEUE_MILLIS", "/limits/maxQueueMillis"),
            Map.entry("DEALBOT_IDLE_TIMEOUT_SECONDS", "/limits/idleTimeoutSeconds"),
            Map.entry("DEALBOT_HEADER_TIMEOUT_SECONDS", "/limits/headerTimeoutSeconds"),
            Map.entry("DEALBOT_BODY_TIMEOUT_SECONDS", "/limits/bodyTimeoutSeconds"),
            Map.entry("DEALBOT_MIN_BYTES_PER_SECOND", "/limits/minBytesPerSecond"),
            Map.entry("DEALBOT_CONNECTIONS_PER_CLIENT", "/limits/connectionsPerClient"),
            Map.entry("DEALBOT_PORT", "/server/port"),
            Map.entry("DEALBOT_CORPUS_DIR", "/corpus/dir"),
            Map.entry("DEALBOT_DATA_DIR", "/corpus/dataDir"),
            Map.entry("DEALBOT_WIDGET_ALLOWED_ORIGINS", "/widget/allowedOrigins"),
            Map.entry("DEALBOT_WIDGET_TRUSTED_PROXIES", "/widget/trustedProxies"),
            Map.entry("DEALBOT_SLACK_API_URL", "/slack/apiUrl"),
            Map.entry("DEALBOT_CONVERSATION_IDLE_MINUTES", "/conversations/idleMinutes"),
            Map.entry("DEALBOT_CONVERSATION_MAX_PER_CLIENT", "/conversations/maxPerClient"),
            Map.entry("DEALBOT_STATE", "/state/store"),
            Map.entry("DEALBOT_STATE_URL", "/state/url"),
            Map.entry("DEALBOT_STATE_TIMEOUT_MILLIS", "/state/timeoutMillis"),
            Map.entry("DEALBOT_CACHE_ANSWERS", "/cache/answers"),
            Map.entry("DEALBOT_CACHE_EMBEDDINGS", "/cache/embeddings"));

    /** YAML keys that would hold a secret: refused, so secrets never land in a config file. */
    private static final Map<String, String> SECRET_KEYS = Map.of(
            "/llm/apiKey", "DEALBOT_LLM_API_KEY",
            "/slack/signingSecret", "DEALBOT_SLACK_SIGNING_SECRET",
            "/slack/botToken", "DEALBOT_SLACK_BOT_TOKEN",
            "/slack/mattermostToken", "DEALBOT_MATTERMOST_TOKEN",
            "/state/password", "DEALBOT_STATE_PASSWORD");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {}

    /** Loads the file, applies {@code env}, resolves relative paths against {@code home}. */
    public static Settings load(Path file, Map<String, String> env, Path home) {
        ObjectNode tree = readTree(file);
        for (var secret : SECRET_KEYS.entrySet()) {
            if (!tree.at(secret.getKey()).isMissingNode())
                throw new ConfigException(file + ": setting '" + secret.getKey().substring(1).replace('/', '.')
                        + "' is a secret and is read only from the environment variable " + secret.getValue());
        }
        for (var override : ENV_OVERRIDES.entrySet()) {
            String value = env.get(override.getKey());
            if (value != null) set(tree, override.getValue(), value);
        }
        checkKeys(file, tree, DealbotConfig.class, "");
        DealbotConfig config;
        try {
            config = YAML.treeToValue(tree, DealbotConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown setting '" + path(e) + "' (known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            ValidationException invalid = findValidation(e);
            if (invalid != null) throw new ConfigException(file + ": " + invalid.getMessage() + envHint(invalid.field()));
            if (e.getOriginalMessage().startsWith("Cannot map `null`"))
                throw new ConfigException(file + ": setting '" + path(e) + "' is required");
            throw new ConfigException(file + ": setting '" + path(e) + "' has an invalid value: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (config == null) throw new ConfigException(file + ": the file is empty");
        config = new DealbotConfig(config.server(), config.corpus().resolvedAgainst(home), config.retrieval(),
                config.llm(), config.widget(), config.slack(), config.conversations(), config.state(),
                config.cache(), config.limits());
        return new Settings(config, Secrets.fromEnv(env));
    }

    /** Names the first key that is not a setting, before any value is converted. */
    private static void checkKeys(Path file, JsonNode node, Class<?> type, String prefix) {
        if (!type.isRecord() || !node.isObject()) return;
        Map<String, Class<?>> known = new java.util.TreeMap<>();
        for (RecordComponent c : type.getRecordComponents()) known.put(c.getName(), c.getType());
        for (var it = node.properties().iterator(); it.hasNext(); ) {
            var field = it.next();
            String name = prefix + field.getKey();
            if (!known.containsKey(field.getKey()))
                throw new ConfigException(file + ": unknown setting '" + name + "' (known: " + String.join(", ", known.keySet()) + ")");
            checkKeys(file, field.getValue(), known.get(field.getKey()), name + ".");
        }
    }

    private static ObjectNode readTree(Path file) {
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            if (node == null || node.isMissingNode()) return YAML.createObjectNode();
            if (!(node instanceof ObjectNode obj)) throw new ConfigException(file + ": expected a mapping of settings");
            return obj;
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file + " (pass --config or run from the dealbot folder)");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read YAML: " + firstLine(e.getMessage()));
        }
    }

    private static void set(ObjectNode tree, String pointer, String value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        if (pointer.endsWith("allowedOrigins") || pointer.endsWith("trustedProxies")) {
            ArrayNode list = parent.putArray(key);
            for (String item : value.split(",")) if (!item.isBlank()) list.add(item.trim());
        } else {
            parent.put(key, value.trim());
        }
    }

    private static String envHint(String field) {
        return ENV_OVERRIDES.entrySet().stream()
                .filter(e -> e.getValue().substring(1).replace('/', '.').equals(field))
                .map(e -> " (or set " + e.getKey() + ")").findFirst().orElse("");
    }

    private static ValidationException findValidation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof ValidationException v) return v;
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
