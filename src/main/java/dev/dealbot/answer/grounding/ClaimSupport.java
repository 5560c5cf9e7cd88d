package dev.dealbot.answer.grounding;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether evidence text can back a claim: every figure the claim writes in digits ("49%", "$13 billion") must be
 * a figure of the evidence, the difference of two of its figures of one kind (the bot may say "2 years apart"
 * of 2030 and 2032), a percentage one of them is of the other ("30%" of $15 billion and $50 billion), or how many times
 * one is the other ("29.3" of $850 billion and $29 billion), or, worked out by the bot, their total; and every capitalised word that does not open a sentence ("Satya", "Nadella") must occur in
 * it as a whole word, ignoring case, or as one of the articles' aliases for it (AWS for Amazon).
 */
final class ClaimSupport {
    private ClaimSupport() {}

    /** What the claim states that {@code evidence} does not: missing figures and names, in claim order. */
    static List<String> unsupported(String claimWithMarkers, String evidence, Names names) {
        return unsupported(claimWithMarkers, evidence, names, true);
    }

    /**
     * {@code computed}: a multiple or a product of two stated figures, or what a stated percentage leaves of the whole,
     * which the bot computes, may stand; a model's draft gets no such allowance (small multiples would pass by chance).
     */
    static List<String> unsupported(String claimWithMarkers, String evidence, Names names, boolean computed) {
        return unsupported(claimWithMarkers, evidence, names, computed, dev.dealbot.text.CalendarDates.latest(List.of(evidence), java.time.YearMonth.now()));
    }

    /** {@code written}: when the articles were written, where a month the evidence gives without a year falls. */
    static List<String> unsupported(String claimWithMarkers, String evidence, Names names, boolean computed, java.time.YearMonth written) {
        String claim = Markers.strip(claimWithMarkers); // [2] is no figure
        List<Figure> stated = Figures.of(evidence);
        Set<String> digits = new HashSet<>();
        stated.forEach(f -> digits.add(f.digits()));
        String lowerEvidence = evidence.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (Figure f : Figures.of(claim)) if (Character.isDigit(f.text().charAt(0)) || f.text().startsWith("$")) if (!digits.contains(f.digits())
                && !difference(f, stated) && !monthGap(f, evidence, written) && !ratio(f, stated) && !(computed && (quotient(f, stated) || product(f, stated) || complement(f, stated) || scaled(f, stated) || total(f, stated) || change(f, stated)))) out.add(f.digits());
        for (String name : names(claim)) if (!names.mentioned(lowerEvidence, name.toLowerCase(Locale.ROOT))) out.add(name);
        return out;
    }

    /** Capitalised words of the claim except the one opening a sentence, and "I". */
    static List<String> names(String claim) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokens.of(claim)) {
            if (!t.capitalised() || t.surface().equals("I") || Tokens.startsSentence(claim, t)) continue;
            out.add(t.possessive() ? t.surface().substring(0, t.surface().length() - 2) : t.surface());
        }
        return out;
    }

    /** {@code f} is a percentage that one stated figure is of a larger one of its kind, to one decimal. */
    static boolean ratio(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.PERCENT) return false;
        for (Figure part : stated)
            for (Figure whole : stated)
                if (part.type() == whole.type() && part.type() != Figure.Type.YEAR && whole.value() > part.value()
                        && Math.abs(Math.round(1000 * part.value() / whole.value()) / 10.0 - f.value()) < 0.051) return true;
        return false;
    }

    /** {@code f} is a percentage by which one stated figure of a kind changed into another ("2,831%": $29B to $850B), to one decimal. */
    static boolean change(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.PERCENT) return false;
        for (Figure from : stated)
            for (Figure to : stated)
                if (from.type() == to.type() && from.type() != Figure.Type.YEAR && from.value() > 0 && from != to
                        && Math.abs(Math.round(1000 * Math.abs(to.value() - from.value()) / from.value()) / 10.0 - f.value()) < 0.051) return true;
        return false;
    }

    /** {@code f} is the whole, 100%, or what a stated percentage leaves of it ("73%" of a stated 27%). */
    /** The bot's own scalings of a stated figure: half, a third, a quarter, twice or three times it. */
    private static final double[] SCALES = {0.5, 1.0 / 3, 0.25, 2, 3};

    /** {@code f} is a stated figure of its kind scaled ("half of $13 billion": $6.5 billion), to the stated figure's precision. */
    static boolean scaled(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.MONEY && f.type() != Figure.Type.PERCENT) return false;
        for (Figure g : stated)
            for (double m : SCALES)
                if (g.type() == f.type() && Math.abs(g.value() * m - f.value()) <= 0.005 * Math.max(1, Math.abs(f.value()))) return true;
        return false;
    }

    static boolean complement(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.PERCENT) return false;
        if (Math.abs(f.value() - 100) < 1e-9) return true;
        return stated.stream().anyMatch(p -> p.type() == Figure.Type.PERCENT && p.value() < 100 && Math.abs(100 - p.value() - f.value()) < 0.051);
    }

    /**
     * {@code f} is a plain number, how many times one stated figure is another of its kind: the larger over the smaller to
     * one decimal, or the smaller over the larger to two ("0.81 times as much").
     */
    static boolean quotient(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.NUMBER) return false;
        for (Figure big : stated)
            for (Figure small : stated)
                if (big.type() == small.type() && big.type() != Figure.Type.YEAR && small.value() > 0 && big.value() > small.value()
                        && (Math.abs(Math.round(10 * big.value() / small.value()) / 10.0 - f.value()) < 0.051
                                || Math.abs(Math.round(100 * small.value() / big.value()) / 100.0 - f.value()) < 0.0051)) return true;
        return false;
    }

    /** {@code f} is a sum that a stated percentage is of a stated sum, to a tenth of its unit ("$229.5 billion": 27% of $850 billion). */
    static boolean product(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.MONEY) return false;
        for (Figure share : stated)
            for (Figure sum : stated) {
                if (share.type() != Figure.Type.PERCENT || sum.type() != Figure.Type.MONEY) continue;
                double v = share.value() / 100 * sum.value();
                double unit = v >= 1e9 ? 1e8 : v >= 1e6 ? 1e5 : 1;
                if (Math.abs(Math.round(v / unit) * unit - f.value()) < unit / 2) return true;
            }
        return false;
    }

    /** {@code f} is the total of two stated sums or counts ("$63 billion" of $50 billion and $13 billion), to its precision. */
    static boolean total(Figure f, List<Figure> stated) {
        if (f.type() != Figure.Type.MONEY && f.type() != Figure.Type.NUMBER) return false;
        for (int i = 0; i < stated.size(); i++)
            for (int j = i + 1; j < stated.size(); j++) {
                Figure a = stated.get(i), b = stated.get(j);
                if (a.type() != f.type() || b.type() != f.type()) continue;
                double t = a.value() + b.value();
                if (Math.abs(t - f.value()) <= 0.005 * Math.max(1, Math.abs(t))) return true;
            }
        return false;
    }

    /** {@code f} is the number of months (or weeks) between two dates of the evidence ("about 2 months" of late February and April 27). */
    private static boolean monthGap(Figure f, String evidence, java.time.YearMonth written) {
        if (f.type() != Figure.Type.NUMBER) return false;
        List<Figure> dates = new ArrayList<>(dev.dealbot.text.CalendarDates.of(evidence, written));
        // a date and a year ("April 27, 2026" and "until 2032") are some years apart, said in whole years
        List<Figure> years = Figures.of(evidence).stream().filter(y -> y.type() == Figure.Type.YEAR).toList();
        for (Figure d : List.copyOf(dates))
            for (Figure y : years) {
                double m = Math.abs(dev.dealbot.text.CalendarDates.monthsBetween(d, y));
                if (m >= 24 && Math.round(m / 12.0) == f.value()) return true;
            }
        for (Figure a : dates)
            for (Figure b : dates)
                if (a != b && (Math.abs(dev.dealbot.text.CalendarDates.monthsBetween(a, b) - f.value()) < 1e-6
                        || dev.dealbot.text.CalendarDates.weeksBetween(a, b) == f.value()
                        || dev.dealbot.text.CalendarDates.wholeMonthsBetween(a, b) == f.value())) return true;
        return false;
    }

    /** {@code f} is the gap between two stated figures of one kind (in the kind's usual units for sums). */
    private static boolean difference(Figure f, List<Figure> stated) {
        for (int i = 0; i < stated.size(); i++)
            for (int j = i + 1; j < stated.size(); j++) {
                Figure a = stated.get(i), b = stated.get(j);
                if (a.type() != b.type()) continue;
                double gap = Math.abs(a.value() - b.value());
                if (gap == 0) continue;
                for (double scale : new double[] {1, 1e6, 1e9}) if (Math.abs(gap - f.value() * scale) < 1e-6 * Math.max(1, gap)) return true;
            }
        return false;
    }
}
