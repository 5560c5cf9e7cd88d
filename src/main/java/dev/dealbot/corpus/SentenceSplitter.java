package dev.dealbot.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits paragraphs into verbatim sentences; headings and list markers are not sentences. */
final class SentenceSplitter {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-*]|\\d+[.)])\\s+");
    private static final int MAX_HEADING_WORDS = 12;

    private SentenceSplitter() {}

    static List<Sentence> split(String docId, List<String> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String line : paragraphs.get(p).split("\n")) {
                String text = BULLET.matcher(line).replaceFirst("").strip();
                if (text.isEmpty() || isHeading(text)) continue;
                for (String s : sentences(text)) out.add(new Sentence(docId, out.size(), p, s));
            }
        }
        return out;
    }

    static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        boolean terminated = ".!?\"”'’:)".indexOf(last) >= 0;
        return !terminated && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (s.isEmpty()) continue;
            // BreakIterator splits after abbreviations like "U.S." followed by a capital; rejoin very short pieces.
            if (!out.isEmpty() && s.length() < 4) out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            else out.add(s);
        }
        return out;
    }
}
