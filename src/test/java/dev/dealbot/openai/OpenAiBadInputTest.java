package dev.dealbot.openai;

import static dev.dealbot.testing.Raw.assertError;

import dev.dealbot.testing.KeyedServerExtension;
import dev.dealbot.testing.Raw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad requests to /v1/chat/completions get a 4xx in OpenAI's error format that names what to fix; never a 5xx. */
class OpenAiBadInputTest {
    @RegisterExtension
    static final KeyedServerExtension SERVER = new KeyedServerExtension();
    static final String KEY = KeyedServerExtension.KEY;

    static Raw.Response post(String body) throws Exception {
        return Raw.post(SERVER.url("/v1/chat/completions"), KEY, body);
    }

    static String messages(String messages) {
        return "{\"model\": \"dealbot\", \"messages\": " + messages + "}";
    }

    static String ask(String question) {
        return messages("[{\"role\": \"user\", \"content\": \"" + question + "\"}]");
    }

    @Test
    void malformedBodies() throws Exception {
        assertError(post("{not json"), 400, "invalid_json", "not valid JSON");
        assertError(post("[1, 2]"), 400, "invalid_json", "JSON object");
        assertError(post(ask("q") + " trailing"), 400, "invalid_json", "not valid JSON");
        assertError(post("{\"model\": \"dealbot\", \"model\": \"dealbot\", \"messages\": []}"), 400, "invalid_json", "not valid JSON");
        assertError(post("{\"model\": \"dealbot\", \"messages\": [{\"role\": \"user\", \"content\": \"" + "a".repeat(70_000)
                + "\"}]}"), 413, "payload_too_large", "larger than 65536 bytes");
    }

    @Test
    void missingOrEmptyMessages() throws Exception {
        assertError(post("{\"model\": \"dealbot\"}"), 400, "missing_required_parameter", "messages is required");
        assertError(post(messages("[]")), 400, "empty_array", "must not be empty");
        assertError(post(messages("\"What is Frontier?\"")), 400, "invalid_type", "messages must be an array");
        assertError(post(messages("[42]")), 400, "invalid_type", "messages[0] must be an object");
        assertError(post(messages("[{\"content\": \"q\"}]")), 400, "invalid_type", "messages[0].role must be a string");
        assertError(post(messages("[{\"role\": \"wizard\", \"content\": \"q\"}]")), 400, "invalid_value", "messages[0].role must be");
        assertError(post(messages("[{\"role\": \"user\"}]")), 400, "missing_required_parameter", "messages[0].content is required");
        assertError(post(messages("[{\"role\": \"user\", \"content\": 42}]")), 400, "invalid_type", "string or an array of text parts");
        assertError(post(messages("[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": 7}]}]")), 400,
                "invalid_type", "text must be a string");
        assertError(post(messages("[{\"role\": \"user\", \"content\": \"q\"}, {\"role\": \"assistant\", \"content\": \"a\"}]")),
                400, "invalid_value", "last message must be the user's question");
        assertError(post(messages("[{\"role\": \"system\", \"content\": \"be brief\"}]")), 400, "invalid_value",
                "last message must be the user's question");
    }

    @Test
    void badQuestions() throws Exception {
        assertError(post(ask("   ")), 400, "empty_question", "must not be blank");
        assertError(post(ask("a".repeat(2001))), 400, "invalid_question", "at most 2000 characters");
        assertError(post(ask("bad \\ud800 surrogate")), 400, "invalid_question", "invalid Unicode");
    }

    @Test
    void badParameters() throws Exception {
        assertError(post("{\"messages\": [{\"role\": \"user\", \"content\": \"q\"}]}"), 400, "missing_required_parameter", "model is required");
        assertError(post("{\"model\": 4, \"messages\": [{\"role\": \"user\", \"content\": \"q\"}]}"), 400, "invalid_type", "model must be a string");
        assertError(post("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"q\"}]}"), 404,
                "model_not_found", "one model, \"dealbot\"");
        assertError(post("{\"model\": \"dealbot\", \"stream\": \"yes\", \"messages\": [{\"role\": \"user\", \"content\": \"q\"}]}"),
                400, "invalid_type", "stream must be true or false");
    }

    @Test
    void unsupportedFeatures() throws Exception {
        String user = "\"messages\": [{\"role\": \"user\", \"content\": \"q\"}]";
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\"}}]}"),
                400, "unsupported_parameter", "tools and functions are not supported");
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"tool_choice\": \"required\"}"), 400, "unsupported_parameter", "tool calling");
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"n\": 3}"), 400, "unsupported_parameter", "n must be 1");
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"response_format\": {\"type\": \"json_object\"}}"), 400,
                "unsupported_parameter", "only text answers");
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"modalities\": [\"text\", \"audio\"]}"), 400, "unsupported_parameter", "audio");
        assertError(post("{\"model\": \"dealbot\", " + user + ", \"logprobs\": true}"), 400, "unsupported_parameter", "log-probabilities");
        assertError(post(messages("[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"What is this?\"}, "
                + "{\"type\": \"image_url\", \"image_url\": {\"url\": \"https://example.com/a.png\"}}]}]")), 400,
                "unsupported_parameter", "images are not supported");
        assertError(post(messages("[{\"role\": \"user\", \"content\": \"q\"}, {\"role\": \"assistant\", \"content\": null, "
                + "\"tool_calls\": [{\"id\": \"1\"}]}, {\"role\": \"tool\", \"content\": \"x\"}, {\"role\": \"user\", \"content\": \"q\"}]")),
                400, "unsupported_parameter", "tool messages and tool calls are not supported");
    }

    @Test
    void ignoredParametersAndTextPartsAreAccepted() throws Exception {
        Raw.Response r = post("{\"model\": \"dealbot\", \"temperature\": 0.7, \"max_tokens\": 50, \"n\": 1, \"user\": \"u1\", "
                + "\"stream_options\": {\"include_usage\": true}, \"response_format\": {\"type\": \"text\"}, \"tool_choice\": \"none\", "
                + "\"messages\": [{\"role\": \"developer\", \"content\": \"Answer in French.\"}, {\"role\": \"user\", \"content\": "
                + "[{\"type\": \"text\", \"text\": \"Until when does Microsoft hold a license to OpenAI's IP?\"}]}]}");
        org.junit.jupiter.api.Assertions.assertEquals(200, r.status(), r.body());
        org.junit.jupiter.api.Assertions.assertTrue(r.json().at("/choices/0/message/content").asText().contains("2032"), r.body());
    }
}
