package dev.dealbot.config;

import dev.dealbot.helper.Validate;

/**
 * Slack and Mattermost webhooks. The signing secret, bot token and Mattermost token are secrets: env only.
 *
 * @param apiUrl base of Slack's Web API (tests point it at loopback)
 * @param maxClockSkewSeconds how far a signed request's timestamp may be from now
 */
public record SlackSettings(String apiUrl, int maxClockSkewSeconds) {
    public SlackSettings {
        Validate.notBlank(apiUrl, "slack.apiUrl");
        Validate.isTrue(apiUrl.startsWith("http://") || apiUrl.startsWith("https://"), "slack.apiUrl",
                "must be an http(s) URL, got '" + apiUrl + "'");
        Validate.inRange(maxClockSkewSeconds, 1, 3600, "slack.maxClockSkewSeconds");
    }
}
