package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What is left of a whole once a part is taken ("how much is still to come after the first tranche?", "what share do
 * the others hold?"), worked out, never stated: "That leaves $35 billion: $50 billion [1] less $15 billion [1]."
 */
final class Remainder {
    private final Selector selector;
    private final Composer composer;
    private final SentenceTable table;

    Remainder(Selector selector, Composer composer, SentenceTable table) {
        this.selector = selector;
        this.composer = composer;
        this.table = table;
    }

    /**
     * The remainder, from the figures the question writes when the articles state them; for what is left of a sum
     * ("how much is still to come?"), else from one sentence that states the sum and its part; or null.
     */
    DraftBuilder answer(Question q, List<Candidate> candidates) {
        DraftBuilder written = fromQuestion(q, candidates);
        if (written != null || q.part() == dev.dealbot.question.Part.BESIDES) return written;
        DraftBuilder stated = fromSentence(q, candidates);
        return stated != null ? stated : restOfHolding(q, candidates);
    }

    private static final java.util.regex.Pattern HOLDING = java.util.regex.Pattern.compile("\\b(hold\\w*|own\\w*|stake|shares?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "What share of OpenAI is not held by Microsoft?": a party's holding, a percentage of a company, leaves the rest of
     * it: "That leaves about 73%: 100% less approximately 27% [1]." The articles do not say who holds the rest.
     */
    private DraftBuilder restOfHolding(Question q, List<Candidate> candidates) {
        if (!q.wants(dev.dealbot.text.Kind.PERCENT)) return null;
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(dev.dealbot.text.Kind.PERCENT), false)) {
            if (!selector.relevant(s)) return null;
            // the sentence's own percentages, as placed in its quote (a sentence quoted before it tells of another thing)
            String text = s.sentence().text(), quote = s.sentence().quote();
            int own = quote.length() - text.length();
            List<Figure> shares = s.sentence().figures().stream().filter(f -> f.type() == Figure.Type.PERCENT && f.start() >= own).toList();
            if (shares.size() != 1 || !HOLDING.matcher(text).find() || SideChecks.wholeOf(quote, shares) == null) continue;
            Figure part = shares.get(0);
            String hedge = Shares.hedgeWords(s.sentence(), part);
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, s.sentence());
            draft.say("That leaves " + (hedge.isEmpty() ? "" : "about ") + Figures.trim(100 - part.value()) + "%: 100% less " + hedge
                    + part.display() + " [" + cited.get(0) + "]. The articles do not say who holds the rest.", List.of());
            draft.say(s.sentence().quote(), cited);
            return draft;
        }
        return null;
    }

    /**
     * From the best relevant sentence that states two figures of one kind (and every figure the question names): the
     * larger is the whole, the other the part. A figure the question guesses for what is left ("... after that — $40
     * billion?") is checked, not looked for.
     */
    private DraftBuilder fromSentence(Question q, List<Candidate> candidates) {
        Figure guess = q.presumed() ? null : q.claimed(); // a figure of a clause taken as given is no guess at what is left
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), guess == null)) {
            if (!selector.relevant(s)) return null;
            for (Figure.Type type : List.of(Figure.Type.MONEY, Figure.Type.PERCENT, Figure.Type.NUMBER)) {
                List<Figure> figures = s.sentence().figures().stream().filter(f -> f.type() == type).toList();
                if (figures.size() != 2) continue;
                Figure whole = figures.get(0).value() >= figures.get(1).value() ? figures.get(0) : figures.get(1);
                Figure part = whole == figures.get(0) ? figures.get(1) : figures.get(0);
                DraftBuilder draft = new DraftBuilder();
                boolean wrongGuess = guess != null && guess.type() == type && !Figuring.implied(List.of(whole, part), guess);
                if (wrongGuess) draft.deny(guess.digits());
                List<Integer> cited = composer.cite(draft, s.sentence());
                draft.say((wrongGuess ? "Not " + guess.text() + " — that leaves " : "That leaves ") + Reasoner.difference(whole, part) + ": "
                        + whole.display() + " [" + cited.get(0) + "] less " + part.display() + " [" + cited.get(0) + "].", List.of());
                draft.say(s.sentence().quote(), cited);
                return draft;
            }
        }
        return null;
    }

    /**
     * From the figures the question writes, each stated by some article: a whole and a part of one kind ("over $13
     * billion since 2019, $10 billion of it in that round: how much came outside it?"), or one percentage of a whole
     * whose rest is asked ("27% is Microsoft's: what do the others hold?"). The remainder is hedged as the quotes hedge
     * the figures ("over $13 billion" less $10 billion leaves more than $3 billion).
     */
    private DraftBuilder fromQuestion(Question q, List<Candidate> candidates) {
        List<Figure> given = q.figures().stream().filter(f -> f.type() != Figure.Type.YEAR && f.type() != Figure.Type.DATE).toList();
        if (given.isEmpty() || given.size() > 2 || given.stream().anyMatch(f -> f.type() != given.get(0).type())) return null;
        if (given.size() == 1 && !q.asksAllOthers() && q.part() == dev.dealbot.question.Part.BESIDES && q.aside() != null)
            return describes(q.aside(), given.get(0)) ? wholeDescribed(q, given.get(0), candidates) : besidesDescribed(q, given.get(0), candidates);
        // "Microsoft put $10 billion in that round. Going by its total since 2019, how much came through its other
        // investments?": a sum told before a question for what came besides it is the part; the whole only described
        if (given.size() == 1 && !q.asksAllOthers() && q.part() == dev.dealbot.question.Part.BESIDES && given.get(0).type() == Figure.Type.MONEY)
            return wholeDescribed(q, given.get(0), candidates);
        // one percentage leaves the rest of its whole to all the others together, never to a party the question names
        if (given.size() == 1 && !q.asksAllOthers()) return null;
        // two figures are a whole and its part only when the question says so ("$10 billion of that"), or when it asks
        // for the sum besides a part ("... $10 billion in that round: how much came from the other rounds?"); not what
        // all the others hold ("27% ... and a 20% revenue share: what do the other shareholders own?")
        if (given.size() == 2 && !q.givesPartOf() && !(q.part() == dev.dealbot.question.Part.BESIDES && !q.asksAllOthers()
                && given.get(0).type() == Figure.Type.MONEY)) return null;
        List<SentenceInfo> stating = new ArrayList<>();
        for (Figure f : given) {
            SentenceInfo s = stating(f, candidates);
            if (s == null) return null;
            stating.add(s);
        }
        if (!sameParties(q, stating)) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cites = new ArrayList<>();
        for (SentenceInfo s : stating) cites.add(composer.cite(draft, s).get(0));
        String sentence;
        if (given.size() == 1) { // a percentage of a whole: the rest of 100%
            Figure part = given.get(0);
            if (part.type() != Figure.Type.PERCENT || part.value() >= 100) return null;
            String hedge = hedge(0, bound(stating.get(0), part));
            sentence = "That leaves " + hedge + Figures.trim(100 - part.value()) + "%: 100% less " + part.display() + " [" + cites.get(0) + "].";
        } else {
            int big = given.get(0).value() >= given.get(1).value() ? 0 : 1;
            Figure whole = given.get(big), part = given.get(1 - big);
            if (whole.sameAs(part)) return null;
            String hedge = hedge(bound(stating.get(big), whole), bound(stating.get(1 - big), part));
            sentence = "That leaves " + hedge + Reasoner.difference(whole, part) + ": " + whole.display() + " [" + cites.get(big) + "] less "
                    + part.display() + " [" + cites.get(1 - big) + "].";
        }
        draft.say(sentence, List.of());
        for (SentenceInfo s : stating) // a quote another one holds (as its context) is said within it
            if (!draft.contains(s.quote()) && stating.stream().noneMatch(o -> o != s && o.quote().length() > s.quote().length() && o.quote().contains(s.quote())))
                draft.say(s.quote(), composer.cite(draft, s));
        return draft;
    }

    /**
     * A whole the question writes less a part it only describes ("Of the more than $13 billion ..., how much came from
     * outside the January 2023 round?"): the part is the one figure of the whole's kind, smaller than it, in the best
     * candidate sentence that has every word of the description; two such figures there leave the part unknown.
     */
    private DraftBuilder besidesDescribed(Question q, Figure whole, List<Candidate> candidates) {
        if (whole.type() != Figure.Type.MONEY && whole.type() != Figure.Type.NUMBER) return null;
        SentenceInfo wholeSentence = stating(whole, candidates);
        if (wholeSentence == null) return null;
        List<java.util.regex.Pattern> words = new ArrayList<>(); // each word of the description, at a word's start
        for (String w : q.aside().split("[^\\p{L}\\d]+"))
            if (!w.isEmpty() && !dev.dealbot.question.Terms.isFunctionWord(w) && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w))
                words.add(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w)));
        if (words.isEmpty()) return null;
        for (Candidate c : candidates) {
            SentenceInfo s = c.sentence();
            String quote = s.quote().toLowerCase(java.util.Locale.ROOT);
            if (!words.stream().allMatch(w -> w.matcher(quote).find())) continue;
            List<Figure> parts = Figures.of(s.text()).stream()
                    .filter(f -> f.type() == whole.type() && f.value() < whole.value() && !f.sameAs(whole)).toList();
            if (parts.size() != 1) return null;
            Figure part = parts.get(0);
            if (!sameParties(q, List.of(wholeSentence, s))) return null;
            DraftBuilder draft = new DraftBuilder();
            int w = composer.cite(draft, wholeSentence).get(0), p = composer.cite(draft, s).get(0);
            String hedge = hedge(bound(wholeSentence, whole), bound(s, part));
            draft.say("That leaves " + hedge + Reasoner.difference(whole, part) + ": " + whole.display() + " [" + w + "] less "
                    + part.display() + " [" + p + "].", List.of());
            // a quote the other holds (as its context) is said within it
            if (!s.quote().contains(wholeSentence.quote())) draft.say(wholeSentence.quote(), List.of(w));
            if (!draft.contains(s.quote())) draft.say(s.quote(), s.quote().contains(wholeSentence.quote()) ? List.of(w, p) : List.of(p));
            return draft;
        }
        return null;
    }

    /** The words of what is set aside write the figure itself ("outside the January 2023 $10 billion round"). */
    private static boolean describes(String aside, Figure f) {
        return Figures.of(aside).stream().anyMatch(f::sameAs);
    }

    /**
     * A part the question writes within what it sets aside, of a whole it only describes ("How much of Microsoft's total
     * investment came outside the $10 billion round?"): the whole is the one larger figure of the part's kind in the
     * first candidate sentence (in retrieval order) with a word of the question's description of the whole and the same
     * parties, not the sentence stating the part (whose other figures tell of other things), given there as a total;
     * two such figures there leave the whole unknown.
     */
    private DraftBuilder wholeDescribed(Question q, Figure part, List<Candidate> candidates) {
        if (part.type() != Figure.Type.MONEY && part.type() != Figure.Type.NUMBER) return null;
        SentenceInfo partSentence = stating(part, candidates);
        if (partSentence == null) return null;
        // the words describing the whole: the question's own words besides its names and what it sets aside
        Set<String> aside = new java.util.HashSet<>();
        if (q.aside() != null) for (var t : dev.dealbot.text.Tokens.of(q.aside())) aside.add(t.stem());
        List<dev.dealbot.question.QueryTerm> wholeWords = q.query().terms().stream()
                .filter(t -> !q.names().contains(t.term()) && !aside.contains(t.term()) && !t.term().matches(".*\\d.*")).toList();
        for (Candidate c : candidates) {
            SentenceInfo s = c.sentence();
            List<Figure> figures = Figures.of(s.text());
            Set<String> own = new java.util.HashSet<>();
            for (var t : dev.dealbot.text.Tokens.of(s.text())) own.add(t.stem());
            if (wholeWords.stream().noneMatch(t -> t.matchIn(own) > 0) || figures.stream().anyMatch(part::sameAs)) continue;
            List<Figure> wholes = figures.stream().filter(f -> f.type() == part.type() && f.value() > part.value()).toList();
            if (wholes.isEmpty() || !sameParties(q, List.of(s, partSentence))) continue;
            if (wholes.size() != 1) return null;
            Figure whole = wholes.get(0);
            // a whole is a total ("over $13 billion ... cumulative"); a larger figure of the thing at another time is no whole of it
            if (!Totals.TOTAL.matcher(FigurePart.around(s.text(), whole)).find()) return null;
            DraftBuilder draft = new DraftBuilder();
            int w = composer.cite(draft, s).get(0), p = composer.cite(draft, partSentence).get(0);
            draft.say("That leaves " + hedge(bound(s, whole), bound(partSentence, part)) + Reasoner.difference(whole, part) + ": "
                    + whole.display() + " [" + w + "] less " + part.display() + " [" + p + "].", List.of());
            if (!partSentence.quote().contains(s.quote())) draft.say(s.quote(), List.of(w));
            if (!draft.contains(partSentence.quote())) draft.say(partSentence.quote(), partSentence.quote().contains(s.quote()) ? List.of(w, p) : List.of(p));
            return draft;
        }
        return null;
    }

    /**
     * The sentences stating the figures name every party the question names, and their actors are one: a remainder of
     * one party's figures is no other party's, and two parties' figures are no whole and part.
     */
    private boolean sameParties(Question q, List<SentenceInfo> stating) {
        var names = table.names();
        for (SentenceInfo s : stating) {
            String lower = s.text().toLowerCase(java.util.Locale.ROOT);
            for (String n : q.names()) if (!names.mentioned(lower, n)) return false;
        }
        String actor = names.actor(stating.get(0).text());
        return stating.stream().allMatch(s -> java.util.Objects.equals(names.actor(s.text()), actor));
    }

    /** The best relevant candidate whose own sentence states {@code f}, else the first sentence of any article that does. */
    private SentenceInfo stating(Figure f, List<Candidate> candidates) {
        for (Candidate c : candidates) if (Figures.of(c.sentence().text()).stream().anyMatch(f::sameAs)) return c.sentence();
        return table.all().stream().filter(s -> Figures.of(s.text()).stream().anyMatch(f::sameAs)).findFirst().orElse(null);
    }

    /** How the quote bounds {@code f} where its own sentence states it (see {@link Shares#bound}). */
    private static int bound(SentenceInfo s, Figure f) {
        String quote = s.quote();
        for (Figure g : Figures.of(quote)) if (g.sameAs(f)) return Shares.bound(quote, g);
        return 0;
    }

    /**
     * How a whole less a part is hedged, from their bounds (1 above, -1 below, 2 about, 0 exact): more than when only the
     * whole is a floor or the part a ceiling, at most when only the whole is a ceiling or the part a floor, about otherwise.
     */
    static String hedge(int whole, int part) {
        int up = (whole == 1 ? 1 : whole == -1 ? -1 : 0) + (part == -1 ? 1 : part == 1 ? -1 : 0);
        if (whole == 2 || part == 2 || whole != 0 && part != 0 && up == 0) return "about ";
        return up > 0 ? "more than " : up < 0 ? "at most " : "";
    }
}
