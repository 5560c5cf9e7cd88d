package dev.dealbot.answer.extractive;

/** How sure a total of two figures is, from the words that bound each ("over $13 billion", "up to $50 billion"). */
final class Total {
    private Total() {}

    /** How the evidence bounds the side's figure, as {@link Shares#bound}: 1 above, -1 below, 2 about, 0 exact. */
    static int bound(Reasoner.Side side) {
        return Shares.bound(side.evidence().sentence(), side.figure());
    }

    /**
     * The words before a total of two figures so bounded: "more than " when one is a floor and none a ceiling, "up to "
     * when one is a ceiling and none a floor, "about " when they pull both ways or either is approximate, else nothing.
     */
    static String hedge(int a, int b) {
        if (a == 2 || b == 2 || a * b == -1) return "about ";
        if (a == 1 || b == 1) return "more than ";
        if (a == -1 || b == -1) return "up to ";
        return "";
    }

    private static final java.util.regex.Pattern OWNED_BACK = java.util.regex.Pattern.compile("^\\s*(?:its|their)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words of what a thing is worth rather than of money put in or paid. */
    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("\\b(valu\\w*|worth)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Two sides add up to something only as sums of different parties, each paid or put in: one party's two figures may be
     * a total and its part ("since 2019" and "in 2023") or one holding at two times, and a value (a valuation, a stake's
     * worth, a book value) holds the sums put into it.
     */
    static boolean addable(Reasoner.Side a, Reasoner.Side b, dev.dealbot.text.Names names) {
        var partiesA = names.parties(a.words());
        var partiesB = names.parties(b.words());
        if (!partiesA.isEmpty() && partiesA.equals(partiesB)) return false;
        // "Microsoft's 2019 investment and its 2023 investment": the second side's "its" is the first's party
        if (!partiesA.isEmpty() && partiesB.isEmpty() && OWNED_BACK.matcher(b.words()).find()) return false;
        return !value(a) && !value(b);
    }

    private static boolean value(Reasoner.Side side) {
        if (VALUE.matcher(side.words()).find()) return true;
        String quote = side.evidence().sentence().quote();
        return side.figure().end() <= quote.length() && VALUE.matcher(FigurePart.around(quote, side.figure())).find();
    }
}
