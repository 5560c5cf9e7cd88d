package dev.dealbot.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** One chat message: its role and its text (string content, or the text parts of an array of content parts). */
record Message(String role, String text) {
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");

    static Message of(JsonNode node, String where) {
        if (node == null || !node.isObject())
            throw OpenAiError.invalid(where, "invalid_type", where + " must be an object like {\"role\": \"user\", \"content\": \"...\"}");
        JsonNode roleNode = node.get("role");
        if (roleNode == null || !roleNode.isTextual())
            throw OpenAiError.invalid(where + ".role", "invalid_type", where + ".role must be a string: \"user\", \"assistant\" or \"system\"");
        String role = roleNode.textValue();
        if (role.equals("tool") || role.equals("function") || node.has("tool_calls") && !node.get("tool_calls").isNull()
                || node.has("function_call") && !node.get("function_call").isNull())
            throw OpenAiError.unsupported(where + ".role", "tool messages and tool calls are not supported: dealbot "
                    + "does not call tools; send user and assistant messages only");
        if (!ROLES.contains(role))
            throw OpenAiError.invalid(where + ".role", "invalid_value", where + ".role must be \"user\", \"assistant\", "
                    + "\"system\" or \"developer\"");
        return new Message(role, text(node.get("content"), where + ".content", role));
    }

    private static String text(JsonNode content, String where, String role) {
        if (content == null || content.isNull()) {
            if (role.equals("assistant")) return "";
            throw OpenAiError.invalid(where, "missing_required_parameter", where + " is required");
        }
        if (content.isTextual()) return content.textValue();
        if (!content.isArray())
            throw OpenAiError.invalid(where, "invalid_type", where + " must be a string or an array of text parts");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < content.size(); i++) {
            JsonNode part = content.get(i);
            String type = part.path("type").asText("");
            if (!type.equals("text")) {
                if (type.equals("image_url") || type.equals("input_audio") || type.equals("file") || type.equals("refusal"))
                    throw OpenAiError.unsupported(where + "[" + i + "]", (type.equals("image_url") ? "images"
                            : type.equals("input_audio") ? "audio" : type.equals("file") ? "files" : "refusal parts")
                            + " are not supported: dealbot answers text questions from its articles; send text only");
                throw OpenAiError.invalid(where + "[" + i + "]", "invalid_value", where + "[" + i + "] must be "
                        + "{\"type\": \"text\", \"text\": \"...\"}");
            }
            JsonNode text = part.get("text");
            if (text == null || !text.isTextual())
                throw OpenAiError.invalid(where + "[" + i + "].text", "invalid_type", where + "[" + i + "].text must be a string");
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(text.textValue());
        }
        return sb.toString();
    }
}
