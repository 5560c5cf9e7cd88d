package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough English reading of a question in German, French, Spanish, Italian or Portuguese, word by word from the
 * bilingual word list {@code dealbot/gloss.tsv} (the languages' function and question words, common verbs, months,
 * numbers, and the articles' vocabulary): "¿Cuál era la valoración de OpenAI en enero de 2023?" reads "what was the
 * valuation of OpenAI in january of 2023?". Only a question the list reads almost wholly is glossed; any other is read
 * through its anchors alone ({@link CrossLanguage}).
 */
final class Gloss {
    static final String RESOURCE = "dealbot/gloss.tsv";
    /** The share of a question's words the list (or the articles' names, or figures) must read for a gloss to stand. */
    static final double MIN_READ = 0.85;
    /** The longest phrase of the list, in words. */
    private static final int MAX_PHRASE = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,%$€'’-]*|[?¿!¡]");
    /** French and Italian elisions before a word ("l'accord", "dell'accordo", "qu'il"). */
    private static final Pattern ELISION = Pattern.compile("(?i)\\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|all|nell|sull|quest|un)['’](?=\\p{L})");

    /** Read on the first question in another language, not at start-up. */
    private static final class Words {
        static final Map<String, Map<String, String>> BY_LANGUAGE = load();
    }

    private Gloss() {}

    /** The English reading of {@code question}, or empty when its language has no list or too few of its words are read. */
    static Optional<String> english(String question, Language language, Names names) {
        Map<String, String> words = Words.BY_LANGUAGE.get(language.code());
        if (words == null || question.length() > 400) return Optional.empty();
        String spaced = ELISION.matcher(question).replaceAll("$1' ");
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(spaced);
        while (m.find()) tokens.add(m.group());
        List<String> out = new ArrayList<>();
        int wordCount = 0, read = 0;
        for (int i = 0; i < tokens.size(); ) {
            String t = tokens.get(i);
            if (t.matches("[?¿!¡]")) {
                if (t.equals("?") || t.equals("!")) out.add(t);
                i++;
                continue;
            }
            wordCount++;
            // German writes its nouns with a capital: "der" or "des" between two nouns is the genitive ("die Obergrenze der
            // Umsatzbeteiligung": the cap of the revenue share), which the list, reading the word alone, drops as an article
            if (language.code().equals("de") && (t.equals("der") || t.equals("des")) && i > 1 && i + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(i - 1).charAt(0)) && Character.isUpperCase(tokens.get(i + 1).charAt(0))) {
                read++;
                out.add("of the");
                i++;
                continue;
            }
            int took = 0;
            String english = null;
            for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 1 && english == null; n--) {
                String phrase = String.join(" ", tokens.subList(i, i + n)).toLowerCase(Locale.ROOT).replace('’', '\'');
                // an elided article keeps its apostrophe ("l'"); a word ending a clause may carry a stray one
                for (String form : List.of(phrase, phrase.replaceAll("'$", ""))) {
                    if (english == null && words.containsKey(form)) {
                        english = words.get(form);
                        took = n;
                    }
                }
            }
            if (english != null) {
                read++;
                wordCount += took - 1;
                read += took - 1;
                if (!english.equals("-")) out.add(english);
                i += took;
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT).replaceAll("['’]$", "");
            // a name the articles use or a figure ("OpenAI", "2030", "20%") stays as it is; any other word is not read
            if (names.known(lower) || Character.isDigit(t.charAt(0)) || t.startsWith("$")) read++;
            out.add(t.replaceAll("['’]$", ""));
            i++;
        }
        if (wordCount == 0 || read < MIN_READ * wordCount) return Optional.empty();
        String text = FROM_THE_YEAR.matcher(String.join(" ", out).replaceAll("\\s+([?!.,])", "$1").strip()).replaceAll("since $1");
        return text.isEmpty() ? Optional.empty() : Optional.of(Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }

    /**
     * "dal 2019", "desde 2019", "seit 2019" read word by word as "from the 2019": a year counted from is a start, as
     * English says it with "since".
     */
    private static final Pattern FROM_THE_YEAR = Pattern.compile("(?i)\\bfrom the ((?:19|20)\\d\\d)\\b");

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (WordLists.Row r : WordLists.read(RESOURCE, "language, word and English reading"))
            out.computeIfAbsent(r.language(), k -> new HashMap<>()).putIfAbsent(r.word(), r.english());
        out.replaceAll((k, v) -> Map.copyOf(v));
        return Map.copyOf(out);
    }
}
