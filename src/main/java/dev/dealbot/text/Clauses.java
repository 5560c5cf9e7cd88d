package dev.dealbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses that can each state their own fact: "The new deal releases Microsoft from ...,
 * while still requiring OpenAI to share revenue with Microsoft" is two facts with opposite polarity.
 */
public final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            ";|\\s[—–]\\s|,\\s*(?=(while|whereas|but|although|though|albeit|however|yet|which|who|whose)\\b)|\\.\\s+(?=\\p{Lu})"
                    // "... will continue until 2030 but will now be subject to a cap": "but" before a verb starts a clause
                    + "|\\s+(?=but\\s+(will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|also|still|now)\\b)");

    private Clauses() {}

    /** The clause spans of {@code text} as {start, end} pairs, in order, each non-empty. */
    public static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start && !text.substring(start, m.start()).isBlank()) out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new int[] {start, text.length()});
        return out;
    }
}
