package dev.dealbot.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses one docs-corpus file: a {@code ---} delimited YAML header (title, source, author, date, url,
 * attribution, notes) followed by the article body, paragraphs separated by blank lines.
 */
final class ArticleParser {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Header(@JsonProperty("title") String title, @JsonProperty("source") String source,
            @JsonProperty("author") String author, @JsonProperty("date") String date, @JsonProperty("url") String url,
            @JsonProperty("attribution") String attribution, @JsonProperty("notes") String notes) {}

    private ArticleParser() {}

    static Article parse(String docId, String fileName, String content) {
        String text = content.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) throw fail(fileName, "must start with a '---' line opening the metadata header");
        int close = text.indexOf("\n---\n", 3);
        if (close < 0) throw fail(fileName, "the metadata header is not closed by a '---' line");
        Header header = readHeader(fileName, text.substring(4, close + 1));
        require(fileName, "title", header.title());
        require(fileName, "source", header.source());
        if (header.date() != null) {
            try {
                LocalDate.parse(header.date());
            } catch (DateTimeParseException e) {
                throw fail(fileName, "'date' must be an ISO date like 2026-04-27, got '" + header.date() + "'");
            }
        }
        if (header.url() != null && !isHttpUrl(header.url()))
            throw fail(fileName, "'url' must be an http(s) URL, got '" + header.url() + "'");
        String body = text.substring(close + 5).strip();
        if (body.isEmpty()) throw fail(fileName, "the article body after the header is empty");
        List<String> paragraphs = Arrays.stream(body.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<Sentence> sentences = SentenceSplitter.split(docId, paragraphs);
        if (sentences.isEmpty()) throw fail(fileName, "the body has no sentences");
        return new Article(docId, header.title().strip(), header.source().strip(), blankToNull(header.author()),
                header.date(), blankToNull(header.url()), blankToNull(header.attribution()), body, sentences);
    }

    private static Header readHeader(String fileName, String yaml) {
        try {
            Header h = YAML.readValue(yaml, Header.class);
            if (h == null) throw fail(fileName, "the metadata header is empty");
            return h;
        } catch (UnrecognizedPropertyException e) {
            throw fail(fileName, "unknown metadata field '" + e.getPropertyName()
                    + "' (allowed: title, source, author, date, url, attribution, notes)");
        } catch (JsonMappingException e) {
            throw fail(fileName, "invalid metadata header: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fail(fileName, "the metadata header is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void require(String fileName, String field, String value) {
        if (value == null || value.isBlank()) throw fail(fileName, "metadata field '" + field + "' is required");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static CorpusException fail(String fileName, String problem) {
        return new CorpusException(fileName + ": " + problem);
    }
}
