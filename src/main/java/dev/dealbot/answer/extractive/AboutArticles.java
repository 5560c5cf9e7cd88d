package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Facts;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Answers about the articles themselves rather than the deal: who published or wrote one (its source, title and
 * date before the quotes), and whether or where they disagree (the conflicts found when the index was built).
 */
final class AboutArticles {
    /** Said before an answer to whether the articles agree, when what it quotes is a point they conflict on. */
    static final String DIFFER = "No — the articles differ on this point.";
    /** Words that ask about the articles and whether they agree, not about the deal (stems). */
    static final Set<String> AGREEMENT_WORDS = Set.of("articl", "report", "sourc", "outlet", "write", "up", "coverag", "account",
            "stori", "piec", "agre", "disagr", "disagre", "differ", "contradict", "conflict", "inconsist", "consist", "discrep",
            "odd", "same", "each", "other", "point", "anyth", "thing", "all", "ani", "where", "say");

    /** Words that set the articles against each other ("between the reports", "among the sources"), not the topic. */
    private static final Set<String> BETWEEN = Set.of("between", "among", "amongst", "across");

    private final Corpus corpus;
    private final SentenceTable table;
    private final Facts facts;
    private final Composer composer;

    AboutArticles(Corpus corpus, SentenceTable table, Facts facts, Composer composer) {
        this.corpus = corpus;
        this.table = table;
        this.facts = facts;
        this.composer = composer;
    }

    /** Words of a coverage question that name the figure itself or the asking, not its thing. */
    private static final Set<String> COVERAGE_SKIP;
    static {
        Set<String> skip = new java.util.HashSet<>(AGREEMENT_WORDS);
        skip.addAll(Set.of("figur", "number", "date", "amount", "sum", "percentag", "year", "mention", "given", "cite", "cit",
                "state", "everywher", "everi", "five"));
        COVERAGE_SKIP = Set.copyOf(skip);
    }

    private static final List<String> COUNTS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");

    /** Words that ask about a figure ("the percentage", "the amount", "what it is worth"). */
    private static final java.util.regex.Pattern FIGURE_ASKED = java.util.regex.Pattern.compile(
            "\\b(percent\\w*|figures?|amounts?|numbers?|sums?|rates?|how much|valuations?|worth)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Stems that ask whether the articles differ, rather than whether they agree ("Is there an inconsistency ...?"). */
    private static final Set<String> DIFFER_WORDS = Set.of("disagr", "disagre", "differ", "contradict", "conflict", "inconsist", "discrep",
            "clash", "mismatch");
    private static final Set<String> AGREE_WORDS = Set.of("agre", "consist", "same", "match", "align");

    /** The opening for a point the articles conflict on: the answer to whether they agree, or to whether they differ. */
    static String differ(String question, boolean yesNo) {
        Set<String> stems = new java.util.HashSet<>();
        for (var t : dev.dealbot.text.Tokens.of(question)) stems.add(t.stem());
        boolean differ = stems.stream().anyMatch(DIFFER_WORDS::contains), agree = stems.stream().anyMatch(AGREE_WORDS::contains);
        // "which article differs?", "how do they differ?" ask no yes or no
        return !yesNo || differ == agree ? "The articles differ on this point." : differ ? "Yes — the articles differ on this point." : DIFFER;
    }

    /** Whether the question asks about agreement without naming a point of the deal ("Where do the articles disagree?"). */
    static boolean topicless(Question q) {
        return q.query().terms().stream().allMatch(t -> AGREEMENT_WORDS.contains(t.term()));
    }

    /** Every point the articles conflict on, each side in its best-corroborated sentence; null when they conflict on none. */
    DraftBuilder disagreements() {
        if (facts.conflicts().isEmpty()) return null;
        DraftBuilder draft = new DraftBuilder();
        draft.say(facts.conflicts().size() == 1 ? "The articles differ on one point:" : "The articles differ on these points:", List.of());
        for (var c : facts.conflicts())
            for (var side : List.of(c.one(), c.other())) {
                SentenceInfo s = side.stream().max(Comparator.comparingInt(facts::corroboration)).orElseThrow();
                draft.say(s.quote(), List.of(draft.cite(s, s.quote())));
            }
        return draft;
    }

    /**
     * Whether every article gives the figure the question names ("Is the 20% revenue share reported in every article?"):
     * how many of them state it of the question's thing (a sentence with the figure and a word of the question's own,
     * not a name), each quoted. Null when none states it.
     */
    DraftBuilder coverage(Question q) {
        // what is looked for: the question's figure, else a date it names ("the April 27 date")
        var dates = dev.dealbot.text.CalendarDates.of(q.english(), java.time.YearMonth.now());
        // a day of a date ("27" of "April 27") is the date's, not a figure of its own
        var figure = q.figures().stream().filter(f -> dates.stream().noneMatch(d -> d.start() <= f.start() && f.end() <= d.end())).findFirst().orElse(null);
        String date = figure == null && !dates.isEmpty() ? dates.get(0).text().toLowerCase(java.util.Locale.ROOT) : null;
        if (figure == null && date == null) return null;
        Set<String> own = FigurePart.ownWords(q.query(), table.names(), COVERAGE_SKIP);
        java.util.Map<String, SentenceInfo> stating = new java.util.LinkedHashMap<>();
        for (SentenceInfo s : table.all()) {
            boolean states = figure != null ? s.figures().stream().anyMatch(figure::sameAs) : s.text().toLowerCase(java.util.Locale.ROOT).contains(date);
            // of the question's thing when it names one ("the 20% revenue share"), else any mention ("the $13 billion figure")
            if (!stating.containsKey(s.docId()) && states && (own.isEmpty() || FigurePart.related(own, s.text()))) stating.put(s.docId(), s);
        }
        int total = corpus.articles().size();
        if (total >= COUNTS.size()) return null;
        if (stating.isEmpty()) return null;
        DraftBuilder draft = new DraftBuilder();
        // counts in words: a digit of the bot's own that no quote states is taken for an unsupported figure
        draft.say((stating.size() == total ? "Yes — all " + COUNTS.get(total) + " articles give " : "No — only " + COUNTS.get(stating.size())
                + " of the " + COUNTS.get(total) + (stating.size() == 1 ? " articles gives " : " articles give ")) + (figure != null ? figure.display() : dates.get(0).text()) + ".", List.of());
        for (SentenceInfo s : stating.values()) draft.say(s.quote(), List.of(draft.cite(s, s.quote())));
        return draft;
    }

    /**
     * A question about who wrote or published an article, or when, that it names by its title (or by its publisher or
     * author, {@code namedDoc}): that article, with its sentence closest to the question (else its first) as the quote;
     * null when no article is named.
     */
    DraftBuilder byTitle(Question q, List<Candidate> candidates, String namedDoc) {
        var titled = TitleMatch.of(q, corpus, table.names());
        var article = titled != null || namedDoc == null ? titled : corpus.article(namedDoc).orElse(null);
        if (article == null) return null;
        Candidate best = candidates.stream().filter(c -> c.sentence().docId().equals(article.docId())).findFirst().orElse(null);
        SentenceInfo s = best != null ? best.sentence() : table.of(article.sentences().get(0));
        DraftBuilder draft = new DraftBuilder();
        draft.say(s.quote(), composer.cite(draft, s).subList(0, 1));
        return draft;
    }

    /** Words of an article's coming out, which its own date dates (not the deal's events, which the articles date). */
    private static final java.util.regex.Pattern PUBLISHED = java.util.regex.Pattern.compile(
            "\\b(publish\\w*|posted|dated|written|wrote|ran|appeared|came out|come out|went up|go up|went online)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The article whose own date is the claimed date ("Which article was published on April 28, 2026?"), or null: that
     * date is the article's, a fact of the reporting, not a claim about the deal to check against the deal's dates.
     * Only when the question speaks of an article coming out ("published", "dated").
     */
    String datedOn(Question q) {
        var claimed = q.claimed();
        if (claimed == null || claimed.type() != dev.dealbot.text.Figure.Type.DATE && !claimed.day()
                || !PUBLISHED.matcher(q.english()).find()) return null;
        String found = null;
        for (var a : corpus.articles()) {
            String written = a.writtenDate();
            if (written == null || dev.dealbot.text.Figures.of(written).stream().noneMatch(claimed::sameAs)) continue;
            if (found != null) return null;
            found = a.docId();
        }
        return found;
    }

    /**
     * What a question about the articles adds to a draft: the articles it cites, each as its source, title and date
     * ("Reported in: Wedoany, “…”."), for who published or wrote it; "No — the articles differ …" when it asks whether
     * they agree and quotes a point they conflict on.
     */
    void frame(Question q, DraftBuilder draft) {
        if (q.source()) {
            List<String> parts = new ArrayList<>();
            for (String docId : stating(q, draft)) {
                var a = corpus.article(docId).orElseThrow();
                String date = a.writtenDate() != null ? a.writtenDate() : a.date();
                parts.add(a.source() + ", “" + a.title() + "”" + (date == null ? "" : ", " + date));
            }
            if (!parts.isEmpty()) draft.lead("Reported in: " + String.join("; ", parts) + ".");
        }
        // an answer that opens with the side of a disagreement fewer articles take opens with the other side first: the
        // point is then told as most articles tell it, and the disagreement noted after
        if (!q.agreement() && !q.source() && draft.sentences().size() > 0) {
            SentenceInfo first = draft.sentences().get(0);
            var conflict = facts.conflictOf(first).orElse(null);
            if (conflict != null && articles(conflict.sideOf(first)) < articles(conflict.against(first))
                    && draft.sentences().stream().noneMatch(conflict.against(first)::contains))
                draft.leadQuote(conflict.against(first).stream().max(Comparator.comparingInt(facts::corroboration)).orElseThrow());
        }
        // "do the articles agree that ...?" answered "No — they differ" is not also answered "Yes" for the claim
        // a point they differ on is one the question asks about: whether a thing stops is no disagreement on its figure
        boolean asksFigure = q.figures().stream().anyMatch(f -> f.type() != dev.dealbot.text.Figure.Type.YEAR) || FIGURE_ASKED.matcher(q.english()).find();
        // and a sentence's conflict is on what is asked only when each side speaks of it ("when the licence ends" is not
        // answered by a sentence on the licence whose conflict is on the revenue share it also names)
        List<dev.dealbot.question.QueryTerm> topic = q.agreement() ? topic(q) : List.of();
        java.util.function.Predicate<Facts.Conflict> asked = c -> !(asksFigure && c.polarity()) && onTopic(topic, c);
        if (q.agreement() && !draft.opensWithVerdict() && draft.sentences().stream().noneMatch(s -> facts.conflictOf(s)
                .filter(asked).isPresent())) quoteConflictOnTopic(q, draft, asksFigure);
        if (q.agreement() && !draft.opensWithVerdict() && draft.sentences().stream().anyMatch(s -> facts.conflictOf(s)
                .filter(asked).isPresent())) draft.withoutOpening("Yes.").lead(differ(q.english(), q.yesNo()));
        // asked whether they agree on a figure, one article giving it only as a bound ("up to $50 billion") is said so
        else if (q.agreement() && !draft.opensWithVerdict() && !draft.sentences().isEmpty()) boundedElsewhere(draft);
    }

    /** The question's topic words: besides those asking about the articles, names, and words of stopping or going on. */
    private List<dev.dealbot.question.QueryTerm> topic(Question q) {
        Set<String> markers = new java.util.HashSet<>();
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(q.english()))
            if (dev.dealbot.text.Polarity.of(t.surface()) != dev.dealbot.text.Polarity.NEUTRAL) markers.add(t.stem());
        return q.query().terms().stream().filter(t -> !AGREEMENT_WORDS.contains(t.term())
                && !BETWEEN.contains(t.term()) && !markers.contains(t.term()) && !table.names().known(t.term())).toList();
    }

    /**
     * Each side of the conflict has a sentence with the most distinctive word of the question's topic that the conflict's
     * sentences use: of its words besides those asking about the articles, names, and words of stopping or going on
     * (which the sides say differently). A side without it speaks of something else ("whether the share is capped" is
     * not what "discontinued" against "continue ... subject to a cap" differ on).
     */
    private static boolean onTopic(List<dev.dealbot.question.QueryTerm> topic, Facts.Conflict c) {
        // of the topic's words, the ones the conflict's sentences use ("whether" is a word of asking, which no side uses)
        List<SentenceInfo> all = java.util.stream.Stream.concat(c.one().stream(), c.other().stream()).toList();
        List<dev.dealbot.question.QueryTerm> used = topic.stream().filter(t -> all.stream().anyMatch(s -> t.matchIn(s.terms()) > 0)).toList();
        if (used.isEmpty()) return false;
        dev.dealbot.question.QueryTerm weightiest = used.stream().max(Comparator.comparingDouble(dev.dealbot.question.QueryTerm::weight)).orElseThrow();
        return java.util.stream.Stream.of(c.one(), c.other()).allMatch(side -> side.stream().anyMatch(s -> weightiest.matchIn(s.terms()) > 0));
    }

    /**
     * Asked whether the articles agree on a topic ("Is there any inconsistency between the reports about the revenue
     * share?") and the best sentences take no side: a point they conflict on whose sentence has every word of the topic
     * (the question's words besides those asking about the articles) is the one asked about; each side's best-corroborated
     * sentence is quoted.
     */
    private void quoteConflictOnTopic(Question q, DraftBuilder draft, boolean asksFigure) {
        List<dev.dealbot.question.QueryTerm> topic = q.query().terms().stream().filter(t -> !AGREEMENT_WORDS.contains(t.term())
                && !BETWEEN.contains(t.term())).toList();
        if (topic.isEmpty()) return;
        for (var c : facts.conflicts()) {
            if (asksFigure && c.polarity()) continue;
            boolean onTopic = java.util.stream.Stream.concat(c.one().stream(), c.other().stream())
                    .anyMatch(s -> topic.stream().allMatch(t -> t.matchIn(s.terms()) > 0));
            if (!onTopic) continue;
            for (var side : List.of(c.one(), c.other())) {
                SentenceInfo s = side.stream().max(Comparator.comparingInt(facts::corroboration)).orElseThrow();
                if (!draft.contains(s.text())) draft.say(s.quote(), List.of(draft.cite(s, s.quote())));
            }
            return;
        }
    }

    /**
     * The articles a draft cites that state what a question asks about the articles: with a figure asked ("which
     * article gives the $228.3 billion book value?"), those whose cited sentence gives it, not those cited only for
     * another figure of the same sentence; all of them when none gives it or no figure is asked.
     */
    static List<String> stating(Question q, DraftBuilder draft) {
        var asked = q.figures().stream().filter(f -> f.type() != dev.dealbot.text.Figure.Type.YEAR).toList();
        if (asked.isEmpty()) return draft.docIds();
        List<String> out = draft.sentences().stream()
                .filter(s -> asked.stream().allMatch(f -> s.figures().stream().anyMatch(g -> f.sameAs(g) || f.rounds(g))))
                .map(SentenceInfo::docId).distinct().toList();
        return out.isEmpty() ? draft.docIds() : out;
    }

    /**
     * The first quote's figure that another article gives with other bounding words ("a $50 billion investment" and
     * "an investment of up to $50 billion"): "They give the same figure, but not alike:" before, that quote after.
     */
    private void boundedElsewhere(DraftBuilder draft) {
        SentenceInfo first = draft.sentences().get(0);
        for (var f : first.figures()) {
            if (f.type() == dev.dealbot.text.Figure.Type.YEAR) continue;
            int mine = Shares.bound(first, f);
            for (SentenceInfo other : table.all()) {
                if (other.docId().equals(first.docId()) || !FigurePart.related(FigurePart.wordsAround(first, f), other.text())) continue;
                var same = other.figures().stream().filter(f::sameAs).findFirst().orElse(null);
                if (same == null || Shares.bound(other, same) == mine) continue;
                draft.lead("They give the same figure, but not in the same words:");
                if (!draft.contains(other.quote())) draft.say(other.quote(), List.of(draft.cite(other, other.quote())));
                return;
            }
        }
    }

    private static long articles(List<SentenceInfo> side) {
        return side.stream().map(SentenceInfo::docId).distinct().count();
    }
}
