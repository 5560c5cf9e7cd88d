package dev.dealbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.config.SlackSettings;
import dev.dealbot.conversation.Conversations;
import dev.dealbot.helper.Text;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.HttpApi;
import dev.dealbot.state.SeenIds;
import dev.dealbot.state.SharedState;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API callbacks: {@code app_mention} and direct messages ({@code message.im}; bot messages, edits and other
 * subtypes are ignored). Each event is answered once, in its thread, however often Slack retries it; a follow-up in
 * a thread continues that thread's conversation.
 */
final class SlackEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEvents.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final SlackReplier replier;
    private final Conversations conversations;
    private final SlackPoster.Target postMessage;
    private final int maxQuestionChars;
    private static final Duration REMEMBER = Duration.ofHours(1);
    /** This replica's seen ids, or all replicas' (Redis): one answer per event whichever replica a retry reaches. */
    private final SeenIds seen;

    SlackEvents(SlackReplier replier, Conversations conversations, SharedState state, SlackSettings settings,
            String botToken, int maxQuestionChars) {
        this.replier = replier;
        this.seen = state.seenIds("slack-event", REMEMBER, new EventDeduper(20_000, REMEMBER, Clock.systemUTC()));
        this.conversations = conversations;
        String base = settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/";
        this.postMessage = new SlackPoster.Target(URI.create(base + "chat.postMessage"), botToken, "chat.postMessage");
        this.maxQuestionChars = maxQuestionChars;
    }

    /** Handles one {@code event_callback}; returns the HTTP status for Slack (503 lets Slack retry when busy). */
    int handle(JsonNode payload, String requestId, String retryNum) {
        String eventId = payload.path("event_id").asText("");
        JsonNode event = payload.path("event");
        if (eventId.isEmpty() || !event.isObject())
            throw new ApiException(400, "bad_event", "an event_callback needs event_id and event");
        if (!seen.firstTime(eventId)) {
            LOG.info("slack event duplicate ignored event={} retry={}", SlackRoutes.safeId(eventId), SlackRoutes.safeId(retryNum));
            return 200;
        }
        if (!wanted(event)) return 200;
        String channel = event.path("channel").asText("");
        String ts = event.path("ts").asText("");
        if (channel.isEmpty() || ts.isEmpty()) throw new ApiException(400, "bad_event", "the event has no channel or ts");
        // a DM that mentions the bot may arrive as both message.im and app_mention, with different event_ids
        if (!seen.firstTime("message:" + channel + ":" + ts)) return 200;
        String threadTs = event.path("thread_ts").asText(ts);
        String question = questionText(event.path("text").asText(""));
        ObjectNode envelope = HttpApi.JSON.createObjectNode().put("channel", channel).put("thread_ts", threadTs)
                .put("unfurl_links", false).put("unfurl_media", false);
        LOG.info("slack event request={} event={} type={} chars={}", requestId, SlackRoutes.safeId(eventId),
                event.path("type").asText(), question.length());
        boolean queued;
        if (Text.isEmpty(question) || question.length() > maxQuestionChars) {
            queued = replier.submitText(requestId, postMessage, envelope, Text.isEmpty(question)
                    ? "Ask me about the April 2026 Microsoft–OpenAI partnership revision, e.g. \"Until when does "
                            + "Microsoft hold a license to OpenAI's intellectual property?\""
                    : "Please keep the question under " + maxQuestionChars + " characters.");
        } else {
            var conversation = conversations.forSlackThread(payload.path("team_id").asText(""), channel, threadTs);
            queued = replier.submit(new SlackReplier.Job(requestId, question, conversation, postMessage, envelope, null));
        }
        if (queued) return 200;
        seen.forget(eventId);
        seen.forget("message:" + channel + ":" + ts);
        return 503;
    }

    /** app_mention, or a person's direct message; never bots (ourselves included), edits or other subtypes. */
    static boolean wanted(JsonNode event) {
        if (event.hasNonNull("bot_id") || event.hasNonNull("subtype") || event.has("edited")) return false;
        String type = event.path("type").asText("");
        return type.equals("app_mention") || (type.equals("message") && event.path("channel_type").asText("").equals("im"));
    }

    /** The question in Slack's text: mentions removed, Slack's &amp;/&lt;/&gt; escapes undone. */
    static String questionText(String slackText) {
        String text = MENTION.matcher(slackText).replaceAll(" ");
        return Text.clean(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")).replaceAll("\\s+", " ");
    }
}
