package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three or more events to put in the order they happened: "Put these in chronological order: A, B, C and D", "In
 * what order did A, B and C happen?", "Which came first: A, B or C?". Each event is a side, dated by its own
 * evidence; two events are a comparison of their own ({@link Comparison}).
 */
final class Ordering {
    /** "put (these|the following) (events) in (chronological) order: ...", "order these chronologically: ...", "list ... in order: ...". */
    private static final Pattern PUT_IN_ORDER = Comparison.pattern("^(?:(?:can|could|would|will)\\s+you\\s+)?(?:please\\s+)?(?:put|place|arrange|list|sort|rank|order)\\s+(?:these|the following|them)?\\s*"
            + "(?:\\w+\\s+)?(?:in\\s+(?:chronological|time|date)\\s+order|in\\s+order|chronologically|by date)\\s*(?:from\\s+\\w+\\s+to\\s+\\w+\\s*)?[:—–-]\\s*(.{10,})$");
    /** "in what order did A, B and C happen?". */
    private static final Pattern WHAT_ORDER = Comparison.pattern("^in\\s+what\\s+order\\s+(?:did|do|were|was)\\s+(.{10,}?)\\s+(?:happen|occur|take place|come|unfold)\\w*$");
    /** "which came first: A, B or C?", "what happened first — A, B, or C?". */
    private static final Pattern WHICH_FIRST = Comparison.pattern("^(?:which|what)\\s+(?:came|happened|occurred|was)\\s+first\\s*[,:—–-]\\s*(.{10,})$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|,\\s*(?:and|or|then)?|\\s(?:and|or|then)\\s)\\s*", Pattern.CASE_INSENSITIVE);

    /** "... and C. Which came first?": a question after the list asks what the list asks. */
    private static final Pattern TRAILING_ASK = Comparison.pattern("[.?!;]\\s+(?:so\\s+)?(?:in\\s+)?(?:which|what|who)\\b[^.?!]{0,40}?\\b(?:first|earliest|order|last|latest)\\b[^.?!]*[?.!]*$");

    /** "Three things happened ...: A, B and C" before such a question: the list after the colon is what it orders. */
    private static final Pattern LISTED = Comparison.pattern("^[^:]{0,100}:\\s*(.{10,})$");

    private Ordering() {}

    /** The events to order, as sides of an {@link Comparison.Op#ORDER}, or null when the question orders fewer than three. */
    static Comparison of(String q) {
        Matcher ask = TRAILING_ASK.matcher(q);
        boolean trailing = ask.find();
        if (trailing) q = q.substring(0, ask.start());
        for (Pattern p : trailing ? List.of(PUT_IN_ORDER, WHAT_ORDER, WHICH_FIRST, LISTED) : List.of(PUT_IN_ORDER, WHAT_ORDER, WHICH_FIRST)) {
            Matcher m = p.matcher(q);
            if (!m.matches()) continue;
            List<String> events = new ArrayList<>();
            for (String part : SEPARATOR.split(m.group(1).replaceAll("[?.!]+$", "")))
                if (!part.isBlank()) events.add(part.strip());
            if (events.size() < 3 || events.stream().anyMatch(ev -> !Comparison.hasContent(ev) || ev.split("\\s+").length < 2)) return null;
            return new Comparison(List.copyOf(events), Kind.TIME, Comparison.Op.ORDER, false, "order", false);
        }
        return null;
    }
}
