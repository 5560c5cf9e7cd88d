package dev.dealbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words a text quotes at length (three words or more between quotation marks), compared case- and apostrophe-blind. */
public final class Quotations {
    /**
     * An opening mark at the start or after a non-letter, a closing one before a non-letter; punctuation that ends the
     * asker's sentence inside the closing mark ("... where they are.'") is no part of the quote.
     */
    private static final Pattern QUOTED_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])['‘\"“]([\\p{L}][\\p{L}\\p{N}’' ,-]{8,160}?)[.,;:!?]?['’\"”](?![\\p{L}])");
    static final int MIN_WORDS = 3;

    private Quotations() {}

    /** The quoted passages of {@code text}, normalised (see {@link #normalised}). */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_WORDS.matcher(text);
        while (m.find()) {
            String words = normalised(m.group(1));
            if (words.split("\\s+").length >= MIN_WORDS) out.add(words);
        }
        return out;
    }

    /** Lower case, one kind of apostrophe, single spaces: the form in which a quote is found in an article sentence. */
    public static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    /** {@code sentence} contains every one of {@code quoted} (as {@link #of} gives them). */
    public static boolean containsAll(String sentence, List<String> quoted) {
        String lower = normalised(sentence);
        for (String q : quoted) if (!lower.contains(q)) return false;
        return true;
    }
}
