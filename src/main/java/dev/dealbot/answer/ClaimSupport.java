package dev.dealbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether cited passage text can back a claim of the model: every figure of the claim ("49%", "$13 billion" → 13)
 * must occur among the figures of the text, and every capitalised word that does not start a sentence
 * ("Satya", "Nadella") must occur in it as a whole word, ignoring case, or as a known alias (AWS for Amazon).
 */
final class ClaimSupport {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Names an article may use for one another; an alias may be a phrase. */
    private static final Map<String, List<String>> ALIASES = Map.of("aws", List.of("amazon"), "amazon", List.of("aws"),
            "ip", List.of("intellectual property"), "agi", List.of("artificial general intelligence"));
    /** Figures articles spell out ("seven years"), so a claim may give them in digits. */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"));

    private ClaimSupport() {}

    /** What the claim states that {@code evidence} does not: missing figures and names, in claim order. */
    static List<String> unsupported(String claimWithMarkers, String evidence) {
        String claim = GroundedAnswer.MARKER.matcher(claimWithMarkers).replaceAll(""); // [2] is no figure
        Set<String> figures = figures(evidence);
        String words = " " + String.join(" ", words(evidence)) + " ";
        List<String> out = new ArrayList<>();
        for (String f : SentenceTable.numbers(claim)) if (!figures.contains(f)) out.add(f);
        for (String name : names(claim)) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (words.contains(" " + lower + " ")) continue;
            if (ALIASES.getOrDefault(lower, List.of()).stream().noneMatch(a -> words.contains(" " + a + " "))) out.add(name);
        }
        return out;
    }

    /** Capitalised words of the claim except the one opening a sentence, and "I". */
    static List<String> names(String claim) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(claim);
        while (m.find()) if (!m.group().equals("I") && !startsSentence(claim, m.start())) out.add(m.group());
        return out;
    }

    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>(SentenceTable.numbers(text));
        for (String w : words(text)) if (NUMBER_WORDS.containsKey(w)) out.add(NUMBER_WORDS.get(w));
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(-–•*".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".?!:".indexOf(text.charAt(i)) >= 0;
    }
}
