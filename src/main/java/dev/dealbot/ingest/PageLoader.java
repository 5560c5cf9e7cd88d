package dev.dealbot.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a page to add: a local {@code .html}/{@code .htm} or {@code .txt} file, or an http(s) URL fetched with a
 * timeout, a size cap and a content-type check (HTML or plain text only), and extracts its article.
 */
public final class PageLoader {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    private final Duration timeout;
    private final long maxBytes;

    public PageLoader(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Reads {@code location} (a file path or an http(s) URL) and extracts its article. */
    public Extraction extract(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) return fetch(location);
        if (location.contains("://")) throw new IngestException("only http and https URLs can be fetched, not " + location);
        return read(Path.of(location));
    }

    private Extraction read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".txt"))
            throw new IngestException(file + ": pass an .html, .htm or .txt file (or an http(s) URL)");
        if (!Files.isRegularFile(file)) throw new IngestException(file + ": file not found");
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) throw new IngestException(file + ": larger than " + (maxBytes >> 10) + " KiB");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!html) return TextExtractor.extract(new String(bytes, StandardCharsets.UTF_8));
        return HtmlExtractor.extract(parse(bytes, null, ""), null);
    }

    private Extraction fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IngestException("not a valid URL: " + url);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8")
                .header("User-Agent", "dealbot-add/1.0").build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200)
                    throw new IngestException(url + ": the server answered HTTP " + response.statusCode());
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
                if (!html && !type.startsWith("text/plain"))
                    throw new IngestException(url + ": content type '" + type + "' is not a web page (text/html or text/plain)");
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) throw tooLarge(url);
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw tooLarge(url);
                String charset = charset(type);
                String finalUrl = response.uri().toString();
                if (!html) return TextExtractor.extract(new String(bytes, charset == null ? "UTF-8" : charset));
                return HtmlExtractor.extract(parse(bytes, charset, finalUrl), finalUrl);
            }
        } catch (HttpTimeoutException e) {
            throw new IngestException(url + ": no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new IngestException(url + ": cannot fetch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(url + ": interrupted", e);
        }
    }

    private IngestException tooLarge(String url) {
        return new IngestException(url + ": the page is larger than " + (maxBytes >> 10) + " KiB");
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                String c = p.substring(8).replace("\"", "").strip();
                try {
                    return java.nio.charset.Charset.isSupported(c) ? c : null;
                } catch (IllegalArgumentException e) { // an illegal charset name: let jsoup detect it
                    return null;
                }
            }
        }
        return null;
    }

    private static Document parse(byte[] bytes, String charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException e) {
            throw new IngestException("cannot parse the page: " + e.getMessage(), e);
        }
    }
}
