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
    /**
     * "put (these|the following) (events) in (chronological) order: ...", "order these chronologically: ...", "list ... in
     * order: ...", maybe with "for me" or "please" before the colon.
     */
    private static final Pattern PUT_IN_ORDER = Comparison.pattern("^(?:(?:can|could|would|will)\\s+(?:you|someone|somebody|anyone|anybody)\\s+)?(?:please\\s+)?(?:put|place|arrange|list|sort|rank|order)\\s+(?:these|this|those|the following|them)?\\s*"
            + "(?:[^:]{1,60}?\\s+)?(?:in\\s+(?:chronological|time|date)\\s+order|in\\s+order|chronologically|by date)\\s*(?:from\\s+\\w+\\s+to\\s+\\w+\\s*)?(?:(?:for\\s+(?:me|us|[^:]{1,40}?)|please)\\s*)?[:—–-]\\s*(.{10,})$");
    /** "put A, B, C and D in order", "arrange A, B and C in chronological order for me": the list before "in order". */
    private static final Pattern PUT_LIST_IN_ORDER = Comparison.pattern("^(?:(?:can|could|would|will)\\s+(?:you|someone|somebody|anyone|anybody)\\s+)?(?:please\\s+)?"
            + "(?:put|place|arrange|list|sort|order)\\s+(.{10,}?)\\s+(?:in\\s+(?:chronological|time|date)\\s+order|in\\s+order|chronologically)"
            + "(?:\\s+(?:for\\s+(?:me|us)|please))?$");
    /** "order these: ...", "sort the following — ...": a verb that itself means putting in order. */
    private static final Pattern ORDER_THESE = Comparison.pattern("^(?:please\\s+)?(?:order|sort|arrange|sequence)\\s+(?:these|the following|them)"
            + "(?:\\s+(?:events|things|items|moves|developments))?\\s*[:—–-]\\s*(.{10,})$");
    /** "in what order did A, B and C happen?". */
    private static final Pattern WHAT_ORDER = Comparison.pattern("^in\\s+what\\s+order\\s+(?:did|do|were|was)\\s+(.{10,}?)\\s+(?:happen|occur|take place|come|unfold)\\w*$");
    /** "which came first: A, B or C?", "what happened first — A, B, or C?". */
    private static final Pattern WHICH_FIRST = Comparison.pattern("^(?:which|what)\\s+(?:came|happened|occurred|was)\\s+first\\s*[,:—–-]\\s*(.{10,})$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|,\\s*(?:and|or|then)?|\\s(?:and|or|then)\\s)\\s*", Pattern.CASE_INSENSITIVE);

    /** "... and C. Which came first?", "A, B, C - what came when?": a question after the list asks what the list asks. */
    private static final Pattern TRAILING_ASK = Comparison.pattern("(?:[.?!;]|\\s[-—–]+)\\s+(?:(?:so\\s+)?(?:in\\s+)?(?:which|what|who)\\b[^.?!]{0,40}?\\b(?:first|earliest|order|last|latest)\\b"
            + "|what\\s+(?:came|happened|occurred)\\s+when\\b"
            + "|(?:and\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?when\\s+did\\s+(?:each|they|these|all)\\b)[^.?!]*[?.!]*$");

    /** "Rank from largest to smallest: A, B, C", "sort these by size: ...": figures put in order of size. */
    private static final Pattern RANK = Comparison.pattern("^(?:please\\s+)?(?:(?:can|could|would)\\s+you\\s+)?(?:rank|order|sort|list|arrange|put)\\s+"
            + "(?:these|them|the following)?\\s*(?:\\w+\\s+)?(?:(?:in\\s+order\\s+)?from\\s+(largest|biggest|highest|most|smallest|lowest|least)\\s+to\\s+\\w+"
            + "|by\\s+(?:size|amount|value))\\s*[:—–-]\\s*(.{10,})$");

    /** "Three things happened ...: A, B and C" before such a question: the list after the colon is what it orders. */
    private static final Pattern LISTED = Comparison.pattern("^[^:]{0,100}:\\s*(.{10,})$");

    private Ordering() {}

    /** The events to order, as sides of an {@link Comparison.Op#ORDER}, or null when the question orders fewer than three. */
    static Comparison of(String q) {
        Comparison c = ofText(q);
        // after a label ("Help me build a timeline: put ... in order", "For my timeline: in what order ...?")
        Matcher label = Comparison.LABEL.matcher(q);
        return c != null || !label.find() ? c : ofText(q.substring(label.end()));
    }

    private static Comparison ofText(String q) {
        Comparison bySize = bySize(q);
        if (bySize != null) return bySize;
        Matcher ask = TRAILING_ASK.matcher(q);
        boolean trailing = ask.find();
        if (trailing) q = q.substring(0, ask.start());
        for (Pattern p : trailing ? List.of(PUT_IN_ORDER, WHAT_ORDER, WHICH_FIRST, LISTED)
                : List.of(PUT_IN_ORDER, ORDER_THESE, WHAT_ORDER, WHICH_FIRST, PUT_LIST_IN_ORDER)) {
            Matcher m = p.matcher(q);
            if (!m.matches()) continue;
            List<String> events = events(m.group(1));
            // "order these: $850bn valuation, $29bn valuation, ...": sums or shares listed are ordered by size, if at all, not by date
            if (p == ORDER_THESE && events != null && events.stream().anyMatch(Ordering::writesAmount)) return null;
            return events == null ? null : new Comparison(List.copyOf(events), Kind.TIME, Comparison.Op.ORDER, false, "order", false);
        }
        return null;
    }

    /** Three or more figures to rank by size, largest first unless the question says smallest first; null when none are. */
    private static Comparison bySize(String q) {
        Matcher m = RANK.matcher(q);
        if (!m.matches()) return null;
        List<String> items = events(m.group(2));
        Kind kind = Comparison.unitKind(m.group(2).toLowerCase(java.util.Locale.ROOT));
        if (items == null || kind == Kind.NUMBER) return null;
        boolean largestFirst = m.group(1) == null || m.group(1).matches("(?i)largest|biggest|highest|most");
        return new Comparison(List.copyOf(items), kind, Comparison.Op.ORDER, largestFirst, "size", false);
    }

    /** The item writes a sum or a share ("$850bn valuation", "the 27% stake"). */
    private static boolean writesAmount(String item) {
        return dev.dealbot.text.Figures.of(item).stream().anyMatch(f -> f.type() == dev.dealbot.text.Figure.Type.MONEY
                || f.type() == dev.dealbot.text.Figure.Type.PERCENT);
    }

    /** The listed items, or null when fewer than three, or one names nothing. */
    private static List<String> events(String list) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(list.replaceAll("[?.!]+$", ""))) if (!part.isBlank()) out.add(part.strip());
        if (out.size() < 3 || out.stream().anyMatch(ev -> !Comparison.hasContent(ev) || ev.split("\\s+").length < 2)) return null;
        return out;
    }
}
