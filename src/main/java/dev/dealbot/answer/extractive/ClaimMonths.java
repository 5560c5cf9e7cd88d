package dev.dealbot.answer.extractive;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a claim dates its figure by ("Microsoft invested $50 billion in February"): a sentence that corrects the
 * figure, or shows whose it is, tells of the same event only if it names one of them too. "May" counts only written
 * as a name.
 */
final class ClaimMonths {
    private static final Pattern MONTH = Pattern.compile("\\b(january|february|march|april|june|july|august|september|october|november|december)\\b"
            + "|\\b(May)\\b", Pattern.CASE_INSENSITIVE);

    private ClaimMonths() {}

    /** The months a claim names besides the one its figure is a day of ("May 27" is the figure itself), lower case. */
    static Set<String> of(String claim, dev.dealbot.text.Figure figure) {
        Set<String> out = of(claim.replace(figure.text(), " "));
        if (figure.day()) out.remove(figure.month()); // the claim may keep the day's month without its day
        return out;
    }

    /** The months {@code text} names, lower case. */
    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Matcher m = MONTH.matcher(text); m.find(); )
            if (m.group(1) != null || m.group(2).equals("May")) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** {@code quote} names one of {@code months}, or there are none to name. */
    static boolean named(Set<String> months, String quote) {
        return months.isEmpty() || !java.util.Collections.disjoint(months, of(quote));
    }

    private static final Pattern DATED = Pattern.compile("\\b((?:early|mid|late|mid-)[\\s-]*)?(january|february|march|april|june|july|august|september|"
            + "october|november|december)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * How {@code quote} dates its event ("late February") when it names a month but none of {@code claimed}: the claim's
     * month is then wrong. Null when the claim names no month, the quote names one of them, or none.
     */
    /** The part of a month {@code text} first dates by ("early", "mid", "late"), lower case; null when it names none. */
    static String part(String text) {
        for (Matcher m = DATED.matcher(text); m.find(); )
            if (m.group(1) != null) return m.group(1).replaceAll("[\\s-]+", "").toLowerCase(Locale.ROOT);
        return null;
    }

    static String otherMonth(Set<String> claimed, String quote) {
        if (claimed.isEmpty() || named(claimed, quote)) return null;
        Matcher m = DATED.matcher(quote);
        return m.find() ? m.group().strip() : null;
    }
}
