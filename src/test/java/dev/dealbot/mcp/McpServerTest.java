package dev.dealbot.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.KeyedServerExtension;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official MCP Java SDK client, over Streamable HTTP on loopback, uses dealbot's tools and resources. */
class McpServerTest {
    @RegisterExtension
    static final KeyedServerExtension SERVER = new KeyedServerExtension();
    static McpSyncClient client;

    static McpSyncClient connect(String key) {
        var transport = HttpClientStreamableHttpTransport.builder(SERVER.url("")).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + key))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).initializationTimeout(Duration.ofSeconds(10)).build();
    }

    @BeforeAll
    static void initialize() {
        client = connect(KeyedServerExtension.KEY);
        McpSchema.InitializeResult init = client.initialize();
        assertEquals("dealbot", init.serverInfo().name());
        assertTrue(init.instructions().contains("only from those articles"), init.instructions());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void theToolsSayWhatTheyCoverAndThatAnswersComeOnlyFromTheArticles() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertEquals(List.of("ask_deal", "list_sources"), tools.stream().map(McpSchema.Tool::name).sorted().toList());
        McpSchema.Tool ask = tools.stream().filter(t -> t.name().equals("ask_deal")).findFirst().orElseThrow();
        assertTrue(ask.description().contains("Microsoft–OpenAI partnership") && ask.description().contains("only from those articles"),
                ask.description());
        assertEquals(List.of("question"), ask.inputSchema().get("required"));
        assertTrue(((Map<?, ?>) ask.inputSchema().get("properties")).containsKey("conversation_id"));
    }

    @Test
    void askDealAnswersWithStructuredCitationsThatKeepWedoany() {
        CallToolResult r = client.callTool(new CallToolRequest("ask_deal",
                Map.of("question", "Until when does Microsoft hold a license to OpenAI's IP?")));
        assertFalse(r.isError());
        String text = ((TextContent) r.content().getFirst()).text();
        assertTrue(text.contains("2032") && text.contains("\n\nSources:\n[1] "), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) r.structuredContent();
        assertEquals(true, answer.get("answered"));
        assertTrue(answer.get("answer").toString().contains("2032"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) answer.get("citations");
        assertFalse(citations.isEmpty());
        List<Map<String, Object>> wedoany = citations.stream().filter(c -> c.get("docId").equals("wedoany-revised-partnership")).toList();
        assertFalse(wedoany.isEmpty(), "the Wedoany article states the licence term: " + citations);
        wedoany.forEach(c -> assertEquals("Wedoany", c.get("source")));
        for (Map<String, Object> c : citations) assertTrue(text.contains(c.get("source") + " — " + c.get("title") + ": \"" + c.get("quote") + "\""));
        assertTrue(answer.get("conversationId").toString().length() >= 16);
    }

    @Test
    void aFollowUpContinuesTheConversationById() {
        CallToolResult first = client.callTool(new CallToolRequest("ask_deal",
                Map.of("question", "How much did Amazon announce it would invest in OpenAI?")));
        String id = (String) ((Map<?, ?>) first.structuredContent()).get("conversationId");
        CallToolResult second = client.callTool(new CallToolRequest("ask_deal",
                Map.of("question", "And how much of it arrived immediately?", "conversation_id", id)));
        assertTrue(((TextContent) second.content().getFirst()).text().contains("15 billion"), second.toString());
        assertEquals(id, ((Map<?, ?>) second.structuredContent()).get("conversationId"));
    }

    @Test
    void listSourcesAndReadAnArticleResource() throws Exception {
        CallToolResult sources = client.callTool(new CallToolRequest("list_sources", Map.of()));
        assertFalse(sources.isError());
        assertEquals(5, ((List<?>) ((Map<?, ?>) sources.structuredContent()).get("sources")).size());
        List<McpSchema.Resource> resources = client.listResources().resources();
        assertEquals(5, resources.size());
        assertTrue(resources.stream().allMatch(r -> r.uri().startsWith("dealbot://articles/")));
        var read = client.readResource(new McpSchema.ReadResourceRequest("dealbot://articles/wedoany-revised-partnership"));
        TextResourceContents contents = (TextResourceContents) read.contents().getFirst();
        assertEquals("application/json", contents.mimeType());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(contents.text());
        assertEquals("Wedoany", json.get("source").asText());
        assertEquals("Wedoany", json.get("citeAs").asText());
        assertTrue(json.get("attribution").asText().contains("\"Wedoany\""), contents.text());
        McpError missing = assertThrows(McpError.class,
                () -> client.readResource(new McpSchema.ReadResourceRequest("dealbot://articles/no-such-article")));
        assertEquals(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND, missing.getJsonRpcError().code());
    }

    @Test
    void badArgumentsAreToolErrorsThatSayWhatToFix() {
        assertToolError(Map.of("question", 42), "question must be a string");
        assertToolError(Map.of("question", "   "), "must not be blank");
        assertToolError(Map.of("question", "a".repeat(2001)), "at most 2000 characters");
        assertToolError(Map.of(), "question is required");
        assertToolError(Map.of("question", "q", "conversation_id", List.of(1)), "conversation_id must be a string");
        assertToolError(Map.of("question", "q", "topic", "x"), "unknown argument 'topic'");
        McpError unknown = assertThrows(McpError.class, () -> client.callTool(new CallToolRequest("delete_everything", Map.of())));
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, unknown.getJsonRpcError().code(), "an unknown tool is invalid params, not an internal error");
    }

    static void assertToolError(Map<String, Object> args, String messagePart) {
        CallToolResult r = client.callTool(new CallToolRequest("ask_deal", args));
        assertTrue(r.isError(), r.toString());
        String text = ((TextContent) r.content().getFirst()).text();
        assertTrue(text.contains(messagePart), "'" + messagePart + "' in " + text);
    }

    @Test
    void aWrongKeyCannotConnect() {
        try (McpSyncClient wrong = connect("wrong-key-0123456789abcdef")) {
            RuntimeException e = assertThrows(RuntimeException.class, wrong::initialize);
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) chain.append(t).append(" <- ");
            assertTrue(chain.toString().contains("McpHttpClientTransportAuthorizationException"), chain.toString());
        }
    }
}
