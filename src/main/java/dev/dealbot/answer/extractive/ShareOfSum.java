package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A yes/no question that claims a share in words of a sum it gives ("Did Amazon invest half of its $50 billion up
 * front?", "most of the $50 billion"): the sum holding is no answer. It is checked against the one other sum of a
 * sentence stating the sum, when that part is the one asked about (a word of the question besides the sum's stands
 * by it: "up front" by "arriving immediately"): "No — that is 30% of it: $15 billion [1] of $50 billion [1]."
 */
final class ShareOfSum {
    /** "half of its", "a third of the", "two thirds of Amazon's": the words between a share and its sum. */
    private static final Pattern OF = Pattern.compile("^\\s+of\\s+(?:(?:its|the|their|his|her)\\s+|[\\p{L}-]+['’]s?\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "most of its", "the bulk of the": more than half. */
    private static final Pattern MOST = Pattern.compile("\\b(?:most|the majority|the bulk)\\s+of\\s+(?:(?:its|the|their|his|her)\\s+|[\\p{L}-]+['’]s?\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private final Selector selector;
    private final Composer composer;
    private final Names names;

    ShareOfSum(Selector selector, Composer composer, Names names) {
        this.selector = selector;
        this.composer = composer;
        this.names = names;
    }

    DraftBuilder check(Question q, List<Candidate> candidates) {
        if (!q.yesNo() || q.claimed() == null || q.claimed().type() != Figure.Type.MONEY) return null;
        Figure sum = q.claimed();
        Figure asked = Figures.of(q.english()).stream().filter(sum::sameAs).findFirst().orElse(null);
        if (asked == null) return null;
        String before = q.english().substring(0, asked.start());
        Figure share = Figures.of(before).stream().filter(f -> f.type() == Figure.Type.PERCENT && f.inWords()
                && OF.matcher(before.substring(f.end())).matches()).findFirst().orElse(null);
        boolean most = share == null && MOST.matcher(before).find();
        if (share == null && !most) return null;
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), true)) {
            if (!selector.relevant(s)) return null;
            SentenceInfo info = s.sentence();
            List<Figure> sums = info.figures().stream().filter(f -> f.type() == Figure.Type.MONEY && f.end() <= info.quote().length()).toList();
            Figure stated = sums.stream().filter(sum::sameAs).findFirst().orElse(null);
            List<Figure> parts = sums.stream().filter(f -> !f.sameAs(sum) && f.value() < sum.value()).toList();
            if (stated == null || parts.size() != 1 || !asksOf(q, info.quote(), parts.get(0), stated)) continue;
            Figure part = parts.get(0);
            double actual = 100 * part.value() / stated.value();
            boolean holds = most ? actual > 50 : Math.abs(actual - share.value()) <= Figure.ROUNDING * Math.max(actual, share.value());
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, info);
            boolean exact = most || Math.abs(actual - share.value()) < 0.5; // "a third" of 30% holds only roughly
            String verdict = !holds ? "No — t" : exact ? "Yes — t" : "Roughly — t";
            draft.say(verdict + Reasoner.shareSentence(part, stated, cited.get(0)).substring(1), List.of());
            draft.say(info.quote(), cited);
            return draft;
        }
        return null;
    }

    /** A word of the question, not a name, stands by the part and not by the sum: the part is what is asked about. */
    private boolean asksOf(Question q, String quote, Figure part, Figure sum) {
        String byPart = FigurePart.around(quote, part), bySum = FigurePart.around(quote, sum);
        for (QueryTerm t : q.query().terms()) {
            if (names.known(t.term())) continue;
            Set<String> words = new java.util.HashSet<>(t.alternatives());
            words.add(t.term());
            if (FigurePart.related(words, byPart) && !FigurePart.related(words, bySum)) return true;
        }
        return false;
    }
}
