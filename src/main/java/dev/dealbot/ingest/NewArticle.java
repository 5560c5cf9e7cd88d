package dev.dealbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.CorpusException;
import dev.dealbot.corpus.Sentence;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An extracted article as a docs-corpus file: the YAML header in the curated files' format and the body, checked by
 * parsing it exactly as the server will. {@link #writeTo} refuses a duplicate of an article already in the folder.
 *
 * @param content the whole file
 * @param article the file as the corpus reads it
 */
public record NewArticle(String docId, String content, Article article) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Share of the new article's sentences already in one existing article that makes it a duplicate. */
    static final double DUPLICATE_SHARE = 0.8;

    /** The header fields a person may set over what the page says. */
    public record Overrides(String docId, String title, String source, String attribution) {}

    public static NewArticle of(Extraction e, Overrides o, String origin) {
        String title = first(o.title(), e.meta().title());
        if (title == null) throw new IngestException("the page has no title; pass --title");
        String attribution = first(o.attribution(), e.attribution());
        String demanded = o.attribution() == null ? e.demandedSource()
                : Attribution.find(o.attribution()).map(Attribution::source).orElse(null);
        String source = first(o.source(), demanded, e.meta().siteName(), "News report (publisher not named)");
        String docId = o.docId() != null ? o.docId() : slug(title);
        if (!docId.matches("[a-z0-9][a-z0-9-]{0,99}"))
            throw new IngestException("--id must be lowercase letters, digits and '-' (at most 100), got '" + docId + "'");
        if (e.paragraphs().isEmpty()) throw new IngestException("no article text found in " + origin);
        String notes = "Added by 'dealbot add' from " + origin + "; left out: " + summary(e) + ".";
        String content = "---\n"
                + "title: " + quote(title) + "\n"
                + "source: " + quote(source) + "\n"
                + "author: " + quote(e.meta().author()) + "\n"
                + "date: " + quote(e.meta().date()) + "\n"
                + "url: " + quote(e.meta().url()) + "\n"
                + "attribution: " + quote(attribution) + "\n"
                + "notes: " + quote(notes) + "\n"
                + "---\n\n" + String.join("\n\n", e.paragraphs()) + "\n";
        Article article;
        try {
            article = Corpus.of(Map.of(docId, content)).article(docId).orElseThrow();
        } catch (CorpusException ex) {
            throw new IngestException("the extracted article is not a valid corpus file: " + ex.getMessage(), ex);
        }
        return new NewArticle(docId, content, article);
    }

    /**
     * Writes {@code <docId>.md} into {@code dir} in one atomic step (a watching server never sees half a file).
     *
     * @throws IngestException when the file exists or an article there already has (nearly) all these sentences
     */
    public Path writeTo(Path dir) {
        Path target = dir.resolve(docId + Corpus.EXTENSION);
        if (Files.exists(target)) throw new IngestException(target + " already exists; pass --id to choose another name");
        duplicateIn(dir).ifPresent(d -> {
            throw new IngestException("not added: the same text as " + d + " already in " + dir);
        });
        Path tmp = dir.resolve("." + docId + ".adding");
        try {
            Files.writeString(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException e) {
            throw new IngestException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing left to clean when the move worked
            }
        }
        return target;
    }

    /** The existing article (doc id and overlap) holding most of this one's sentences, when that is nearly all. */
    java.util.Optional<String> duplicateIn(Path dir) {
        if (!Files.isDirectory(dir)) throw new IngestException("corpus folder not found: " + dir);
        List<Article> existing;
        try (Stream<Path> files = Files.list(dir)) {
            existing = files.anyMatch(f -> f.toString().endsWith(Corpus.EXTENSION)) ? Corpus.load(dir).articles() : List.of();
        } catch (IOException e) {
            throw new IngestException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        Set<String> mine = sentenceSet(article);
        for (Article a : existing) {
            Set<String> theirs = sentenceSet(a);
            long shared = mine.stream().filter(theirs::contains).count();
            if (shared >= DUPLICATE_SHARE * mine.size())
                return java.util.Optional.of(a.docId() + ".md (" + shared + " of " + mine.size() + " sentences)");
        }
        return java.util.Optional.empty();
    }

    private static Set<String> sentenceSet(Article a) {
        return a.sentences().stream().map(Sentence::text).map(BodyFilter::normal).collect(Collectors.toSet());
    }

    /** A doc id from a title: lowercase ASCII words joined by '-', at most 80 characters. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("&", " and ").replaceAll("['’]", "");
        StringBuilder out = new StringBuilder();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (word.isEmpty()) continue;
            if (out.length() + word.length() + 1 > 80 && !out.isEmpty()) break;
            if (!out.isEmpty()) out.append('-');
            out.append(word);
        }
        if (out.isEmpty()) throw new IngestException("cannot make a file name from the title '" + title + "'; pass --id");
        return out.toString();
    }

    private static String summary(Extraction e) {
        Map<String, Long> counts = e.dropped().stream()
                .collect(Collectors.groupingBy(Dropped::reason, java.util.TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) return "nothing";
        return counts.entrySet().stream().map(c -> c.getValue() + " × " + c.getKey()).collect(Collectors.joining(", "));
    }

    private static String quote(String value) {
        if (value == null) return "null";
        try {
            return JSON.writeValueAsString(value); // a JSON string is a valid YAML double-quoted scalar
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
