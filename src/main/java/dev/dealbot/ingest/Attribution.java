package dev.dealbot.ingest;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publisher's demand on how citations name it, e.g. {@code All AI citations must indicate the source as "Wedoany".}
 */
record Attribution(String sentence, String source) {
    private static final String QUOTED = "[\"“'‘]([^\"”'’\\n]{1,80})[\"”'’]";
    private static final Pattern DEMAND = Pattern.compile("(?i)\\b(?:citations?|quotes?|quotations?|reproductions?|"
            + "reprints?|references?)\\b[^.!?]{0,60}?\\b(?:must|should|shall|are required to|please)\\b[^.!?]{0,40}?"
            + "\\b(?:indicate|state|name|show|credit|cite|mark|attribute|give)\\b[^.!?]{0,30}?\\bsource\\b[^.!?]{0,12}?"
            + "\\bas\\s+" + QUOTED);

    /** The first demand in {@code text}, with the whole sentence that makes it. */
    static Optional<Attribution> find(String text) {
        Matcher m = DEMAND.matcher(text);
        if (!m.find()) return Optional.empty();
        String source = m.group(1).strip();
        if (source.isEmpty()) return Optional.empty();
        return Optional.of(new Attribution(sentenceAround(text, m.start(), m.end()), source));
    }

    private static String sentenceAround(String text, int from, int to) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
        it.setText(text);
        int start = it.preceding(Math.min(from + 1, text.length()));
        if (start == BreakIterator.DONE) start = 0;
        int end = it.following(Math.max(to - 1, 0));
        if (end == BreakIterator.DONE) end = text.length();
        return text.substring(start, end).strip();
    }
}
