package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Nouns that name an amount (revenue, valuation, price, headcount): "What is X's revenue?" asks for a figure about
 * that thing, as "how much revenue ...?" does.
 */
public final class Quantities {
    /** Sums and shares: answered by money or a percentage. */
    private static final Set<String> AMOUNTS = Set.of("revenue", "revenues", "sales", "income", "profit", "profits",
            "earnings", "valuation", "value", "worth", "price", "prices", "cost", "costs", "budget", "salary", "salaries",
            "funding", "investment", "investments", "debt", "debts", "loss", "losses", "stake", "capitalization",
            "capitalisation", "spending", "spend", "fee", "fees", "payment", "payments", "gain", "gains", "compensation");
    /** Counts: answered by a number. */
    private static final Set<String> COUNTS = Set.of("headcount", "employees", "staff", "workforce", "users", "customers",
            "subscribers", "members", "population");

    private Quantities() {}

    /** "percent of", "share of", "what % of": words that ask for a part of a whole named after them. */
    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
            "(?:\\bpercent(?:age)?|%|\\bshare|\\bproportion|\\bfraction|\\bportion)\\s+of\\s+((?:[\\w'’-]+\\s*){1,4})",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The amount a question asks a part of ("what percent of its revenue", "what share of OpenAI's total sales" →
     * revenue, sales: among the next few words), or null when the part is of something else (a company: a stake) or it
     * asks for no part.
     */
    public static String wholeOf(String question) {
        var m = PART_OF.matcher(question);
        while (m.find())
            for (String word : m.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                if (AMOUNTS.contains(word)) return word;
        return null;
    }

    static boolean is(String word) {
        return AMOUNTS.contains(word) || COUNTS.contains(word);
    }

    /** {@code kinds} plus the kind of figure that measures {@code word}. */
    static Set<Kind> withKind(Set<Kind> kinds, String word) {
        Set<Kind> out = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
        out.add(Kind.NUMBER);
        if (AMOUNTS.contains(word)) out.add(Kind.AMOUNT);
        return out;
    }
}
