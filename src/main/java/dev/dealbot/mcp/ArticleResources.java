package dev.dealbot.mcp;

import dev.dealbot.Dealbot;
import dev.dealbot.corpus.Article;
import dev.dealbot.http.HttpApi;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource per article, {@code dealbot://articles/<docId>}: its metadata and the attribution rule (JSON). The list
 * follows the corpus: after an index swap, added articles appear and removed ones go.
 */
final class ArticleResources {
    static final String PREFIX = "dealbot://articles/";
    private static final String JSON = "application/json";

    private final Dealbot bot;
    private final Set<String> listed = new HashSet<>();

    ArticleResources(Dealbot bot) {
        this.bot = bot;
    }

    static String uri(String docId) {
        return PREFIX + docId;
    }

    List<SyncResourceSpecification> specifications() {
        List<SyncResourceSpecification> specs = bot.corpus().articles().stream().map(this::specification).toList();
        synchronized (listed) {
            specs.forEach(s -> listed.add(s.resource().uri()));
        }
        return specs;
    }

    /** Brings the server's list in line with the corpus now serving. */
    void sync(McpStatelessSyncServer server) {
        synchronized (listed) {
            Set<String> now = new HashSet<>();
            for (Article a : bot.corpus().articles()) {
                now.add(uri(a.docId()));
                if (listed.add(uri(a.docId()))) server.addResource(specification(a));
            }
            for (String gone : Set.copyOf(listed)) {
                if (!now.contains(gone)) {
                    server.removeResource(gone);
                    listed.remove(gone);
                }
            }
        }
    }

    private SyncResourceSpecification specification(Article a) {
        Resource resource = Resource.builder().uri(uri(a.docId())).name(a.docId()).title(a.title())
                .description("Metadata of the article \"" + a.title() + "\" and its attribution rule: cite it as \""
                        + a.source() + "\".")
                .mimeType(JSON).build();
        return new SyncResourceSpecification(resource, (context, request) -> read(request.uri()));
    }

    private ReadResourceResult read(String uri) {
        String docId = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        Article article = bot.corpus().article(docId).orElseThrow(() -> McpError.RESOURCE_NOT_FOUND.apply(uri));
        Map<String, Object> body = DealTools.describe(article);
        body.put("citeAs", article.source());
        body.put("rule", "dealbot cites this article as \"" + article.source() + "\" in every answer; when you repeat "
                + "its facts, name that source the same way.");
        try {
            return new ReadResourceResult(List.of(new TextResourceContents(uri, JSON, HttpApi.JSON.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("article metadata is plain strings", e);
        }
    }
}
