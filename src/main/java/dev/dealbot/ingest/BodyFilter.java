package dev.dealbot.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which of a page's text blocks are the article: drops boilerplate lines, link lists (teasers), the title,
 * paragraphs repeated verbatim or truncated repeats of an earlier one, and headings with no text after them; takes
 * an attribution demand out of the body into the article's metadata. Kept text is never changed.
 */
final class BodyFilter {
    enum Kind { PARAGRAPH, HEADING, ITEM }

    /** One block of text; {@code linkShare} is how much of it is link text (0 to 1). */
    record Block(Kind kind, String text, double linkShare) {}

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\W*(?:share(?: this| on)?(?: article| story| post"
            + "| page)?|leave a (?:reply|comment)|(?:\\d+ )?comments?(?: \\(\\d+\\))?|no comments yet.*|be the first to "
            + "comment.*|your email address will not be published.*|required fields are marked.*|related(?: articles?"
            + "| stories| posts| news| special topic recommendations| content)?|read more|recommended(?: for you)?|"
            + "advertisement|subscribe.*|sign up.*|newsletter|\\d+\\s*/\\s*\\d+|home|article image|image|photo|"
            + "source:.*|tags?:.*|follow us.*|print|email|copy link)\\W*$");
    private static final int MIN_TRUNCATED = 10;

    private BodyFilter() {}

    static Extraction filter(PageMeta meta, List<Block> blocks, List<Dropped> alreadyDropped) {
        List<Dropped> dropped = new ArrayList<>(alreadyDropped);
        List<Block> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String title = meta.title() == null ? null : normal(meta.title());
        Attribution attribution = null;
        for (Block b : blocks) {
            String text = b.text().strip();
            if (text.isEmpty()) continue;
            String n = normal(text);
            Optional<Attribution> demand = Attribution.find(text);
            if (demand.isPresent()) {
                if (attribution == null) attribution = demand.get();
                dropped.add(new Dropped("attribution notice", text));
            } else if (BOILERPLATE.matcher(text).matches()) {
                dropped.add(new Dropped("page furniture", text));
            } else if (n.equals(title)) {
                dropped.add(new Dropped("title", text));
            } else if (b.linkShare() > 0.5) {
                dropped.add(new Dropped("link (teaser or navigation)", text));
            } else if (!seen.add(n)) {
                dropped.add(new Dropped("repeated paragraph", text));
            } else if (b.kind() != Kind.HEADING && text.length() >= MIN_TRUNCATED && isPartOfKept(n, kept)) {
                dropped.add(new Dropped("truncated repeat", text));
            } else {
                kept.add(new Block(b.kind(), text, b.linkShare()));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            boolean orphan = b.kind() == Kind.HEADING && (i + 1 == kept.size() || kept.get(i + 1).kind() == Kind.HEADING);
            if (orphan) dropped.add(new Dropped("heading with no text under it", b.text()));
            else paragraphs.add(b.kind() == Kind.ITEM ? "  • " + b.text() : b.text());
        }
        return new Extraction(meta, paragraphs, dropped, attribution == null ? null : attribution.sentence(),
                attribution == null ? null : attribution.source());
    }

    private static boolean isPartOfKept(String n, List<Block> kept) {
        for (Block k : kept) {
            String other = normal(k.text());
            if (other.length() > n.length() && other.contains(n)) return true;
        }
        return false;
    }

    static String normal(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
