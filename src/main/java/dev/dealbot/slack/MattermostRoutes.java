package dev.dealbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conversation;
import dev.dealbot.helper.Text;
import dev.dealbot.http.ApiError;
import dev.dealbot.http.HttpApi;
import dev.dealbot.index.IndexUnavailableException;
import dev.dealbot.limit.AnswerPool;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /mattermost/commands}: Mattermost's Slack-compatible slash command, authenticated by its token (form
 * field {@code token} or {@code Authorization: Token …}, compared in constant time) and answered in the response
 * with {@code response_type} JSON and Markdown text.
 */
public final class MattermostRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(MattermostRoutes.class);
    /** Mattermost's post limit is 16383 characters. */
    static final int MAX_TEXT_CHARS = 16_000;

    private final Dealbot bot;
    private final String token;
    private final int maxQuestionChars;

    private MattermostRoutes(Dealbot bot, String token, int maxQuestionChars) {
        this.bot = bot;
        this.token = token;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** The route, when {@code DEALBOT_MATTERMOST_TOKEN} is set; otherwise the path stays 404. */
    public static Optional<Consumer<JavalinConfig>> forBot(Dealbot bot) {
        return bot.settings().secrets().mattermostToken().map(token -> config -> config.routes.post(
                "/mattermost/commands", new MattermostRoutes(bot, token,
                        bot.settings().config().server().maxQuestionChars())::command));
    }

    private void command(Context ctx) {
        String header = ctx.header("Authorization");
        boolean inHeader = header != null && header.regionMatches(true, 0, "Token ", 0, 6);
        if (inHeader && !SlackSignature.sameSecret(token, header.substring(6).strip())) { // refused before the body is read
            LOG.info("mattermost request rejected: bad token");
            ctx.status(401).json(new ApiError("unauthorized", "invalid or missing token"));
            return;
        }
        Form form = Form.parse(ctx.body());
        String given = inHeader ? header.substring(6).strip() : form.get("token");
        if (!SlackSignature.sameSecret(token, given)) {
            LOG.info("mattermost request rejected: bad token");
            ctx.status(401).json(new ApiError("unauthorized", "invalid or missing token"));
            return;
        }
        String question = Text.clean(form.get("text"));
        String command = form.get("command").matches("/[\\w-]{1,40}") ? form.get("command") : "/dealbot";
        if (Text.isEmpty(question) || question.length() > maxQuestionChars) {
            ctx.json(reply("ephemeral", Text.isEmpty(question)
                    ? "Ask me about the April 2026 Microsoft–OpenAI partnership revision, e.g. `" + command
                            + " Until when does Microsoft hold a license to OpenAI's intellectual property?`"
                    : "Please keep the question under " + maxQuestionChars + " characters."));
            return;
        }
        AnswerPool pool = ctx.appData(HttpApi.ANSWER_POOL); // the answer is computed off the server's threads
        ctx.future(() -> pool.submit(() -> { // a slash command is one question, no thread
            ctx.json(reply("in_channel", markdown(bot.withAsker(asker -> asker.ask(question, Conversation.none())))));
            return null;
        }).exceptionally(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IndexUnavailableException)
                ctx.json(reply("ephemeral", "The article index is being rebuilt; please ask again in a few seconds."));
            else if (cause instanceof AnswerPool.Overloaded)
                ctx.json(reply("ephemeral", "I'm busy right now; please try again in a few seconds."));
            else throw e instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(e);
            return null;
        }));
    }

    private static ObjectNode reply(String type, String text) {
        return HttpApi.JSON.createObjectNode().put("response_type", type).put("text", text);
    }

    /**
     * The answer as Mattermost Markdown: text with [n] markers, where the articles disagree a "Sources differ" line,
     * then "Sources" with how many articles state each fact and each citation's quote.
     */
    static String markdown(Answer a) {
        if (a.answer().isBlank()) return SlackMessages.NOT_ANSWERED;
        StringBuilder sb = new StringBuilder(safe(a.answer().strip()));
        if (a.degraded()) sb.append("\n\n_The language model was unavailable; these are the articles' own sentences._");
        for (var conflict : a.conflicts()) {
            sb.append("\n\n**Sources differ:** ").append(safe(conflict.summary())).append(' ');
            for (int n : conflict.citations()) sb.append('[').append(n).append(']');
        }
        if (!a.citations().isEmpty()) sb.append("\n\n**Sources**");
        for (Citation c : a.citations()) {
            String title = safe(c.title() == null || c.title().isBlank() ? c.docId() : c.title()).replace("]", "\\]");
            String link = c.url() != null && c.url().matches("https?://[^\\s()<>]+") ? "[" + title + "](" + c.url() + ")" : title;
            sb.append("\n[").append(c.n()).append("] ").append(link);
            if (c.source() != null && !c.source().isBlank()) sb.append(" — ").append(safe(c.source()));
            if (c.corroboratedBy() > 1) sb.append(" _(stated by ").append(c.corroboratedBy()).append(" articles)_");
            if (c.quote() != null && !c.quote().isBlank())
                sb.append("\n> ").append(safe(c.quote().strip()).replace("\n", " "));
        }
        String text = sb.toString();
        return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS - 1) + "…";
    }

    /** Keeps article or LLM text from pinging anyone: a zero-width space after '@' disarms @channel/@all/@user. */
    static String safe(String s) {
        return s.replace("@", "@\u200B");
    }
}
