package dev.dealbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Conversation;
import dev.dealbot.config.SlackSettings;
import dev.dealbot.helper.Text;
import dev.dealbot.http.ApiError;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.HttpApi;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/commands} (slash command: immediate ephemeral ack, answer to {@code response_url}) and
 * {@code POST /slack/events} (Events API: url_verification, app_mention, message.im; reply in the thread with
 * chat.postMessage) and {@code POST /slack/interactions} (the answers' feedback buttons). Every request must carry a valid Slack signature over its raw body, else 401.
 */
public final class SlackRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(SlackRoutes.class);
    private static final ApiError UNAUTHORIZED = new ApiError("unauthorized", "invalid or missing request signature");

    private final SlackSignature signature;
    private final SlackReplier replier;
    private final SlackEvents events;
    private final SlackFeedback feedback;
    private final SlackSettings settings;
    private final int maxQuestionChars;

    private SlackRoutes(Dealbot bot, String signingSecret, String botToken) {
        this.settings = bot.settings().config().slack();
        this.maxQuestionChars = bot.settings().config().server().maxQuestionChars();
        this.signature = new SlackSignature(signingSecret, settings.maxClockSkewSeconds(), Clock.systemUTC());
        this.replier = new SlackReplier(bot, new SlackPoster(Duration.ofMillis(500), Duration.ofSeconds(60)));
        this.feedback = new SlackFeedback(bot, replier, this::responseUrl);
        this.events = botToken == null ? null
                : new SlackEvents(replier, bot.conversations(), bot.state(), settings, botToken, maxQuestionChars);
    }

    /**
     * The Slack routes, when {@code DEALBOT_SLACK_SIGNING_SECRET} is set: the slash command needs only that; the
     * Events API also needs {@code DEALBOT_SLACK_BOT_TOKEN} to reply. Without them the paths stay 404.
     */
    public static Optional<Consumer<JavalinConfig>> forBot(Dealbot bot) {
        var secrets = bot.settings().secrets();
        if (secrets.slackSigningSecret().isEmpty()) return Optional.empty();
        if (secrets.slackBotToken().isEmpty())
            LOG.warn("DEALBOT_SLACK_BOT_TOKEN is not set: /slack/events is disabled, /slack/commands is enabled");
        return Optional.of(config -> new SlackRoutes(bot, secrets.slackSigningSecret().get(),
                secrets.slackBotToken().orElse(null)).addTo(config));
    }

    private void addTo(JavalinConfig config) {
        config.routes.post("/slack/commands", this::command);
        if (events != null) config.routes.post("/slack/events", this::event);
        config.routes.post("/slack/interactions", ctx -> {
            if (verified(ctx)) feedback.handle(ctx, requestId());
        });
        config.events.serverStopped(replier::shutdown);
    }

    private void command(Context ctx) {
        if (!verified(ctx)) return;
        Form form = Form.parse(ctx.body());
        String requestId = requestId();
        String question = Text.clean(form.get("text"));
        String command = form.get("command").matches("/[\\w-]{1,40}") ? form.get("command") : "/dealbot";
        if (Text.isEmpty(question)) {
            ctx.json(ephemeral("Ask me about the April 2026 Microsoft–OpenAI partnership revision, e.g. `" + command
                    + " Until when does Microsoft hold a license to OpenAI's intellectual property?`"));
            return;
        }
        if (question.length() > maxQuestionChars) {
            ctx.json(ephemeral("Please keep the question under " + maxQuestionChars + " characters."));
            return;
        }
        URI responseUrl = responseUrl(form.get("response_url"));
        String user = form.get("user_id").matches("[A-Z0-9]{1,30}") ? "<@" + form.get("user_id") + "> asked: " : "Asked: ";
        ObjectNode envelope = HttpApi.JSON.createObjectNode().put("response_type", "in_channel")
                .put("replace_original", false);
        var job = new SlackReplier.Job(requestId, question, Conversation.none(), // one question, no thread
                SlackReplier.responseUrl(responseUrl), envelope, user + SlackMessages.escape(question));
        LOG.info("slack command request={} team={} chars={}", requestId, safeId(form.get("team_id")), question.length());
        ctx.json(ephemeral(replier.submit(job) ? "Looking it up…" : "I'm busy right now; please try again in a minute."));
    }

    private void event(Context ctx) {
        if (!verified(ctx)) return;
        JsonNode payload;
        try {
            payload = HttpApi.JSON.readTree(ctx.body());
        } catch (Exception e) {
            throw new ApiException(400, "bad_json", "the body is not valid JSON");
        }
        if (payload == null || !payload.isObject()) throw new ApiException(400, "bad_json", "expected a JSON object");
        String type = payload.path("type").asText("");
        if (type.equals("url_verification")) {
            ctx.json(java.util.Map.of("challenge", payload.path("challenge").asText("")));
            return;
        }
        String retry = ctx.header("X-Slack-Retry-Num");
        int status = type.equals("event_callback") ? events.handle(payload, requestId(), retry) : 200;
        if (status == 200) ctx.json(java.util.Map.of("ok", true));
        else ctx.status(status).json(new ApiError("busy", "the bot is busy; Slack will retry"));
    }

    /** Checks the signature over the raw body; on failure answers 401 (no detail) and returns false. */
    private boolean verified(Context ctx) {
        String timestamp = ctx.header(SlackSignature.TIMESTAMP_HEADER);
        String given = ctx.header(SlackSignature.SIGNATURE_HEADER);
        // headers first: a request that cannot be Slack's is refused before its body is read
        if (signature.plausible(timestamp, given) && signature.isValid(timestamp, given, ctx.bodyAsBytes())) return true;
        LOG.info("slack request rejected: bad signature on {}", ctx.path());
        ctx.status(401).json(UNAUTHORIZED);
        return false;
    }

    /** A {@code response_url} must be an https URL on Slack (or on the configured API host, e.g. loopback in tests). */
    private URI responseUrl(String raw) {
        URI uri;
        try {
            uri = URI.create(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_response_url", "response_url is not a valid URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        URI api = URI.create(settings.apiUrl());
        boolean slackHost = "https".equals(uri.getScheme()) && (host.equals("slack.com") || host.endsWith(".slack.com")
                || host.equals("slack-gov.com") || host.endsWith(".slack-gov.com"));
        boolean apiHost = host.equalsIgnoreCase(api.getHost()) && api.getScheme().equals(uri.getScheme());
        if (!slackHost && !apiHost)
            throw new ApiException(400, "bad_response_url", "response_url must be a Slack URL");
        return uri;
    }

    static ObjectNode ephemeral(String text) {
        return SlackMessages.text(text).put("response_type", "ephemeral");
    }

    static String requestId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String safeId(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,40}") ? id : "?";
    }
}
