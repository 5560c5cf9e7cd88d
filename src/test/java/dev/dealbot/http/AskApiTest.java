package dev.dealbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.testing.ServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP contract, on a real Javalin server on a free port, with a real JDK client. */
class AskApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension();
    static HttpClient http = HttpClient.newHttpClient();

    @Test
    void askReturnsTheContractFields() throws Exception {
        HttpResponse<String> r = post("/api/ask", "application/json",
                "{\"question\": \"Until when does Microsoft hold a license to OpenAI's intellectual property?\"}");
        assertEquals(200, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(new TreeSet<>(Set.of("answer", "answered", "citations", "conversationId", "mode", "degraded",
                "conflicts", "reason", "answerId")), fields(body), "the contract fields, and the fields added beside them");
        assertTrue(body.get("conflicts").isArray() && body.get("reason").isNull() && body.get("answerId").asText().length() >= 16);
        assertTrue(body.get("answer").asText().contains("2032"));
        assertTrue(body.get("answered").asBoolean());
        JsonNode c = body.get("citations").get(0);
        assertEquals(new TreeSet<>(Set.of("n", "docId", "title", "source", "url", "date", "quote", "corroboratedBy")), fields(c));
        assertTrue(c.get("corroboratedBy").asInt() >= 3, "the licence term is stated by most articles: " + c);
        assertEquals(1, c.get("n").asInt());
        assertEquals("extractive", body.get("mode").asText());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void theIssuedConversationIdIsKeptAcrossTurns() throws Exception {
        JsonNode first = JSON.readTree(post("/api/ask", "application/json",
                "{\"question\": \"How much did Amazon announce it would invest in OpenAI?\"}").body());
        String id = first.get("conversationId").asText();
        JsonNode second = JSON.readTree(post("/api/ask", "application/json",
                "{\"question\": \"And how much of it arrived immediately?\", \"conversationId\": \"" + id + "\"}").body());
        assertEquals(id, second.get("conversationId").asText());
        assertTrue(second.get("answer").asText().contains("15 billion"), second.toString());
    }

    @Test
    void badInputGetsA4xxThatSaysWhatToFix() throws Exception {
        assertError(post("/api/ask", "application/json", "{not json"), 400, "bad_json", "not valid JSON");
        assertError(post("/api/ask", "application/json", "[1,2]"), 400, "bad_json", "JSON object");
        assertError(post("/api/ask", "application/json", "{}"), 400, "invalid_question", "question is required");
        assertError(post("/api/ask", "application/json", "{\"question\": \"   \"}"), 400, "empty_question", "must not be blank");
        assertError(post("/api/ask", "application/json", "{\"question\": 42}"), 400, "invalid_question", "must be a string");
        assertError(post("/api/ask", "application/json", "{\"question\": \"" + "a".repeat(2001) + "\"}"), 400,
                "invalid_question", "at most 2000 characters");
        assertError(post("/api/ask", "application/json", "{\"question\": \"bad \\ud800 surrogate\"}"), 400,
                "invalid_question", "invalid Unicode");
        assertError(post("/api/ask", "application/json", "{\"question\": \"q\", \"conversationId\": 7}"), 400,
                "invalid_conversation_id", "must be a string");
        assertError(post("/api/ask", "application/json", "{\"question\": \"q\", \"conversationId\": \"<script>\"}"), 400,
                "invalid_conversation_id", "letters, digits");
        assertError(post("/api/ask", "text/plain", "{\"question\": \"q\"}"), 415, "unsupported_media_type", "Content-Type: application/json");
        assertError(post("/api/ask", "application/jsonx", "{\"question\": \"q\"}"), 415, "unsupported_media_type", "application/json");
        assertError(post("/api/ask", "application/json", "{\"question\": \"What is Frontier?\"} trailing"), 400, "bad_json", "not valid JSON");
        assertError(post("/api/ask", "application/json", "{\"question\": \"a\"}{\"question\": \"b\"}"), 400, "bad_json", "not valid JSON");
        assertError(post("/api/ask", "application/json", "{\"question\": \"a\", \"question\": \"b\"}"), 400, "bad_json", "not valid JSON");
        assertError(post("/api/ask", "application/json", "{\"question\": \"\u200b\u200b\"}"), 400, "empty_question", "must not be blank");
        assertError(post("/api/ask", "application/json", "{\"question\": \"" + "a".repeat(70_000) + "\"}"), 413,
                "payload_too_large", "larger than 65536 bytes");
        assertError(send(HttpRequest.newBuilder(uri("/api/ask")).GET()), 405, "method_not_allowed", "use POST");
        assertError(send(HttpRequest.newBuilder(uri("/nope")).GET()), 404, "not_found", "POST /api/ask");
    }

    @Test
    void invisibleCharactersDoNotHideWords() throws Exception {
        JsonNode body = JSON.readTree(post("/api/ask", "application/json", "{\"question\": \"What is Fron\u200btier?\"}").body());
        assertTrue(body.get("answered").asBoolean(), body.toString());
        assertTrue(body.get("answer").asText().contains("Frontier"), body.toString());
    }

    @Test
    void invalidUtf8BytesAreABadRequest() throws Exception {
        byte[] body = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void noInputProducesA5xx() throws Exception {
        Random random = new Random(7);
        String[] pieces = {"{", "}", "\"question\"", ":", "\"", "null", "[", "]", "\\u0000", "\\ud83d", "1e999", ",", "\"conversationId\"",
                "true", "\u202e", "<script>", "\\", "\n", "💥", "What is Frontier?"};
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) sb.append(pieces[random.nextInt(pieces.length)]);
            for (String path : List.of("/api/ask", "/api/ask/stream")) {
                HttpResponse<String> r = post(path, "application/json", sb.toString());
                assertTrue(r.statusCode() < 500, sb + " -> " + r.statusCode() + " " + r.body());
                if (r.statusCode() >= 400) assertTrue(r.body().contains("\"message\""), r.body());
            }
        }
    }

    @Test
    void streamSendsTokensThenTheFinalAnswer() throws Exception {
        HttpResponse<String> r = post("/api/ask/stream", "application/json", "{\"question\": \"What is Frontier?\"}");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        String body = r.body();
        int firstToken = body.indexOf("event: token\n");
        int done = body.indexOf("event: done\n");
        assertTrue(firstToken >= 0 && done > firstToken, body);
        JsonNode answer = JSON.readTree(body.substring(done).lines().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow().substring(6));
        assertTrue(answer.get("answer").asText().contains("agent"), answer.toString());
        assertTrue(answer.get("citations").size() > 0);
    }

    @Test
    void sourcesHealthAndMetrics() throws Exception {
        JsonNode sources = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/sources")).GET()).body()).get("sources");
        assertEquals(5, sources.size());
        boolean wedoany = false;
        for (JsonNode s : sources) wedoany |= s.get("docId").asText().equals("wedoany-revised-partnership") && s.get("source").asText().equals("Wedoany");
        assertTrue(wedoany, sources.toString());
        assertEquals("ok", JSON.readTree(send(HttpRequest.newBuilder(uri("/health")).GET()).body()).get("status").asText());
        post("/api/ask", "application/json", "{\"question\": \"What is Frontier?\"}");
        String metrics = send(HttpRequest.newBuilder(uri("/metrics")).GET()).body();
        assertTrue(metrics.contains("dealbot_answers_total{answered=\"true\",degraded=\"false\",mode=\"extractive\"}"), metrics);
        assertTrue(metrics.contains("dealbot_ask_duration_seconds"), metrics);
    }

    static void assertError(HttpResponse<String> r, int status, String error, String messagePart) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(error, body.get("error").asText(), r.body());
        assertTrue(body.get("message").asText().contains(messagePart), r.body());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("at dev."), "no stack traces: " + r.body());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + SERVER.port() + path);
    }

    static Set<String> fields(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
