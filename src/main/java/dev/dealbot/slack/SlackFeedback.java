package dev.dealbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.Dealbot;
import dev.dealbot.feedback.Rating;
import dev.dealbot.feedback.Ratings;
import dev.dealbot.feedback.Served;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/interactions} (signature checked by {@link SlackRoutes}): a click on an answer's thumbs
 * button ({@code block_actions}) stores the rating of that answer for that Slack user and thanks them ephemerally.
 */
final class SlackFeedback {
    private static final Logger LOG = LoggerFactory.getLogger(SlackFeedback.class);

    private final Dealbot bot;
    private final SlackReplier replier;
    private final Function<String, URI> responseUrl;

    SlackFeedback(Dealbot bot, SlackReplier replier, Function<String, URI> responseUrl) {
        this.bot = bot;
        this.replier = replier;
        this.responseUrl = responseUrl;
    }

    void handle(Context ctx, String requestId) {
        JsonNode payload;
        try {
            payload = HttpApi.JSON.readTree(Form.parse(ctx.body()).get("payload"));
        } catch (Exception e) {
            throw new ApiException(400, "bad_payload", "the payload field is not valid JSON");
        }
        if (payload == null || !payload.isObject()) throw new ApiException(400, "bad_payload", "expected a JSON payload");
        if (!"block_actions".equals(payload.path("type").asText())) {
            ctx.status(200); // other interaction types are not ours: acknowledge and ignore
            return;
        }
        String user = SlackRoutes.safeId(payload.at("/user/id").asText(null));
        String team = SlackRoutes.safeId(payload.at("/team/id").asText(payload.at("/user/team_id").asText(null)));
        for (JsonNode action : payload.path("actions")) {
            String id = action.path("action_id").asText("");
            Rating rating = id.equals(SlackMessages.FEEDBACK_UP) ? Rating.UP
                    : id.equals(SlackMessages.FEEDBACK_DOWN) ? Rating.DOWN : null;
            if (rating == null) continue;
            Optional<Served> served = bot.answers().find(action.path("value").asText(null))
                    .filter(s -> "slack".equals(s.channel()));
            if (served.isPresent()) {
                Ratings.record(bot.feedbackStore(), ctx.appData(Metrics.KEY), served.get(), "slack:" + team + ":" + user,
                        rating, null);
                LOG.info("slack feedback request={} rating={} mode={}", requestId, rating.id(), served.get().mode());
            }
            thank(payload.path("response_url").asText(""), requestId, served.isPresent()
                    ? "Thanks for the feedback." : "That answer is too old to rate; please ask again.");
        }
        ctx.status(200);
    }

    private void thank(String rawUrl, String requestId, String text) {
        if (rawUrl.isEmpty()) return;
        URI url;
        try {
            url = responseUrl.apply(rawUrl);
        } catch (ApiException e) {
            LOG.info("slack feedback request={}: response_url refused ({})", requestId, e.getMessage());
            return;
        }
        ObjectNode envelope = HttpApi.JSON.createObjectNode().put("response_type", "ephemeral").put("replace_original", false);
        replier.submitText(requestId, SlackReplier.responseUrl(url), envelope, text);
    }
}
