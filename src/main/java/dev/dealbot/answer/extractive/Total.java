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
}
