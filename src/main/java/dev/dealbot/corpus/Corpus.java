package dev.dealbot.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The set of articles in a docs-corpus folder, with a content hash that changes when any file does. */
public final class Corpus {
    /** Article files: {@code <doc-id>.md}; the stem is the doc id used in citations. */
    public static final String EXTENSION = ".md";
    private static final Pattern DOC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Map<String, Article> articles;
    private final String contentHash;

    private Corpus(Map<String, Article> articles, String contentHash) {
        this.articles = articles;
        this.contentHash = contentHash;
    }

    /** Reads every {@code *.md} file in {@code dir}; fails with the file name on the first malformed one. */
    public static Corpus load(Path dir) {
        MessageDigest sha = sha256();
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            byte[] bytes = read(file);
            hash(sha, name, bytes);
            articles.put(docId(name), ArticleParser.parse(docId(name), name, decode(name, bytes)));
        }
        return new Corpus(Map.copyOf(articles), HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * The {@link #contentHash()} the folder would load with, without parsing anything: cheap enough to poll.
     * Fails like {@link #load} when the folder or a file name is unusable.
     */
    public static String contentHash(Path dir) {
        MessageDigest sha = sha256();
        for (Path file : files(dir)) hash(sha, file.getFileName().toString(), read(file));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) throw new CorpusException("corpus folder not found: " + dir);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus folder " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new CorpusException("corpus folder " + dir + " has no " + EXTENSION + " articles");
        for (Path file : files) docId(file.getFileName().toString());
        return files;
    }

    private static String docId(String name) {
        String docId = name.substring(0, name.length() - EXTENSION.length());
        if (!DOC_ID.matcher(docId).matches())
            throw new CorpusException(name + ": file name must be a doc id of lowercase letters, digits and '-'");
        return docId;
    }

    private static void hash(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    /** Builds a corpus from already parsed content (tests, tools). */
    public static Corpus of(Map<String, String> filesByDocId) {
        MessageDigest sha = sha256();
        Map<String, Article> articles = new LinkedHashMap<>();
        filesByDocId.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            articles.put(e.getKey(), ArticleParser.parse(e.getKey(), e.getKey() + EXTENSION, e.getValue()));
        });
        return new Corpus(Map.copyOf(articles), HexFormat.of().formatHex(sha.digest()));
    }

    public List<Article> articles() {
        return articles.values().stream().sorted((a, b) -> a.docId().compareTo(b.docId())).toList();
    }

    /** The articles' bodies and the dates they were written: where the latest dated mention tells when they were written. */
    public List<String> datedTexts() {
        List<String> texts = new java.util.ArrayList<>();
        for (Article a : articles()) {
            texts.add(a.body());
            if (a.writtenDate() != null) texts.add(a.writtenDate());
        }
        return texts;
    }

    public Optional<Article> article(String docId) {
        return Optional.ofNullable(articles.get(docId));
    }

    public String contentHash() {
        return contentHash;
    }

    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (Article a : articles()) all.addAll(a.sentences());
        return all;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(name + ": is not valid UTF-8 text");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
