package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Nouns that name an amount (revenue, valuation, price, headcount): "What is X's revenue?" asks for a figure about
 * that thing, as "how much revenue ...?" does.
 */
final class Quantities {
    /** Sums and shares: answered by money or a percentage. */
    private static final Set<String> AMOUNTS = Set.of("revenue", "revenues", "sales", "income", "profit", "profits",
            "earnings", "valuation", "value", "worth", "price", "prices", "cost", "costs", "budget", "salary", "salaries",
            "funding", "investment", "investments", "debt", "debts", "loss", "losses", "stake", "capitalization",
            "capitalisation", "spending", "spend", "fee", "fees", "payment", "payments", "gain", "gains", "compensation");
    /** Counts: answered by a number. */
    private static final Set<String> COUNTS = Set.of("headcount", "employees", "staff", "workforce", "users", "customers",
            "subscribers", "members", "population");

    private Quantities() {}

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
