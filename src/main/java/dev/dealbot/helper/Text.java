package dev.dealbot.helper;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises user text at the boundary. */
public final class Text {
    /**
     * Characters that show as nothing and split words: format controls (zero-width spaces, joiners, direction marks,
     * tags), the combining grapheme joiner U+034F, variation selectors, Hangul and Khmer fillers, Mongolian free
     * variation selectors and the reserved U+FFF0..U+FFF8.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u17B4\\u17B5"
            + "\\u180B-\\u180F\\u3164\\uFE00-\\uFE0F\\uFFA0\\uFFF0-\\uFFF8\\x{E0100}-\\x{E01EF}]");
    /** Something a reader can see on its own: a letter, digit, symbol or punctuation mark. */
    private static final Pattern VISIBLE = Pattern.compile("[\\p{L}\\p{N}\\p{S}\\p{P}]");

    private Text() {}

    /**
     * {@code s} in Unicode compatibility form (NFKC: full-width letters, ligatures and no-break spaces become their
     * plain forms), without invisible characters, trimmed.
     */
    public static String clean(String s) {
        String normalised = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return INVISIBLE.matcher(normalised).replaceAll("").strip();
    }

    /**
     * True when {@code s} has nothing to read: empty, or only spaces, combining marks on no letter, private-use or
     * unassigned code points (what {@link #clean} leaves of a question made of invisible characters).
     */
    public static boolean isEmpty(String s) {
        return !VISIBLE.matcher(s).find();
    }
}
