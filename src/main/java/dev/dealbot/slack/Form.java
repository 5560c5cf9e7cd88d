package dev.dealbot.slack;

import dev.dealbot.http.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body, parsed from the raw text that was signature-checked. */
record Form(Map<String, String> fields) {
    Form {
        fields = Map.copyOf(fields);
    }

    /** Parses {@code body}; the first value of a repeated field wins. Bad percent-encoding is a 400. */
    static Form parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) return new Form(fields);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return new Form(fields);
    }

    /** The field's value, or "" when absent. */
    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_form", "the form body is not valid application/x-www-form-urlencoded");
        }
    }
}
