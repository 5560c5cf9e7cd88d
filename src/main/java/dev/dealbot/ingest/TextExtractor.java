package dev.dealbot.ingest;

import dev.dealbot.ingest.BodyFilter.Block;
import dev.dealbot.ingest.BodyFilter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the article out of a page saved as plain text (one paragraph per line): the first line is the title, short
 * lines before the first real paragraph are the byline, a "Related articles" or comments line ends the article,
 * and the rest goes through {@link BodyFilter}.
 */
final class TextExtractor {
    private static final Pattern END = Pattern.compile("(?i)^\\W*(?:related(?: articles?| stories| posts)?|comments?"
            + "(?: \\(\\d+\\))?|leave a (?:reply|comment)|share this (?:article|story|post))\\W*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•\\-*]\\s+");
    private static final int MAX_HEADER_WORDS = 12;

    private TextExtractor() {}

    static Extraction extract(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Dropped> dropped = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String title = null;
        boolean started = false, ended = false;
        for (String line : lines) {
            if (ended) {
                dropped.add(new Dropped("after the article's end", line));
            } else if (END.matcher(line).matches()) {
                ended = true;
                dropped.add(new Dropped("end of the article (" + line + ")", line));
            } else if (!started && !isParagraph(line) && title == null && !looksLikeText(line)) {
                title = line;
            } else if (!started && !isParagraph(line)) {
                dropped.add(new Dropped("byline or heading before the text", line));
            } else {
                started = true;
                boolean bullet = BULLET.matcher(line).find();
                String body = bullet ? BULLET.matcher(line).replaceFirst("") : line;
                Kind kind = bullet ? Kind.ITEM : isParagraph(line) ? Kind.PARAGRAPH : Kind.HEADING;
                blocks.add(new Block(kind, body, 0));
            }
        }
        PageMeta meta = new PageMeta(title, null, null, null, null);
        Extraction e = BodyFilter.filter(meta, blocks, dropped);
        if (title != null) {
            List<Dropped> all = new ArrayList<>(List.of(new Dropped("title", title)));
            all.addAll(e.dropped());
            e = new Extraction(meta, e.paragraphs(), all, e.attribution(), e.demandedSource());
        }
        return e;
    }

    /** A line of running text: ends like a sentence and is longer than a heading. */
    private static boolean isParagraph(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?\"”'’:)".indexOf(last) >= 0 && line.split("\\s+").length > MAX_HEADER_WORDS;
    }

    private static boolean looksLikeText(String line) {
        return line.split("\\s+").length > 30;
    }
}
