package dev.dealbot.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the bilingual word lists on the classpath: one entry per line, language, word, English, tab-separated; '#' comments. */
final class WordLists {
    /** One line of a list: the language code, the word (lower case) and its English. */
    record Row(String language, String word, String english) {}

    private WordLists() {}

    /** The rows of {@code resource}; fails naming the resource and line when one is not three non-blank fields. */
    static List<Row> read(String resource, String expected) {
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            List<Row> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) throw new IllegalStateException(resource + " line " + n + ": expected " + expected);
                out.add(new Row(f[0].strip(), f[1].strip().toLowerCase(Locale.ROOT), f[2].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
