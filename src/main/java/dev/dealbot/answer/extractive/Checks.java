package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import java.util.Set;

/**
 * The figure a worked-out product is checked against ("does the $228 billion book value add up?", "is it in line with
 * the reported book value?"): a sum the articles state, written in the question (then the articles' figure must be
 * within {@link #SAME_FIGURE} of it) or named by words that stand in the part of the sentence stating it. Neither the
 * share nor the sum the product was made of is what it is checked against.
 */
final class Checks {
    /** How near the articles' figure must be to one the asker writes ("~$228 billion" for "nearly $228.3 billion"). */
    static final double SAME_FIGURE = 0.01;
    /** How much more of the words' weight the figure checked against must have than any other. */
    static final double CLEAR = 1.1;
    /** How near a product must come to the figure checked for the bot to call them in line. */
    static final double IN_LINE = 0.05;

    private final Selector selector;
    private final Names names;

    Checks(Selector selector, Names names) {
        this.selector = selector;
        this.names = names;
    }

    /** A figure and the evidence stating it. */
    record Checked(Scored evidence, Figure figure) {}

    /** The figure the third side names, or null when no relevant evidence states it. */
    Checked find(Question q, Evidence e, Figure share, Figure sum) {
        String written = q.comparison().checkedSide();
        Probe probe = e.plan().sides().get(2);
        Figure asked = Figures.of(written).stream().filter(f -> f.type() == Figure.Type.MONEY).findFirst().orElse(null);
        var own = FigurePart.ownTerms(probe.query(), names, Set.of());
        Checked best = null;
        double bestWeight = 0, runnerUp = 0;
        for (Scored s : selector.rank(q.sides().get(2), probe.query(), e.of(probe), Set.of(Kind.MONEY), false, false)) {
            if (!selector.relevant(s)) break;
            String quote = s.sentence().quote();
            for (Figure f : s.sentence().figures()) {
                if (f.type() != Figure.Type.MONEY || f.end() > quote.length() || f.sameAs(share) || f.sameAs(sum)) continue;
                if (asked != null) {
                    if (Math.abs(f.value() - asked.value()) <= SAME_FIGURE * asked.value()) return new Checked(s, f);
                    continue;
                }
                double w = FigurePart.weight(own, FigurePart.around(quote, f));
                if (best != null && best.figure().sameAs(f)) continue;
                if (w > bestWeight) {
                    runnerUp = bestWeight;
                    bestWeight = w;
                    best = new Checked(s, f);
                } else runnerUp = Math.max(runnerUp, w);
            }
        }
        // words that fit two figures about as well ("the value of its stake": $135 billion in October, $228.3 billion now)
        // tell neither; "the book value" tells the one whose part says "book value"
        return best == null || bestWeight < CLEAR * runnerUp ? null : best;
    }

    /** Whether the product comes within {@link #IN_LINE} of the figure checked. */
    static boolean inLine(Figure share, Figure sum, Figure checked) {
        return Math.abs(Reasoner.product(share, sum) - checked.value()) <= IN_LINE * checked.value();
    }

    /**
     * "Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion [3]." Only agreement is
     * said: a figure far off may be another time's or thing's ("the value of its stake" in October), which words cannot
     * rule out, so the bot then gives the product alone.
     */
    static String sentence(Figure share, Figure sum, Figure checked, int ns, int nsum, int nc) {
        return "Yes, roughly: " + share.display() + " [" + ns + "] of " + sum.display() + " [" + nsum + "] is about "
                + Figures.money(Reasoner.product(share, sum)) + ", against " + checked.display() + " [" + nc + "].";
    }
}
