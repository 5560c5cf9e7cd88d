package dev.dealbot.answer.extractive;

import dev.dealbot.question.Comparison;
import dev.dealbot.question.Part;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What share of a sum a part is ("What fraction of Amazon's commitment came in the first tranche?"), from one quote that
 * states both: a writer gives a part beside its whole. Each figure of the quote belongs to the side more of whose words
 * stand in its part of the sentence ("with $15 billion arriving in the first tranche"); a tie says neither, and a part
 * no smaller than its sum is no part of it. Two figures from different articles are never set as part and whole.
 */
final class Shares {
    private final Selector selector;
    private final Composer composer;
    private final Names names;

    Shares(Selector selector, Composer composer, Names names) {
        this.selector = selector;
        this.composer = composer;
        this.names = names;
    }

    /** The share and the quote it is worked out from, or null when no relevant quote gives the part and its sum. */
    DraftBuilder answer(Question q, Evidence e) {
        Comparison c = q.comparison();
        Probe partProbe = e.plan().sides().get(0), sumProbe = e.plan().sides().get(1);
        Set<String> sumWords = FigurePart.sideWords(sumProbe.query());
        // the part's side is written with its sum ("came in the first tranche of Amazon's commitment"): its own words are the rest
        Set<String> partWords = new HashSet<>(FigurePart.sideWords(partProbe.query()));
        partWords.removeAll(sumWords);
        Figure.Type type = Figuring.typeFor(c.kind());
        String written = c.sides().get(0), sumText = c.sides().get(1);
        String partText = written.endsWith(" of " + sumText) ? written.substring(0, written.length() - sumText.length() - 4) : written;
        List<String> owners = names.parties(c.sides().get(1)); // whose sum it is: "Microsoft's investment" is not Amazon's
        Figure asked = Figures.of(c.sides().get(0)).stream().filter(f -> f.type() == type).findFirst().orElse(null);
        for (Scored s : selector.rank(q.sides().get(0), partProbe.query(), e.of(partProbe), Set.of(c.kind()), false, false)) {
            if (!selector.relevant(s)) return null;
            String quote = s.sentence().quote();
            String lower = quote.toLowerCase(java.util.Locale.ROOT);
            if (!owners.stream().allMatch(o -> names.mentioned(lower, o))) continue;
            List<Figure> figures = s.sentence().figures().stream().filter(f -> f.type() == type && f.end() <= quote.length()).toList();
            // a part the question writes as a figure ("its $10 billion investment") is that figure
            Figure part = asked != null ? figures.stream().filter(asked::sameAs).findFirst().orElse(null) : owned(figures, partWords, quote);
            Figure sum = owned(figures, sumWords, quote);
            // a sum named by no word of the quote ("the total") is the other figure of a quote that gives just two
            if (sum == null && part != null && figures.size() == 2) sum = figures.get(0) == part ? figures.get(1) : figures.get(0);
            if (part == null || sum == null || part == sum || part.value() >= sum.value()) continue;
            // every word the question says of the part is said of it ("the second tranche" is not "the first tranche"), and a
            // year it gives is the quote's
            if (asked == null && !allSaid(partText, FigurePart.around(quote, part)) || !yearsIn(c.sides().get(0), quote)) continue;
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, s.sentence());
            draft.say(Reasoner.shareSentence(part, sum, cited.get(0), cited.get(0), hedge(bound(quote, part) - bound(quote, sum), bound(quote, part))),
                    List.of());
            // "..., and how much is still to come?": the rest of the sum is asked too
            if (q.part() == Part.REST) draft.say("That leaves " + Reasoner.difference(sum, part) + ".", List.of());
            draft.say(quote, cited);
            return draft;
        }
        return null;
    }

    private static final java.util.regex.Pattern ABOVE = java.util.regex.Pattern.compile("\\b(over|more than|above|at least|upwards of)\\s*$");
    private static final java.util.regex.Pattern BELOW = java.util.regex.Pattern.compile("\\b(nearly|almost|under|less than|up to|at most|just under)\\s*$");
    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile("\\b(about|approximately|around|roughly|some|an estimated)\\s*$");

    /**
     * The words that bound {@code f} where its sentence states it, as the article writes them and followed by a space
     * ("more than ", "nearly "), so a correction does not say more than the article ("the articles say more than $13
     * billion", not "$13 billion"); empty when the figure is unbounded or not found.
     */
    static String hedgeWords(dev.dealbot.index.SentenceInfo s, Figure f) {
        String before = before(s, f);
        java.util.regex.Matcher m = before == null ? null : hedge(before);
        return m == null ? "" : before.substring(m.start(1), m.end(1)) + " ";
    }

    /** {@link #bound(String, Figure)} of a figure of the sentence, placed in its quote or its text; 0 when not placed. */
    static int bound(dev.dealbot.index.SentenceInfo s, Figure f) {
        String before = before(s, f);
        return before == null ? 0 : boundBefore(before);
    }

    /** The words just before {@code f} where it stands in the sentence's quote or text; null when it stands in neither. */
    private static String before(dev.dealbot.index.SentenceInfo s, Figure f) {
        for (String in : List.of(s.quote(), s.text()))
            if (f.end() <= in.length() && in.startsWith(f.text(), f.start())) return in.substring(Math.max(0, f.start() - 16), f.start());
        return null;
    }

    /** How the words just before a figure bound it: 1 for "over $13 billion", -1 for "nearly", 2 for "about", else 0. */
    static int bound(String quote, Figure f) {
        return boundBefore(quote.substring(Math.max(0, f.start() - 16), f.start()));
    }

    private static int boundBefore(String before) {
        java.util.regex.Matcher m = hedge(before);
        return m == null ? 0 : m.pattern() == ABOVE ? 1 : m.pattern() == BELOW ? -1 : 2;
    }

    /** The hedge that ends {@code before} (above, below or about, tried in that order), found; null when none. */
    private static java.util.regex.Matcher hedge(String before) {
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        for (var p : List.of(ABOVE, BELOW, ABOUT)) {
            var m = p.matcher(lower);
            if (m.find()) return m;
        }
        return null;
    }

    /**
     * How a share of bounded figures is said: a part of over X in a sum of Y is at least the share, a part of X in a sum
     * of over Y at most; any other bound makes it about the share.
     */
    static String hedge(int difference, int partBound) {
        if (difference == 1 && partBound == 1 || difference == 1 && partBound == 0) return "at least ";
        if (difference == -1 && partBound == 0 || difference == -1 && partBound == -1) return "at most ";
        return difference == 0 && partBound == 0 ? "" : "about ";
    }

    /** Words a part is asked with that say how it came, not which part it is ("came in", "showed up right away", "was paid"). */
    private static final Set<String> HOW_IT_CAME = Set.of("came", "come", "arriv", "went", "goe", "go", "show", "shown", "up", "land",
            "paid", "pai", "made", "make", "got", "get", "deliv", "right", "awai", "immedi", "upfront", "initi", "directli");
    /** Words that say nothing of which part it is, nor limiting words ("the round alone", "only"). */
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "in", "on", "at", "of", "to", "for", "from", "by", "with", "as",
            "its", "their", "was", "were", "is", "are", "be", "been", "that", "this", "it", "which", "what", "alone", "only", "solely", "just");

    /**
     * Every word the question says of the part, but those of how it came, is in {@code part}, itself or by its root:
     * "the second tranche" (a word no article has) is not the first one.
     */
    /**
     * A part's figure found apart from its sum answers for the part: its sentence does not state the sum too (one quote
     * giving both was for {@link #answer} to judge), and says every word the question says of the part.
     */
    static boolean partSaid(Comparison c, dev.dealbot.index.SentenceInfo s, Figure part, Figure sum) {
        if (Figures.of(s.text()).stream().anyMatch(sum::sameAs)) return false;
        String written = c.sides().get(0), sumText = c.sides().get(1);
        String partText = written.endsWith(" of " + sumText) ? written.substring(0, written.length() - sumText.length() - 4) : written;
        String quote = s.quote();
        return part.end() <= quote.length() && allSaid(partText, quote) && yearsIn(written, quote);
    }

    static boolean allSaid(String partText, String part) {
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(partText)) {
            if (!Character.isLetter(t.lower().charAt(0)) || FUNCTION.contains(t.lower()) || HOW_IT_CAME.contains(t.stem())) continue;
            if (!FigurePart.related(Set.of(t.stem()), part)) return false;
        }
        return true;
    }

    /** Every year {@code side} writes is in {@code quote}. */
    private static boolean yearsIn(String side, String quote) {
        return Figures.of(side).stream().filter(f -> f.type() == Figure.Type.YEAR).allMatch(y -> Figures.of(quote).stream().anyMatch(y::sameAs));
    }

    /** The one figure whose part of {@code quote} holds the most of {@code words}; null when none holds any or two tie. */
    static Figure owned(List<Figure> figures, Set<String> words, String quote) {
        Figure best = null;
        int most = 0;
        boolean tie = false;
        for (Figure f : figures) {
            int n = FigurePart.shared(words, FigurePart.around(quote, f));
            if (n > most) {
                best = f;
                most = n;
                tie = false;
            } else if (n == most && n > 0) tie = true;
        }
        return tie ? null : best;
    }
}
