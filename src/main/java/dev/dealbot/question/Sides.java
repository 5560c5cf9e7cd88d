package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;

/** The two sides of a comparison as questions of their own: a side that only names a party takes the other side's words. */
final class Sides {
    private Sides() {}

    static List<String> complete(List<String> sides, Names names) {
        String a = trim(sides.get(0)), b = trim(sides.get(1));
        // "is Amazon's first tranche more than a third of its total investment?": "its" is the owner the other side names
        a = ownersIts(a, b, names);
        b = ownersIts(b, a, names);
        a = modified(a, b, names);
        b = modified(b, a, names);
        a = oneAs(a, b, names);
        b = oneAs(b, a, names);
        a = totalAs(a, b, names);
        b = totalAs(b, a, names);
        a = timeAlone(a, b);
        b = timeAlone(b, a);
        List<String> out = new java.util.ArrayList<>(List.of(onlyNames(a, names) ? a + " " + withoutNames(b, names) : a,
                onlyNames(b, names) ? b + " " + withoutNames(a, names) : b));
        for (String more : sides.subList(2, sides.size())) out.add(trim(more)); // a figure checked against, as written
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("\\b(\\p{L}+)['’]s\\b");
    private static final java.util.regex.Pattern ITS = java.util.regex.Pattern.compile("\\bits\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** {@code side}'s "its" as the owner {@code other} names, when {@code side} names no party of its own. */
    private static String ownersIts(String side, String other, Names names) {
        if (!ITS.matcher(side).find() || !names.parties(side).isEmpty()) return side;
        var m = OWNER.matcher(other);
        while (m.find()) {
            String owner = m.group(1);
            if (names.known(owner.toLowerCase(Locale.ROOT)) && names.party(owner.toLowerCase(Locale.ROOT)))
                return ITS.matcher(side).replaceFirst(java.util.regex.Matcher.quoteReplacement(m.group()));
        }
        return side;
    }

    private static final java.util.regex.Pattern DETERMINED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:its|the|their|his|her|\\p{L}+['’]s)\\s+(\\p{L}+)\\b");

    /**
     * "Microsoft's ownership share then vs its share now": a side that names the other side's thing by its head alone
     * (after "its", "the" or the other side's owner) means the same thing, and takes the word the other side writes before
     * the head.
     */
    private static String modified(String side, String other, Names names) {
        var m = DETERMINED.matcher(side);
        while (m.find()) {
            String head = m.group(1);
            if (names.known(head.toLowerCase(Locale.ROOT)) || head.length() < 4) continue;
            // another owner's thing is its own ("Amazon's investment" against "Microsoft's total investment")
            String determiner = side.substring(m.start(), m.start(1)).strip();
            if (determiner.matches(".*['’]s") && !other.contains(determiner)) continue;
            var before = java.util.regex.Pattern.compile("(?i)\\b(\\p{L}{4,})\\s+" + java.util.regex.Pattern.quote(head) + "\\b").matcher(other);
            if (!before.find()) continue;
            String modifier = before.group(1);
            String lower = modifier.toLowerCase(Locale.ROOT);
            if (names.known(lower) || Terms.isFunctionWord(lower) || side.toLowerCase(Locale.ROOT).contains(lower)) continue;
            return side.substring(0, m.start(1)) + modifier + " " + side.substring(m.start(1));
        }
        return side;
    }

    private static final java.util.regex.Pattern ONE = java.util.regex.Pattern.compile("(?i)\\b(?:the|its|their|this|that)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,2}?(one)\\b");

    /** "the $29 billion valuation" against "the one today": "one" stands for the other side's thing, the noun it ends on. */
    private static String oneAs(String side, String other, Names names) {
        var m = ONE.matcher(side);
        if (!m.find()) return side;
        String head = null;
        for (String w : other.split("[^\\p{L}]+"))
            if (w.length() >= 4 && !names.known(w.toLowerCase(Locale.ROOT)) && !Terms.isFunctionWord(w.toLowerCase(Locale.ROOT))) head = w;
        if (head == null || !other.strip().endsWith(head)) return side;
        return side.substring(0, m.start(1)) + head + side.substring(m.end(1));
    }

    /**
     * A party's word for a quantity of something unnamed ("Microsoft's total since 2019"), not followed by what it is of;
     * "the total" alone is the whole the question speaks of.
     */
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:its|their|\\p{L}+['’]s)\\s+(?:overall\\s+|cumulative\\s+)?(total|sum|figure|amount)\\b(?!\\s+of\\b)");

    /**
     * "Amazon's investment" against "Microsoft's total since 2019": a side that names only a quantity is of the other
     * side's thing, the last word of it that is no name ("Microsoft's total investment since 2019").
     */
    private static String totalAs(String side, String other, Names names) {
        var m = TOTAL.matcher(side);
        if (!m.find()) return side;
        String rest = side.substring(m.end(1)).stripLeading();
        String next = rest.isEmpty() ? "" : rest.split("[^\\p{L}]+")[0].toLowerCase(Locale.ROOT);
        // "the total investment" names what it is of; "total since 2019", "total now" do not
        if (!next.isEmpty() && !Terms.isFunctionWord(next) && !names.known(next) && !AFTER_QUANTITY.matcher(next).matches()) return side;
        String head = null;
        for (String w : other.split("[^\\p{L}]+"))
            if (w.length() >= 4 && !names.known(w.toLowerCase(Locale.ROOT)) && !Terms.isFunctionWord(w.toLowerCase(Locale.ROOT))
                    && !TOTAL_WORD.matcher(w).matches()) head = w;
        return head == null ? side : side.substring(0, m.end(1)) + " " + head + side.substring(m.end(1));
    }

    private static final java.util.regex.Pattern AFTER_QUANTITY = java.util.regex.Pattern.compile(
            "since|in|at|as|from|to|until|through|by|for|over|so|now|then|today|currently|invested|paid|put|committed|given");
    private static final java.util.regex.Pattern TOTAL_WORD = java.util.regex.Pattern.compile("(?i)total|sum|figure|amount|overall|cumulative");

    private static final java.util.regex.Pattern TIME_ONLY = java.util.regex.Pattern.compile("(?i)^(?:back\\s+)?(?:in|on|at|during|as of|around)\\s+"
            + "(?:(?:early|mid|late)[- ]?)?(?:(?:" + dev.dealbot.text.CalendarDates.MONTH_NAMES + ")"
            + "(?:\\s+\\d{1,2})?,?\\s*)?(?:\\d{4})?$");
    /** Words of the present time ("the valuation now"). */
    static final String NOW_WORDS = "now|today|currently|at present|these days";
    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile("(?i)\\s*\\b(?:" + NOW_WORDS + ")\\b");

    /**
     * "OpenAI's valuation now" against "in January 2023": a side that is only a date is the other side's thing then,
     * without the other's "now".
     */
    static String timeAlone(String side, String other) {
        if (!TIME_ONLY.matcher(side).matches() || side.matches("(?i)^(?:back\\s+)?\\w+\\s*$")) return side;
        String thing = NOW.matcher(other).replaceAll("").strip();
        return thing.isEmpty() || TIME_ONLY.matcher(other).matches() ? side : thing + " " + side;
    }

    private static String trim(String side) {
        return side.strip().replaceAll("^[,;:—–-]+|[,;:—–-]+$", "").strip();
    }

    private static boolean onlyNames(String side, Names names) {
        for (String w : side.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty() && !names.known(w) && !w.matches("the|a|an|did|does|do|of|in|to|for|with|s")) return false;
        return true;
    }

    private static String withoutNames(String side, Names names) {
        StringBuilder out = new StringBuilder();
        for (String w : side.split("\\s+"))
            if (!names.known(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("\\W+$", ""))) out.append(w).append(' ');
        return out.toString().strip();
    }
}
