/** The Slack (slash command, Events API) and Mattermost (slash command) webhook channel. */
package dev.dealbot.slack;
