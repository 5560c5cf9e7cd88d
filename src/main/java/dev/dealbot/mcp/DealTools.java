package dev.dealbot.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.Dealbot;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Conversation;
import dev.dealbot.corpus.Article;
import dev.dealbot.http.ApiException;
import dev.dealbot.http.AskRequest;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.http.SourcesBlock;
import dev.dealbot.index.IndexUnavailableException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tools: {@code ask_deal} answers through the same asker, conversations and metrics as {@code /api/ask};
 * {@code list_sources} lists the articles. A bad argument is a tool error ({@code isError: true}) whose text says
 * what to fix, as the MCP spec asks, so the calling model can correct itself.
 */
final class DealTools {
    static final String COVERS = "the 27 April 2026 revision of the Microsoft–OpenAI partnership (Microsoft's licence "
            + "to OpenAI's IP and how long it runs, exclusivity, the revenue share and its cap, Azure and other clouds, "
            + "the AGI clause, Microsoft's stake, Amazon's investment in OpenAI and related figures), as reported by "
            + "a handful of news articles (list_sources names them)";
    private static final Set<String> ASK_ARGUMENTS = Set.of("question", "conversation_id");

    private final Dealbot bot;
    private final int maxQuestionChars;

    DealTools(Dealbot bot) {
        this.bot = bot;
        this.maxQuestionChars = bot.settings().config().server().maxQuestionChars();
    }

    List<SyncToolSpecification> specifications() {
        return List.of(new SyncToolSpecification(askDeal(), this::ask), new SyncToolSpecification(listSources(), this::list));
    }

    private Tool askDeal() {
        Map<String, Object> question = Map.of("type", "string", "minLength", 1, "maxLength", maxQuestionChars,
                "description", "The question, in plain language, e.g. \"Until when does Microsoft hold a license to "
                        + "OpenAI's IP?\"");
        Map<String, Object> conversation = Map.of("type", "string", "description", "Optional: the conversation_id "
                + "returned by an earlier ask_deal call, to ask a follow-up (\"and is it exclusive?\"). Omit it to start anew.");
        return Tool.builder().name("ask_deal").title("Ask about the Microsoft–OpenAI deal")
                .description("Answers a question about " + COVERS + ". Answers come only from those articles, never "
                        + "from general knowledge: each claim carries a numbered citation [n] quoting an article verbatim, "
                        + "with the source name the article requires (e.g. \"Wedoany\") — keep those names when you "
                        + "repeat the answer. When the articles don't say, the answer says so (answered: false). Returns "
                        + "the answer text with a Sources list, and structured citations, conflicts between articles and "
                        + "a conversation_id for follow-ups.")
                .inputSchema(Map.of("type", "object", "properties", Map.of("question", question, "conversation_id",
                        conversation), "required", List.of("question"), "additionalProperties", false))
                .annotations(new ToolAnnotations("Ask about the Microsoft–OpenAI deal", true, false, true, false, null))
                .build();
    }

    private static Tool listSources() {
        return Tool.builder().name("list_sources").title("List dealbot's articles")
                .description("Lists the news articles dealbot answers from, about the 27 April 2026 revision of the "
                        + "Microsoft–OpenAI partnership: for each, its docId, title, source name to cite it by, author, "
                        + "date, URL, attribution rule and resource URI (dealbot://articles/<docId>).")
                .inputSchema(Map.of("type", "object", "properties", Map.of(), "additionalProperties", false))
                .annotations(new ToolAnnotations("List dealbot's articles", true, false, true, false, null))
                .build();
    }

    private CallToolResult ask(McpTransportContext context, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        for (String name : args.keySet())
            if (!ASK_ARGUMENTS.contains(name))
                return error("unknown argument '" + name + "': ask_deal takes question and, optionally, conversation_id");
        AskRequest req;
        try {
            req = AskRequest.of(tree(args.get("question")), tree(args.get("conversation_id")), maxQuestionChars);
        } catch (ApiException e) {
            metrics(context).clientError(e.body().error());
            return error(e.getMessage().replace("conversationId", "conversation_id"));
        }
        long start = System.nanoTime();
        Conversation conversation = bot.conversations().forApi(req.conversationId(), (String) context.get(McpEndpoint.CLIENT));
        Answer answer;
        try {
            answer = bot.withAsker(asker -> asker.ask(req.question(), conversation));
        } catch (IndexUnavailableException e) {
            return error("the search index is being rebuilt after a read error; retry in a few seconds");
        }
        metrics(context).answered(answer, System.nanoTime() - start);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = HttpApi.JSON.convertValue(answer, Map.class);
        String text = SourcesBlock.content(answer) + "\n\n(conversation_id for a follow-up: " + answer.conversationId() + ")";
        return CallToolResult.builder().addTextContent(text).structuredContent(structured).isError(false).build();
    }

    private CallToolResult list(McpTransportContext context, CallToolRequest request) {
        if (request.arguments() != null && !request.arguments().isEmpty())
            return error("list_sources takes no arguments");
        List<Map<String, Object>> sources = bot.corpus().articles().stream().map(DealTools::describe).toList();
        StringBuilder text = new StringBuilder("dealbot answers only from these articles:\n");
        for (Map<String, Object> s : sources)
            text.append("- ").append(s.get("source")).append(" — ").append(s.get("title")).append(" (")
                    .append(s.get("uri")).append(")\n  ").append(s.get("attribution")).append('\n');
        return CallToolResult.builder().addTextContent(text.toString().strip()).structuredContent(Map.of("sources", sources))
                .isError(false).build();
    }

    /** An article's metadata and attribution rule, as {@code list_sources} and the article resources give them. */
    static Map<String, Object> describe(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docId", a.docId());
        m.put("uri", ArticleResources.uri(a.docId()));
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("author", a.author());
        m.put("date", a.date());
        m.put("url", a.url());
        m.put("attribution", a.attribution());
        return m;
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : HttpApi.JSON.valueToTree(value);
    }

    private static Metrics metrics(McpTransportContext context) {
        return (Metrics) context.get(McpEndpoint.METRICS);
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
