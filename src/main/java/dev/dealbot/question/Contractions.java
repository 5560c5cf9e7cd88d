package dev.dealbot.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contractions typed without their apostrophe ("whats", "doesnt", "wasnt") get it back, so "what's" reads as "what
 * is" and "wasn't" as a negation rather than as unknown words. "its" stays: it is a word of its own.
 */
final class Contractions {
    private static final Pattern IS = Pattern.compile("\\b(what|who|where|how|when|that|there|here)s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT = Pattern.compile(
            "\\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|wo|ca)nt\\b", Pattern.CASE_INSENSITIVE);

    private Contractions() {}

    static String restore(String text) {
        String out = replace(IS.matcher(text), "'s");
        return replace(NOT.matcher(out), "n't");
    }

    private static String replace(Matcher m, String suffix) {
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + suffix));
        return m.appendTail(out).toString();
    }
}
