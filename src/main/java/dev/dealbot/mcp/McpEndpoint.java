package dev.dealbot.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.Dealbot;
import dev.dealbot.http.BearerKeys;
import dev.dealbot.http.ClientKey;
import dev.dealbot.http.ErrorFormat;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.limit.AnswerPool;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server at {@code POST /mcp}: the SDK's servlet transport for Streamable HTTP in its stateless form (every
 * request stands alone: no session to keep, bound or expire; follow-ups use {@code ask_deal}'s conversation_id),
 * called from a Javalin route so the app's filters, body limit, error handling and metrics apply to it as to every
 * API route. Before the SDK sees a message it must carry a valid {@code Authorization: Bearer} key and be one
 * well-formed JSON-RPC object; otherwise the answer is a JSON-RPC error with a 4xx status.
 */
public final class McpEndpoint implements Consumer<JavalinConfig> {
    private static final Logger LOG = LoggerFactory.getLogger(McpEndpoint.class);
    static final String PATH = "/mcp";
    static final String CLIENT = "dealbot.client";
    static final String METRICS = "dealbot.metrics";
    static final String INSTRUCTIONS = "dealbot answers questions about " + DealTools.COVERS + ", and only from those "
            + "articles. Call ask_deal with the user's question and show its answer with the numbered sources, keeping "
            + "each source's name as given (e.g. \"Wedoany\"). If it says the articles don't answer, say so rather "
            + "than answering from elsewhere. list_sources and the dealbot://articles/ resources describe the articles.";

    private final BearerKeys keys;
    private final int maxBodyBytes;
    private final ClientKey clientKey;
    private final HttpServletStatelessServerTransport transport;
    private final McpStatelessSyncServer server;

    private McpEndpoint(Dealbot bot, BearerKeys keys) {
        this.keys = keys;
        this.maxBodyBytes = bot.settings().config().server().maxBodyBytes();
        this.clientKey = new ClientKey(bot.settings().config().widget().trustedProxies());
        this.transport = HttpServletStatelessServerTransport.builder().jsonMapper(McpJsonDefaults.getMapper())
                .messageEndpoint(PATH).maxRequestSize(maxBodyBytes)
                .contextExtractor(req -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put(CLIENT, req.getAttribute(CLIENT));
                    values.put(METRICS, req.getAttribute(METRICS));
                    return McpTransportContext.create(values);
                }).build();
        ArticleResources resources = new ArticleResources(bot);
        this.server = McpServer.sync(transport).serverInfo("dealbot", "1.0.0").instructions(INSTRUCTIONS)
                .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(new DealTools(bot).specifications()).resources(resources.specifications())
                .immediateExecution(true) // on the answer pool's worker that runs the request: it bounds the work
                .validateToolInputs(false) // DealTools checks arguments with the messages /api/ask gives
                .requestTimeout(Duration.ofSeconds(60)).build();
        bot.onIndexSwap(version -> resources.sync(server));
    }

    /** The MCP server, when {@code DEALBOT_API_KEYS} is set; without keys {@code /mcp} stays 404. */
    public static Optional<Consumer<JavalinConfig>> forBot(Dealbot bot) {
        List<String> keys = bot.settings().secrets().apiKeys();
        return keys.isEmpty() ? Optional.empty() : Optional.of(new McpEndpoint(bot, new BearerKeys(keys)));
    }

    @Override
    public void accept(JavalinConfig config) {
        // errors raised before this route runs (the API budget's 429, an origin check) as JSON-RPC errors too
        config.routes.before(PATH, ctx -> ErrorFormat.use(ctx, (c, status, code, message) ->
                reject(c, new JsonRpc.Rejected(status, JsonRpc.SERVER_ERROR, null, message))));
        config.routes.post(PATH, this::post);
        config.routes.get(PATH, this::noStream);
        config.routes.delete(PATH, this::noStream);
        config.events.serverStopped(server::close);
    }

    /** Checks the key and the message on the server's thread, then lets the SDK handle it on the answer pool. */
    private void post(Context ctx) {
        try {
            authenticate(ctx);
            byte[] body = ctx.bodyAsBytes(); // enforces server.maxBodyBytes (413)
            JsonNode message = parse(body);
            JsonRpc.check(message);
            ctx.req().setAttribute(CLIENT, clientKey.of(ctx));
            ctx.req().setAttribute(METRICS, ctx.appData(Metrics.KEY));
            AnswerPool pool = ctx.appData(HttpApi.ANSWER_POOL);
            ctx.future(() -> pool.submit(() -> {
                exchange(ctx, body, message);
                return null;
            }).exceptionally(e -> {
                reject(ctx, failure(ctx, e, message.get("id")));
                return null;
            }));
        } catch (JsonRpc.Rejected e) {
            reject(ctx, e);
        } catch (HttpResponseException e) {
            reject(ctx, new JsonRpc.Rejected(e.getStatus(), JsonRpc.INVALID_REQUEST, null, e.getStatus() == 413
                    ? "the message is larger than " + maxBodyBytes + " bytes; send a shorter question"
                    : e.getMessage()));
        }
    }

    /** The SDK transport handles the message; its answer is checked before it is sent (see {@link JsonRpc#reply}). */
    private void exchange(Context ctx, byte[] body, JsonNode message) {
        CapturedResponse captured = new CapturedResponse(ctx.res());
        try {
            transport.service(new CachedBodyRequest(ctx.req(), body), captured);
        } catch (ServletException | IOException e) {
            throw new IllegalStateException("the MCP transport failed", e);
        }
        JsonRpc.Reply reply = JsonRpc.reply(captured, message.get("id"), message.path("method").asText("response"));
        if (reply.status() >= 400) ctx.appData(Metrics.KEY).clientError("mcp_" + reply.status());
        ctx.status(reply.status());
        if (reply.body().length > 0) ctx.contentType("application/json").result(reply.body());
    }

    private static JsonRpc.Rejected failure(Context ctx, Throwable thrown, JsonNode id) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) e = e.getCause();
        if (e instanceof AnswerPool.Overloaded) {
            ctx.header("Retry-After", Integer.toString(AnswerPool.RETRY_AFTER_SECONDS));
            return new JsonRpc.Rejected(503, JsonRpc.SERVER_ERROR, id, "the bot is answering as many questions as it can; "
                    + "retry in a second");
        }
        LOG.error("MCP request failed", e);
        return new JsonRpc.Rejected(500, JsonRpc.INTERNAL_ERROR, id, "the server failed to handle this request; please retry");
    }

    /** Stateless: no server-initiated stream to open and no session to delete. */
    private void noStream(Context ctx) {
        try {
            authenticate(ctx);
            ctx.header("Allow", "POST");
            throw new JsonRpc.Rejected(405, JsonRpc.SERVER_ERROR, null, "this MCP server is stateless: POST each "
                    + "JSON-RPC message to " + PATH + "; there is no event stream to open and no session to delete");
        } catch (JsonRpc.Rejected e) {
            reject(ctx, e);
        }
    }

    private void authenticate(Context ctx) {
        BearerKeys.Check check = keys.check(ctx.header("Authorization"));
        if (check == BearerKeys.Check.OK) return;
        ctx.header("WWW-Authenticate", "Bearer realm=\"dealbot\"");
        throw new JsonRpc.Rejected(401, JsonRpc.SERVER_ERROR, null, check == BearerKeys.Check.MISSING
                ? "no API key: send the header Authorization: Bearer <key> with a key from DEALBOT_API_KEYS"
                : "the API key is not valid for this server");
    }

    private static JsonNode parse(byte[] body) {
        try {
            return HttpApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new JsonRpc.Rejected(400, JsonRpc.PARSE_ERROR, null, "parse error: the body is not valid JSON (or not UTF-8)");
        }
    }

    private static void reject(Context ctx, JsonRpc.Rejected e) {
        if (e.status() < 500) ctx.appData(Metrics.KEY).clientError("mcp_" + e.status());
        ctx.status(e.status()).json(e.body());
    }
}
