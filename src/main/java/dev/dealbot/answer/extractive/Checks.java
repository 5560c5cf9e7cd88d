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
        Set<String> own = FigurePart.ownWords(probe.query(), names, Set.of());
        for (Scored s : selector.rank(q.sides().get(2), probe.query(), e.of(probe), Set.of(Kind.MONEY), false, false)) {
            if (!selector.relevant(s)) break;
            String quote = s.sentence().quote();
            for (Figure f : s.sentence().figures()) {
                if (f.type() != Figure.Type.MONEY || f.end() > quote.length() || f.sameAs(share) || f.sameAs(sum)) continue;
                boolean named = asked != null ? Math.abs(f.value() - asked.value()) <= SAME_FIGURE * asked.value()
                        : !own.isEmpty() && FigurePart.related(own, FigurePart.around(quote, f));
                if (named) return new Checked(s, f);
            }
        }
        return null;
    }

    /** "Yes, roughly: 27% [1] of $850 billion [2] is about $229.5 billion, against $228.3 billion [3]." */
    static String sentence(Figure share, Figure sum, Figure checked, int ns, int nsum, int nc) {
        double product = Reasoner.product(share, sum);
        boolean inLine = Math.abs(product - checked.value()) <= IN_LINE * checked.value();
        return (inLine ? "Yes, roughly: " : "Not closely: ") + share.display() + " [" + ns + "] of " + sum.display() + " [" + nsum
                + "] is about " + Figures.money(product) + ", against " + checked.display() + " [" + nc + "].";
    }
}
