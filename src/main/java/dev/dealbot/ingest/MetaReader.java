package dev.dealbot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's article metadata: Open Graph ({@code og:*}, {@code article:published_time}), JSON-LD
 * ({@code NewsArticle} and its kin), {@code <time>}, {@code <h1>} and {@code <title>}, in that order of trust.
 */
final class MetaReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US));

    private MetaReader() {}

    static PageMeta read(Document doc, String pageUrl) {
        JsonNode ld = newsArticle(doc);
        String siteName = first(meta(doc, "og:site_name"), text(ld.path("publisher").path("name")));
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), text(ld.path("headline")),
                ownText(doc.selectFirst("h1")), doc.title());
        String date = first(isoDate(meta(doc, "article:published_time")), isoDate(text(ld.path("datePublished"))),
                timeElement(doc), isoDate(meta(doc, "date")));
        String author = first(authors(ld.path("author")), meta(doc, "author"), notUrl(meta(doc, "article:author")));
        String url = first(httpUrl(meta(doc, "og:url")), httpUrl(attr(doc.selectFirst("link[rel=canonical]"), "abs:href")),
                httpUrl(text(ld.path("url"))), httpUrl(pageUrl));
        return new PageMeta(withoutSiteSuffix(title, siteName), author, date, siteName, url);
    }

    /** The first JSON-LD node typed as an article, or a missing node. */
    private static JsonNode newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                for (JsonNode node : flatten(JSON.readTree(script.data()))) if (isArticle(node.path("@type"))) return node;
            } catch (java.io.IOException e) {
                // a page's broken JSON-LD is its own problem: the other metadata still counts
            }
        }
        return JSON.missingNode();
    }

    private static List<JsonNode> flatten(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isArray()) node.forEach(n -> out.addAll(flatten(n)));
        else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) out.addAll(flatten(node.get("@graph")));
        }
        return out;
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticle(t)) return true;
            return false;
        }
        String t = type.asText("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
    }

    private static String authors(JsonNode author) {
        if (author.isMissingNode() || author.isNull()) return null;
        List<JsonNode> all = new ArrayList<>();
        if (author.isArray()) author.forEach(all::add);
        else all.add(author);
        String names = all.stream().map(a -> a.isTextual() ? a.asText() : a.path("name").asText(""))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
        if (time == null) time = doc.selectFirst("time");
        if (time == null) return null;
        return first(isoDate(time.attr("datetime")), writtenDate(time.text()));
    }

    static String isoDate(String value) {
        if (value == null) return null;
        Matcher m = ISO_DAY.matcher(value.strip());
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String writtenDate(String text) {
        for (DateTimeFormatter f : WRITTEN_DATES) {
            try {
                return LocalDate.parse(text.strip(), f).toString();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static String withoutSiteSuffix(String title, String siteName) {
        if (title == null || siteName == null) return title;
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            if (title.endsWith(sep + siteName)) return title.substring(0, title.length() - sep.length() - siteName.length()).strip();
        }
        return title;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : null;
    }

    private static String ownText(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String httpUrl(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.startsWith("http://") || t.startsWith("https://") ? t : null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip().replaceAll("\\s+", " ");
        return null;
    }
}
