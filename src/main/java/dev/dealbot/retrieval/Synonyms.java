package dev.dealbot.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Groups of interchangeable words (stemmed), read from {@code dealbot/synonyms.txt}, for query expansion. */
final class Synonyms {
    private final Map<String, Set<String>> byTerm;

    private Synonyms(Map<String, Set<String>> byTerm) {
        this.byTerm = byTerm;
    }

    static Synonyms load() {
        String resource = "dealbot/synonyms.txt";
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(resource);
             Analyzer stemmer = new EnglishAnalyzer(CharArraySet.EMPTY_SET)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            Map<String, Set<String>> map = new HashMap<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                Set<String> group = new HashSet<>();
                for (String word : line.split(",")) group.addAll(Terms.analyze(stemmer, word.strip()));
                for (String t : group) map.computeIfAbsent(t, k -> new HashSet<>()).addAll(group);
            }
            map.forEach((t, g) -> g.remove(t));
            Map<String, Set<String>> frozen = new HashMap<>();
            map.forEach((t, g) -> frozen.put(t, Set.copyOf(g)));
            return new Synonyms(Map.copyOf(frozen));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The other stems of every group {@code term} belongs to; empty when none. */
    Set<String> of(String term) {
        return byTerm.getOrDefault(term, Set.of());
    }
}
