package dev.dealbot.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain's concepts in other languages ({@code dealbot/glossary.tsv}): how a question in Spanish, German, French,
 * Italian, Portuguese, Chinese, Japanese or Korean names a licence, revenue, a stake, an investment ... so that, with no language
 * model configured, it can still be read through the English words the articles use.
 */
final class Glossary {
    static final String RESOURCE = "dealbot/glossary.tsv";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private record Entry(String language, String start, String english) {}

    private static final List<Entry> ENTRIES = load();

    private Glossary() {}

    /** The English words for what the question says in {@code language}; empty for a language the glossary lacks. */
    static Set<String> english(String question, Language language) {
        String lower = question.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) words.add(m.group());
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : ENTRIES) {
            if (!e.language().equals(language.code())) continue;
            boolean anywhere = e.start().contains(" ") || !Character.isLetter(e.start().charAt(0))
                    || Character.UnicodeScript.of(e.start().codePointAt(0)) != Character.UnicodeScript.LATIN;
            if (anywhere ? lower.contains(e.start()) : words.stream().anyMatch(w -> w.startsWith(e.start()))) out.add(e.english());
        }
        return out;
    }

    /** The words of the question a glossary entry of {@code language} reads ("director", "ejecutivo" of "director ejecutivo"). */
    static Set<String> covered(String question, Language language) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(lower);
        List<String> words = new ArrayList<>();
        while (m.find()) words.add(m.group());
        for (Entry e : ENTRIES) {
            if (!e.language().equals(language.code())) continue;
            if (e.start().contains(" ")) {
                if (lower.contains(e.start())) out.addAll(List.of(e.start().split(" ")));
            } else for (String w : words) if (w.startsWith(e.start())) out.add(w);
        }
        return out;
    }

    private static List<Entry> load() {
        return WordLists.read(RESOURCE, "language, word start and English word").stream()
                .map(r -> new Entry(r.language(), r.word(), r.english())).toList();
    }
}
