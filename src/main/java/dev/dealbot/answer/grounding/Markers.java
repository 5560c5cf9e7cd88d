package dev.dealbot.answer.grounding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers in answer text: {@code [1]}, {@code [1, 2]}, {@code [1; 3]}, {@code [2-4]}, and the sentences they end. */
final class Markers {
    /** A marker with the space before it. */
    static final Pattern MARKER = Pattern.compile("(\\s*)\\[(\\s*\\d{1,3}(?:\\s*(?:[,;–-]|and)\\s*\\d{1,3})*\\s*)]");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?][\"'”’)]*(?:\\s*\\[\\s*\\d{1,3}(?:\\s*(?:[,;–-]|and)\\s*\\d{1,3})*\\s*])*(?=\\s|$)");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");

    private Markers() {}

    /** The text without markers. */
    static String strip(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    /** The cited numbers of a marker's inside, in order, ranges expanded, those outside 1..k dropped. */
    static List<Integer> numbers(String group, int k) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = NUMBER_OR_RANGE.matcher(group);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || to - from > k) to = from;
            for (int n = from; n <= to; n++) if (n >= 1 && n <= k) out.add(n);
        }
        return List.copyOf(out);
    }

    /**
     * Spans of the text's sentences; markers right after a full stop (or the closing quote after it: 'they are." [1]')
     * belong to the sentence before them.
     */
    static List<int[]> sentenceSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            spans.add(new int[] {start, end.end()});
            start = end.end();
        }
        if (start < text.length()) spans.add(new int[] {start, text.length()});
        return spans;
    }
}
