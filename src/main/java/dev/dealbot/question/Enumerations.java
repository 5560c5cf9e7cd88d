package dev.dealbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-questions numbered in one message ("1) until when does the licence run, and 2) ...", "(a) ... (b) ...", "1. ...
 * 2. ..."): the numbers only say that several things are asked, so the message is read without them, as the same
 * questions asked one after the other.
 */
final class Enumerations {
    /** A label before a sub-question: "1)", "(2)", "a)", "(b)", "ii)", or "1." before a space; after the start or a break. */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[\\s:;,]))(?:\\(?([1-9]|[a-e]|i{1,3}|iv)\\)|(?<![\\d$.,])([1-9])\\.(?=\\s))\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> FIRST = List.of("1", "a", "i"), SECOND = List.of("2", "b", "ii");

    private Enumerations() {}

    /** {@code text} without the labels of its numbered sub-questions; {@code text} itself unless a first and a second label open them. */
    static String plain(String text) {
        Matcher m = LABEL.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            labels.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
        }
        if (labels.size() < 2 || !FIRST.contains(labels.get(0)) || SECOND.indexOf(labels.get(1)) != FIRST.indexOf(labels.get(0))) return text;
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int[] span : spans) {
            out.append(text, last, span[0]);
            last = span[1];
        }
        out.append(text.substring(last));
        String plain = out.toString().replaceAll("\\s{2,}", " ").strip();
        return plain.isEmpty() ? text : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }
}
