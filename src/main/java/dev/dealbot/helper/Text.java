package dev.dealbot.helper;

import java.util.regex.Pattern;

/** Normalises user text at the boundary. */
public final class Text {
    /** Zero-width spaces, joiners and direction marks: invisible, and they split words. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private Text() {}

    /** {@code s} without invisible format characters, trimmed. */
    public static String clean(String s) {
        return INVISIBLE.matcher(s).replaceAll("").strip();
    }
}
