package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Comparison;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers a comparison from one figure per side: which side wins, yes or no, or how far apart they are. The
 * conclusion is the only thing the bot says in its own words; it cites both figures and is followed by the two
 * quotes that state them.
 */
final class Reasoner {
    private final Selector selector;
    private final Composer composer;
    /** When the articles were written: where a month without a year falls. */
    private final java.time.YearMonth written;

    private final dev.dealbot.text.Names names;
    private final Shares shares;
    private final Checks checks;

    Reasoner(Selector selector, Composer composer, java.time.YearMonth written, dev.dealbot.text.Names names) {
        this.selector = selector;
        this.names = names;
        this.composer = composer;
        this.written = written;
        this.shares = new Shares(selector, composer, names);
        this.checks = new Checks(selector, names);
    }


    /**
     * Words of a side that say nothing of what it is ("will Microsoft still be ..."); of a sum, the words for money itself
     * and the light verb of giving it ("the cash it has put in"), which say only that it is a sum.
     */
    private static final Set<String> SIDE_FILLER = Set.of("still", "be", "get", "have", "ha", "hold", "keep", "go", "come", "happen", "take",
            "make", "do", "now", "ever", "yet", "again", "put", "cash", "monei");

    /** How far below the relevance floor a sentence may score and still date a time side by a date beside its word. */
    static final double WEAK_DATED_MARGIN = 0.06;

    /** How the bot names a sum the asker supposes. */
    static final String SUPPOSED = "the sum supposed";
    /** How the bot names a share the asker writes of no one ("10% of the valuation"). */
    static final String SUPPOSED_SHARE = "the share asked about";
    /** A later year the asker supposes. */
    static final String SUPPOSED_YEAR = "the year supposed";
    /** A year the question compares with ("... before 2032?"). */
    static final String ASKED_YEAR = "the year asked";
    /** How the bot names a side that is a statement before the question. */
    static final String STATED = "the figure stated before the question";
    /** How the bot names two things the asker described before the question. */
    static final String DESCRIBED_FIRST = "the first figure described", DESCRIBED_SECOND = "the second figure described";

    /** A side and the figure its evidence gives. */
    record Side(String words, Scored evidence, Figure figure) {
        Side {
            words = words.strip().replaceAll("[,;:—–-]+$", "").strip();
        }
    }

    /** The comparison's answer, or null when a side has no figure in the evidence. */
    DraftBuilder compare(Question q, Evidence e) {
        Comparison c = q.comparison();
        // a part and its sum stated apart ("the January 2023 round" of "its total investment"): the one over the other
        if (c.op() == Comparison.Op.SHARE) {
            DraftBuilder one = shares.answer(q, e);
            return one != null ? one : twoSides(q, e, c.percentOf());
        }
        if (c.op() == Comparison.Op.ORDER) return order(q, e);
        return twoSides(q, e, c);
    }

    /** Verbs of paying: what a side says a party pays or owes. */
    private static final java.util.regex.Pattern PAYS = java.util.regex.Pattern.compile("\\b(?:pay|pays|paid|paying|owe|owes|owed|owing)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The side tells what a party pays (named before the verb: "what Microsoft pays", not "owe Microsoft"), and the sentence has that party paid by another. */
    private boolean paidToPayer(String side, String sentence) {
        java.util.regex.Matcher pays = PAYS.matcher(side);
        if (!pays.find()) return false;
        dev.dealbot.text.Direction asked = dev.dealbot.text.Direction.ofQuestion(side.substring(0, pays.start()), names);
        dev.dealbot.text.Direction said = dev.dealbot.text.Direction.ofQuestion(sentence, names);
        return asked.source() != null && asked.target() == null && said.known() && names.same(said.target(), asked.source())
                && !names.same(said.source(), asked.source());
    }

    /** The one figure of {@code side} when it is a year after the articles were written; else null. */
    private Figure laterYear(String side) {
        List<Figure> figures = Figures.of(side);
        return figures.size() == 1 && figures.get(0).type() == Figure.Type.YEAR && figures.get(0).value() > written.getYear() ? figures.get(0) : null;
    }

    /** The answer worked out from each side's own figure, or null when a side has none in the evidence. */
    private DraftBuilder twoSides(Question q, Evidence e, Comparison c) {
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Question part = q.sides().get(i);
            // a share applied to a sum: the first side's figure is the share
            Figure.Type type = c.op() == Comparison.Op.PRODUCT && i == 0 ? Figure.Type.PERCENT : Figuring.typeFor(c.kind());
            String partner = c.stated() >= 0 && !c.isStated(i) ? c.sides().get(c.stated()) : null;
            // a sum the asker supposes is taken as given: no evidence states it, and none is cited for it
            if (c.supposes(i)) {
                List<Figure> written = Figures.of(c.sides().get(i));
                if (written.isEmpty()) return null;
                sides.add(new Side(i == 0 ? SUPPOSED_SHARE : SUPPOSED, null, written.get(0)));
                continue;
            }
            // a side that is a year itself ("Does the share end before 2032?") is that year: no article is looked up for it
            Figure year = type == Figure.Type.YEAR && c.op() == Comparison.Op.YES_NO ? bareYear(c.sides().get(i)) : null;
            if (year != null) {
                sides.add(new Side(ASKED_YEAR, null, year));
                continue;
            }
            Side side = side(part, e.plan().sides().get(i), e, c.sides().get(i), c.isStated(i), partner, type, sides);
            // a year after the articles were written, stated before the question and stated by no article ("If OpenAI
            // declares AGI in 2028, how many years until ..."), is the asker's supposition, taken as given
            Figure later = side == null && c.isStated(i) && type == Figure.Type.YEAR ? laterYear(c.sides().get(i)) : null;
            if (later != null) side = new Side(SUPPOSED_YEAR, null, later);
            if (side == null) return null;
            sides.add(side);
        }
        Side a = sides.get(0), b = sides.get(1);
        // a part whose sentence states its sum too was judged by that one quote (Shares), which did not find the part in it;
        // else every word the question says of the part is in its quote ("its first round" is not "that round")
        if (q.comparison().op() == Comparison.Op.SHARE && a.evidence() != null && !Shares.partSaid(c, a.evidence().sentence(), a.figure(), b.figure()))
            return null;
        // a supposed sum paid one way, the share the articles state paid the other ("what would Microsoft pay OpenAI?")
        if (c.supposes(1) && paysTheOtherWay(Reversal.receiver(q.english(), names), a)) return null;
        // a supposed sum of a year after the share ends ("if OpenAI brought in $25bn in 2031"): no share is paid of it, as
        // the sentence giving the end says
        Figure supposedYear = c.supposes(1) ? supposedYear(q.english(), c.sides().get(1)) : null;
        dev.dealbot.retrieval.Candidate ended = supposedYear == null ? null : endingBefore(a.figure(), supposedYear, e.of(e.plan().sides().get(0)));
        if (ended != null) return afterTheEnd(ended, end(ended, a.figure(), supposedYear), supposedYear);
        // time left is counted to an end the articles give ("until 2032"), not to a date the thing merely has
        if (c.word().equals(Comparison.LEFT) && (b.figure().end() > b.evidence().sentence().quote().length()
                || Years.asked(b.evidence().sentence().quote(), b.figure()) != Years.Asked.UNTIL)) return null;
        if (!SideChecks.comparable(q, a.figure(), a.evidence(), b.figure(), names)) return null;
        if (c.op() == Comparison.Op.SUM && !Total.addable(a, b, names)) return null;
        // a share of a whole the asker stated ("nearly a third of OpenAI") went up or down only to a share of that whole:
        // not to a share of revenue
        if (c.word().equals(Comparison.UP_OR_DOWN) && c.isStated(0) && b.evidence() != null) {
            String whole = SideChecks.wholeOf(c.sides().get(0), Figures.of(c.sides().get(0)));
            String later = SideChecks.wholeOf(b.evidence().sentence().quote(), List.of(b.figure()));
            if (whole != null && !whole.isEmpty() && (later == null || !later.isEmpty() && !later.equals(whole))) return null;
        }
        // a share applied to a sum its sentence dates ("the $29 billion valuation in January 2023") is the share of then:
        // one whose evidence names no such date is of another time
        if (c.op() == Comparison.Op.PRODUCT && a.evidence() != null && b.evidence() != null && !sameTime(b.evidence().sentence().text() + " " + c.sides().get(1),
                a.evidence().sentence().quote())) return null;
        if (c.stated() == Comparison.BOTH) { // two things the asker described: told apart by their place
            a = new Side(DESCRIBED_FIRST, a.evidence(), a.figure());
            b = new Side(DESCRIBED_SECOND, b.evidence(), b.figure());
        }
        DraftBuilder draft = new DraftBuilder();
        List<Integer> citeA = a.evidence() == null ? List.of(0) : composer.cite(draft, a.evidence().sentence());
        List<Integer> citeB = b.evidence() == null ? List.of(0) : composer.cite(draft, b.evidence().sentence());
        String conclusion = conclusion(c, a, b, citeA.get(0), citeB.get(0));
        if (conclusion == null) return null;
        // what is worked out from a sum the asker supposes is theirs to check, not the articles': named, not grounded
        if (a.evidence() == null || b.evidence() == null)
            for (Figure f : Figures.of(conclusion)) if (!f.sameAs((a.evidence() == null ? b : a).figure())) draft.deny(f.digits());
        // a product checked against a figure the articles state is said against it; without that figure, the product alone
        Checks.Checked found = c.checkedSide() == null ? null : checks.find(q, e, a.figure(), b.figure());
        Checks.Checked check = found != null && Checks.inLine(a.figure(), b.figure(), found.figure()) ? found : null;
        List<Integer> citeC = check == null ? List.of() : composer.cite(draft, check.evidence().sentence());
        draft.say(check == null ? conclusion : Checks.sentence(a.figure(), b.figure(), check.figure(), citeA.get(0), citeB.get(0), citeC.get(0)),
                List.of());
        if (a.evidence() != null) draft.say(a.evidence().sentence().quote(), citeA);
        if (b.evidence() != null && (a.evidence() == null || !b.evidence().sentence().equals(a.evidence().sentence())))
            draft.say(b.evidence().sentence().quote(), citeB);
        if (check != null && !draft.contains(check.evidence().sentence().quote())) draft.say(check.evidence().sentence().quote(), citeC);
        return draft;
    }


    /**
     * Three or more events in the order their evidence dates them, each with its date and citation ("In order: the memo
     * leak, mid-April [1]; ..."), then the quotes; null when an event has no date in the evidence.
     */
    private DraftBuilder order(Question q, Evidence e) {
        Comparison c = q.comparison();
        boolean time = c.kind() == dev.dealbot.text.Kind.TIME;
        Figure.Type type = time ? Figure.Type.YEAR : Figuring.typeFor(c.kind());
        List<Side> events = new ArrayList<>();
        for (int i = 0; i < c.sides().size(); i++) {
            // a year in an event's words describes it ("the statement of the 2027 goal"), it does not date it
            String written = c.sides().get(i);
            if (time) for (Figure f : Figures.of(written)) written = written.replace(f.text(), " ");
            Side side = side(q.sides().get(i), e.plan().sides().get(i), e, written.replaceAll("\\s+", " ").strip(), false, null, type, events);
            if (side == null) return null;
            // an event named by its sum ("the $7.5 billion gain") is dated only by a sentence stating that sum
            List<Figure> sums = Figures.of(c.sides().get(i)).stream().filter(f -> f.type() == Figure.Type.MONEY || f.type() == Figure.Type.PERCENT).toList();
            if (time && !sums.isEmpty() && sums.stream().noneMatch(f -> side.evidence().sentence().figures().stream().anyMatch(f::sameAs))) return null;
            events.add(new Side(eventLabel(c.sides().get(i), i), side.evidence(), side.figure()));
        }
        // events in the order they happened; figures ranked by size, largest first unless asked otherwise
        List<Side> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingDouble(s -> time || !c.larger() ? s.figure().value() : -s.figure().value()));
        for (int i = 1; i < sorted.size(); i++) if (!time && sorted.get(i).figure().sameAs(sorted.get(i - 1).figure())) return null;
        DraftBuilder draft = new DraftBuilder();
        List<String> said = new ArrayList<>();
        for (Side s : sorted) said.add(s.words() + ", " + s.figure().display() + " [" + composer.cite(draft, s.evidence().sentence()).get(0) + "]");
        String opening = time ? "In order: " : c.larger() ? "From largest to smallest: " : "From smallest to largest: ";
        draft.say(opening + String.join("; ", said) + ".", List.of());
        List<dev.dealbot.index.SentenceInfo> quoted = new ArrayList<>();
        for (Side s : sorted) {
            if (quoted.contains(s.evidence().sentence())) continue;
            quoted.add(s.evidence().sentence());
            draft.say(s.evidence().sentence().quote(), composer.cite(draft, s.evidence().sentence()));
        }
        return draft;
    }

    /** The stem of the word right after {@code f} in {@code quote}, or "" when none follows. */
    private static String nextStem(String quote, Figure f) {
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(quote.substring(f.end()))) return t.stem();
        return "";
    }

    /** A date within the year written ("April 27, 2026" for "the 2026 revision"): the side's year, to the day. */
    private static boolean inYear(Figure g, Figure year) {
        return year.type() == Figure.Type.YEAR && g.type() == Figure.Type.DATE && (int) Math.floor(g.value()) == (int) year.value();
    }

    /**
     * The best relevant evidence that names the side's actor and gives its kind of figure. A side the question
     * writes as a figure ("27% of ...") is only ever that figure: evidence must state it.
     */
    private Side side(Question part, Probe probe, Evidence e, String written, boolean statement, String partner, Figure.Type type,
            List<Side> taken) {
        // a statement the question points back to is named, not repeated: the asker's words are not the bot's to say
        String words = statement ? STATED : written;
        List<Figure> described = SideChecks.described(written);
        Figure asked = Figures.of(written).stream().filter(f -> f.type() == type && !described.contains(f)).findFirst().orElse(null);
        String actor = names.actor(written);
        // a sum or share named by a word no article uses ("the 7.5 billion loss") is not a thing the articles give a figure of
        boolean measure = !statement && (type == Figure.Type.MONEY || type == Figure.Type.PERCENT);
        if (measure && SideChecks.misnamedFigure(written, asked, part.query())) return null;
        // a thing the articles name only without a figure of the kind ("subject to an overall cap") has none to compare
        dev.dealbot.question.QueryTerm head = measure && asked == null ? SideChecks.head(written, probe.query(), names) : null;
        if (head != null && !SideChecks.figured(head, Figuring.kindFor(type), e.of(probe))) return null;
        boolean ongoing = written.toLowerCase(Locale.ROOT).matches(".*\\bstill\\b.*");
        Set<String> own = FigurePart.ownWords(probe.query(), names, SIDE_FILLER);
        List<dev.dealbot.question.QueryTerm> ownTerms = FigurePart.ownTerms(probe.query(), names, SIDE_FILLER);
        Set<String> sideWords = new java.util.HashSet<>(FigurePart.sideWords(probe.query()));
        sideWords.removeAll(SIDE_FILLER);
        if (!described.isEmpty()) sideWords.retainAll(SideChecks.stems(SideChecks.undescribed(written)));
        // the side's own words, no synonyms: what a date within the year must stand near
        Set<String> sideTerms = new java.util.HashSet<>(probe.query().terms().stream().map(dev.dealbot.question.QueryTerm::term).toList());
        sideTerms.removeAll(SIDE_FILLER);
        // a time side that writes a figure of another kind ("Microsoft's $10bn round") is dated by the sentence stating it
        // so is a side whose point a clause marks by a figure ("the round in which Microsoft put in $10B"): the sentence states it
        List<Figure> marks = type == Figure.Type.YEAR ? Figures.of(written).stream()
                .filter(f -> f.type() == Figure.Type.MONEY || f.type() == Figure.Type.PERCENT).toList() : described;
        // a side named as the first of its kind is dated by the earliest of the sentences that date it, not the best-ranked
        // ("the first investment": 2019, not an investment of this February whose sentence speaks of a first tranche)
        boolean earliest = type == Figure.Type.YEAR && asked == null && namesFirst(written);
        Side first = null;
        for (Scored s : selector.rank(part, probe.query(), e.of(probe), Set.of(Figuring.kindFor(type)), false, false)) {
            // a date beside the side's own word ("published ... on April 27 local time, announcing major revisions" for "the
            // announcement") dates it though the sentence shares little else with a side of one or two words: when the
            // sentence has every word of the side
            boolean weak = !selector.relevant(s);
            // the rank is by score: below the floor (less a margin for a time side) nothing after is relevant; a sentence
            // above it that is weak for sharing few words does not end the search
            if (weak && s.score() < selector.minRelevance() - (type == Figure.Type.YEAR ? WEAK_DATED_MARGIN : 0)) break;
            if (weak && type != Figure.Type.YEAR) continue;
            if (!marks.stream().allMatch(m -> s.sentence().figures().stream().anyMatch(m::roughly))) continue;
            // a side's figure comes only from evidence that names the party acting in it
            if (actor != null && !names.mentioned(s.sentence().quote().toLowerCase(Locale.ROOT), actor)) continue;
            // a side dated by a year ("its valuation at the January 2023 round") is a figure of that year: evidence states it;
            // the articles' own year is their present, which they need not write
            if (type != Figure.Type.YEAR && !yearsIn(written, s.sentence().quote())) continue;
            // so is a side dated by a month ("the October valuation"): evidence names that month
            if (!ClaimMonths.named(ClaimMonths.of(written), s.sentence().quote())) continue;
            // and a side as it is now is no figure its sentence dates to a month of an earlier year ("the $29 billion
            // valuation in January 2023" is not the stake's value now)
            if (type != Figure.Type.YEAR && Comparison.atNow(written)
                    && dev.dealbot.text.CalendarDates.of(s.sentence().text(), this.written).stream().anyMatch(d -> (int) d.value() < this.written.getYear()))
                continue;
            // a state asked to go on ("will Microsoft still be a shareholder after ...?") ends only where the evidence says
            // that state, every word of it besides its parties: a shareholder is not the license, a license not an exclusive one
            if (ongoing && asked == null && !ownTerms.isEmpty() && !ownTerms.stream().allMatch(t -> FigurePart.says(t, s.sentence().text(), true)))
                continue;
            // nor where it says the state is not so ("still exclusive" against "now non-exclusive")
            if (ongoing && FigurePart.negates(own, s.sentence().text())) continue;
            // a quote giving several figures of the kind gives the side's only where its words tell which ("over $13 billion
            // in OpenAI cumulative" against "$10 billion in that round" for "Microsoft's total investment" tells neither)
            List<Figure> ofType = ownWhenDated(written, s.sentence(), s.sentence().figures().stream()
                    .filter(g -> g.type() == type && g.end() <= s.sentence().quote().length())
                    .filter(g -> type == Figure.Type.YEAR || described.stream().noneMatch(g::roughly)).toList());
            Figure headed = asked == null ? Figuring.headed(ofType, s.sentence().quote(), SideChecks.undescribed(written)) : null;
            // a side marked by a figure ("Microsoft's $10bn round") has the one figure of the kind of the sentence stating the
            // mark (a year, or "$29 billion valuation ... $10 billion in that round"), not one of the sentence quoted before it
            int ownStart = s.sentence().quote().length() - s.sentence().text().length();
            List<Figure> ownYears = ofType.stream().filter(g -> g.start() >= ownStart).toList();
            Figure told = !marks.isEmpty() && ownYears.size() == 1 ? ownYears.get(0) : null;
            if (told == null && asked == null && headed == null && !statement && ofType.size() > 1) told = Shares.owned(ofType, sideWords, s.sentence().quote());
            if (asked == null && headed == null && !statement && ofType.size() > 1 && told == null) continue;
            // a figure the side writes to mark its point ("the $29 billion round") that the sentence gives with the side's
            // own word right after it ("the estimated $29 billion valuation"): the side's figure, not a mark of another
            Figure markedOwn = described.isEmpty() ? null : s.sentence().figures().stream()
                    .filter(g -> g.type() == type && g.end() <= s.sentence().quote().length() && described.stream().anyMatch(g::roughly)
                            && sideWords.contains(nextStem(s.sentence().quote(), g))).findFirst().orElse(null);
            if (markedOwn != null) headed = markedOwn;
            Figure stated = headed != null ? headed : told != null ? told : asked == null ? Figuring.of(s.sentence(), type, probe.query())
                    : s.sentence().figures().stream().filter(g -> g.sameAs(asked) || inYear(g, asked)).findFirst().orElse(null);
            Figure found = stated == null && type == Figure.Type.YEAR && asked == null ? dated(s.sentence()) : withinDate(s.sentence(), stated);
            // a statement is dated by when it was made, not by a year it sets as a goal ("stated in early April that ...
            // by 2027"): the sentence's date of it, or no date
            // so is one the asker names by the year it speaks of ("Suleyman's 2027 statement")
            // (not one the asker names by its goal: "Suleyman's stated goal year" is the year aimed at)
            if (found != null && (asked == null || SideChecks.speechOfYear(written)) && found.type() == Figure.Type.YEAR
                    && Selector.SPEECH.matcher(written.toLowerCase(Locale.ROOT)).find() && !SideChecks.namesGoal(written)
                    && dev.dealbot.text.TimeBound.of(s.sentence().quote(), found) == dev.dealbot.text.TimeBound.DEADLINE) {
                found = dated(s.sentence());
                if (found == null) continue;
            }
            Figure f = found;
            // a date within the year is the side's only near its words: "The announcement follows revisions made in October"
            // dates the revisions
            if (f != null && stated == null && !SideChecks.near(s.sentence(), f, sideTerms)) continue;
            if (weak && (stated != null || f == null || asked != null || ownTerms.isEmpty()
                    || !ownTerms.stream().allMatch(t -> t.matchIn(s.sentence().terms()) > 0))) continue;
            if (f == null || statement && !(stated == null && type == Figure.Type.YEAR ? Stated.dates(part, s.sentence(), f, names)
                    : Stated.backs(part, actor, s.sentence(), stated, names))) continue;
            // a side written as a figure ("Microsoft owns 20%") is that figure in a sentence about the side's thing, not
            // another thing's 20% ("a 20% revenue share")
            // (an event dated by its year may be told in a synonym: "the 2026 revision" is "the amended agreement ... 2026"; so
            // may a sum: "worth $850 billion" is "valuation ... $850 billion")
            if (asked != null && !statement && !ownTerms.isEmpty()
                    && ownTerms.stream().noneMatch(t -> FigurePart.says(t, s.sentence().text(),
                            asked.type() == Figure.Type.YEAR || asked.type() == Figure.Type.MONEY)))
                continue;
            if (partner != null && !againstStatement(written, partner, s.sentence(), type)) continue;
            // what a party pays is no figure of a sentence in which that party is paid ("what Microsoft pays" against "paid
            // by OpenAI to Microsoft")
            if (paidToPayer(written, s.sentence().text())) continue;
            // "the book value of its investment" is no measure of "its total investment": another measure of the same thing
            if (asked == null && f.end() <= s.sentence().quote().length() && SideChecks.otherMeasure(FigurePart.around(s.sentence().quote(), f), sideWords)) continue;
            // nor is an earlier one of the side's thing ("follows earlier revisions ... made in October") the thing the side
            // names without that word ("the revision": the one the articles report)
            if (f.end() <= s.sentence().quote().length() && SideChecks.earlierOne(written, FigurePart.around(s.sentence().quote(), f), sideTerms)) continue;
            // nor is the worth of a holding in a company ("the book value of its investment") its valuation
            if (asked == null && f.end() <= s.sentence().quote().length() && SideChecks.holdingForValuation(written, FigurePart.around(s.sentence().quote(), f))) continue;
            // nor is a revenue share a measure of "its ownership share"
            if (asked == null && measure && f.end() <= s.sentence().quote().length()
                    && SideChecks.otherKind(part.english(), FigurePart.around(s.sentence().quote(), f), probe.query(), names)) continue;
            // and a part of a kind ("its revenue share") comes from a sentence that names that kind
            if (asked == null && type == Figure.Type.PERCENT && SideChecks.kindUnsaid(part.english(), s.sentence().text(), probe.query(), names)) continue;
            // a sum is the side's only where the sentence stating it (not the one quoted before it for context) has
            // a word of the side besides its parties ("Microsoft committed money": not "Microsoft valued its stake ... at
            // $135 billion", though OpenAI "committed to" spending in the sentence before)
            if (asked == null && type == Figure.Type.MONEY && !statement && !ownTerms.isEmpty() && !saysSide(s.sentence(), f, ownTerms)) continue;
            boolean same = taken.stream().anyMatch(t -> t.evidence() != null && t.evidence().sentence().equals(s.sentence()) && t.figure().sameAs(f));
            if (same) continue;
            if (!earliest) return new Side(words, s, f);
            if (first == null || f.value() < first.figure().value()) first = new Side(words, s, f);
        }
        return first;
    }

    /** "The first investment", "its initial deal": of the things a time side names, the one dated earliest. */
    private static final java.util.regex.Pattern EARLIEST = java.util.regex.Pattern.compile("(?i)\\b(?:first|initial|original|earliest)\\b");

    /** The side names the first of its kind ("the first investment", "its initial deal"). */
    static boolean namesFirst(String written) {
        return EARLIEST.matcher(written).find();
    }

    /**
     * A side dated by a year or a month that the sentence itself writes ("Microsoft's January 2023 investment") is a figure
     * of the sentence, not of the one its quote gives before it for context: of {@code figures}, the sentence's own, if any.
     */
    static List<Figure> ownWhenDated(String written, SentenceInfo s, List<Figure> figures) {
        int ownStart = s.quote().length() - s.text().length();
        if (ownStart <= 0) return figures;
        List<Figure> years = Figures.of(written).stream().filter(f -> f.type() == Figure.Type.YEAR).toList();
        Set<String> months = ClaimMonths.of(written);
        boolean dated = !years.isEmpty() && years.stream().allMatch(y -> Figures.of(s.text()).stream().anyMatch(y::sameAs))
                || !months.isEmpty() && ClaimMonths.named(months, s.text().toLowerCase(Locale.ROOT));
        if (!dated) return figures;
        List<Figure> mine = figures.stream().filter(g -> g.start() >= ownStart).toList();
        return mine.isEmpty() ? figures : mine;
    }

    /** The year of the case the question imagines ("if OpenAI brought in $25bn in 2031"), or null. */
    private static Figure supposedYear(String question, String sum) {
        // a year of the supposition's clause, or one dating the supposed sum ("from $10 billion of revenue in 2031")
        int at = question.indexOf(sum);
        return Figures.of(question).stream().filter(f -> f.type() == Figure.Type.YEAR && (Misstated.hypothetical(question, f)
                || at >= 0 && f.start() > at && !question.substring(at, f.start()).matches("(?s).*[,;?.!].*"))).findFirst().orElse(null);
    }

    /** Some evidence stating the share says it is paid until a year before {@code year}. */
    /** The sentence that states {@code share} paid until a year before {@code year}, or null. */
    private static dev.dealbot.retrieval.Candidate endingBefore(Figure share, Figure year, List<dev.dealbot.retrieval.Candidate> candidates) {
        for (var c : candidates) if (end(c, share, year) != null) return c;
        return null;
    }

    /** The year before {@code year} until which {@code c}'s sentence says {@code share} is paid, or null. */
    private static Figure end(dev.dealbot.retrieval.Candidate c, Figure share, Figure year) {
        String quote = c.sentence().quote();
        if (c.sentence().figures().stream().noneMatch(share::sameAs)) return null;
        for (Figure f : c.sentence().figures())
            if (f.type() == Figure.Type.YEAR && f.end() <= quote.length() && dev.dealbot.text.TimeBound.of(quote, f) == dev.dealbot.text.TimeBound.UNTIL
                    && f.value() < year.value()) return f;
        return null;
    }

    /** "Nothing: the articles say the share is paid until 2030, before 2031.", with the sentence that gives the end. */
    private DraftBuilder afterTheEnd(dev.dealbot.retrieval.Candidate ended, Figure end, Figure year) {
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cite = composer.cite(draft, ended.sentence());
        draft.say("Nothing, on the articles' terms: the share is paid until " + end.display() + ", before " + year.text() + ".", List.of());
        draft.say(ended.sentence().quote(), cite);
        return draft.deny(year.digits());
    }

    /** The clause of the side's evidence that states its figure has the asked receiver paying. */
    private boolean paysTheOtherWay(String receiver, Side side) {
        if (receiver == null) return false;
        for (var clause : side.evidence().sentence().clauses())
            if (clause.figures().stream().anyMatch(side.figure()::sameAs) && clause.direction().source() != null
                    && names.same(clause.direction().source(), receiver)) return true;
        return false;
    }

    /** {@code quote} names one of the months, or years before the articles' own, that {@code dated} names, or it names none. */
    private boolean sameTime(String dated, String quote) {
        java.util.Set<String> dates = new java.util.HashSet<>(ClaimMonths.of(dated));
        for (Figure f : Figures.of(dated)) if (f.type() == Figure.Type.YEAR && f.value() < this.written.getYear()) dates.add(f.text());
        String lower = quote.toLowerCase(Locale.ROOT);
        return dates.isEmpty() || dates.stream().anyMatch(lower::contains);
    }

    /** Every year before the articles' own that {@code side} writes is in {@code quote}. */
    private boolean yearsIn(String side, String quote) {
        return Figures.of(side).stream().filter(f -> f.type() == Figure.Type.YEAR && f.value() < this.written.getYear())
                .allMatch(y -> Figures.of(quote).stream().anyMatch(y::sameAs));
    }

    /**
     * The side set against a statement before the question ("Amazon's first tranche was $15 billion. How many times
     * bigger is the full investment?"): when it names no party of its own it is the statement's party's (the one acting in
     * it, else every party it names), so the evidence
     * must name that party; and a quote giving several figures of the kind does not say which one is meant. An event
     * is dated by its own words, whoever's it is ("Dresser's memo leaked in mid-April. How long between that leak and the
     * announcement?").
     */
    private boolean againstStatement(String written, String partner, dev.dealbot.index.SentenceInfo s, Figure.Type type) {
        if (s.figures().stream().filter(g -> g.type() == type).count() > 1) return false;
        if (!names.parties(written).isEmpty() || type == Figure.Type.YEAR) return true;
        String quote = s.quote().toLowerCase(Locale.ROOT);
        // the statement's party is the one acting in it ("OpenAI was valued at $29 billion when Microsoft made its bet"),
        // when it has one, not every party it names
        String actor = names.actor(partner);
        if (actor != null) return names.mentioned(quote, actor);
        return names.parties(partner).stream().allMatch(p -> names.mentioned(quote, p));
    }


    /**
     * What share of a whole the question names ("what fraction of the $50 billion came in the first tranche?") a part
     * is, from the best relevant sentence that states the named whole and one smaller figure of its kind, the part.
     * Without a named whole it is left to the ordinary answer: a stated percentage may be what is asked.
     */
    DraftBuilder share(Question q, List<dev.dealbot.retrieval.Candidate> candidates) {
        Figure whole = q.figures().stream().filter(f -> f.type() != Figure.Type.YEAR).findFirst().orElse(null);
        if (whole == null) return null;
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), true)) {
            if (!selector.relevant(s)) return null;
            List<Figure> ofKind = s.sentence().figures().stream().filter(f -> f.type() == whole.type()).toList();
            Figure stated = ofKind.stream().filter(whole::sameAs).findFirst().orElse(null);
            List<Figure> parts = ofKind.stream().filter(f -> !f.sameAs(whole) && f.value() < whole.value()).toList();
            if (stated == null || parts.size() != 1) continue;
            Figure part = parts.get(0);
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, s.sentence());
            draft.say(shareSentence(part, stated, cited.get(0)), List.of());
            draft.say(s.sentence().quote(), cited);
            return draft;
        }
        return null;
    }

    static String shareSentence(Figure part, Figure whole, int n) {
        return shareSentence(part, whole, n, n, "");
    }

    /** {@code hedge}: "at most ", "about ", ... when a figure is bounded ("over $13 billion"), else empty. */
    static String shareSentence(Figure part, Figure whole, int np, int nw, String hedge) {
        return "That is " + hedge + Figures.trim(Math.round(1000 * part.value() / whole.value()) / 10.0) + "% of it: " + part.display()
                + " [" + np + "] of " + whole.display() + " [" + nw + "].";
    }

    /** The year a side's words are, and nothing else ("2032", "the year 2032"); null otherwise. */
    private static Figure bareYear(String words) {
        String plain = words.strip().replaceFirst("(?i)^(?:the\\s+)?(?:year\\s+)?", "");
        List<Figure> figures = Figures.of(plain);
        return figures.size() == 1 && figures.get(0).type() == Figure.Type.YEAR && figures.get(0).text().equals(plain) ? figures.get(0) : null;
    }

    /**
     * What a side's words scale its figure by ("half of what it invested": 0.5); 1 when the figure is that share itself
     * ("the one-third it bought": "nearly one-third", 33.3%), which is no part of anything.
     */
    private static double scale(Side side) {
        double m = Comparison.multiplier(side.words());
        return m < 1 && side.figure().type() == Figure.Type.PERCENT && Math.abs(side.figure().value() - 100 * m) < 1 ? 1 : m;
    }

    /** What stands for a citation after a side's figure no article gives: "(supposed)", "(the sum supposed)". */
    private static String uncited(Side side) {
        return side.words().equals(SUPPOSED_YEAR) ? " (supposed)" : side.words().equals(ASKED_YEAR) ? " (asked)" : " (" + side.words() + ")";
    }

    /**
     * The bot's one sentence of its own, with the two figures cited inline; a side that scales its figure ("half of
     * what it invested") is compared scaled; null for a difference of scaled sides, which no article states.
     */
    static String conclusion(Comparison c, Side a, Side b, int na, int nb) {
        String fa = a.figure().display() + (a.evidence() == null ? uncited(a) : " [" + na + "]"), fb = b.figure().display() + (b.evidence() == null ? uncited(b) : " [" + nb + "]");
        String wa = label(a.words(), "the first"), wb = label(b.words(), "the second");
        double va = a.figure().value() * scale(a), vb = b.figure().value() * scale(b);
        boolean scaled = scale(a) != 1 || scale(b) != 1;
        // a scaled side shows what it comes to: "half of its total investment, $13 billion [2], so $6.5 billion"
        if (scale(a) != 1) fa += ", so " + shown(a.figure(), va);
        if (scale(b) != 1) fb += ", so " + shown(b.figure(), vb);
        boolean equal = scaled ? Math.abs(va - vb) <= 1e-9 * Math.max(1, Math.abs(va)) : a.figure().sameAs(b.figure());
        String gap = c.gap() && !scaled && !equal ? ", " + difference(a.figure(), b.figure()) + " apart" : "";
        return switch (c.op()) {
            case SHARE, ORDER -> null; // worked out from one quote by Shares; put in order by order()
            case PRODUCT -> scaled ? null : "That is about " + Figures.money(product(a.figure(), b.figure())) + ": " + fa + " of " + fb + ".";
            // only sums and counts add up: two percentages are of different wholes, two years no total
            case SUM -> scaled || a.figure().type() != b.figure().type() || a.figure().type() != Figure.Type.MONEY && a.figure().type() != Figure.Type.NUMBER
                    ? null : "Together that is " + Total.hedge(Total.bound(a), Total.bound(b)) + total(a.figure(), b.figure()) + ": " + wa + ", "
                    + Shares.hedgeWords(a.evidence().sentence(), a.figure()) + fa + "; " + wb + ", " + Shares.hedgeWords(b.evidence().sentence(), b.figure()) + fb + ".";
            // asked one way round ("A compared with B") and A the smaller: A over B, below one, A first
            case RATIO -> scaled || Math.min(va, vb) <= 0 ? null : c.word().equals(Comparison.PERCENT_CHANGE)
                    ? (equal ? "It stayed the same: " : "That is " + (vb > va ? "an increase" : "a decrease") + " of about "
                            + Figures.trim(Math.round(Math.abs(vb - va) / va * 1000) / 10.0) + "%: ") + wa + ", " + fa + "; " + wb + ", " + fb + "."
                    : c.word().equals(Comparison.PERCENT_OF) && va < vb
                    ? "That is about " + Figures.trim(Math.round(va / vb * 1000) / 10.0) + "% of it: " + wa + ", " + fa + "; " + wb + ", " + fb + "."
                    : c.word().equals(Comparison.AGAINST) && va < vb
                    ? "That is " + Figures.trim(Math.round(va / vb * 100) / 100.0) + " times as much: " + wa + ", " + fa + "; " + wb + ", " + fb + "."
            // else the larger side first, so "times as much" reads right whichever way the thing went
                    : "That is " + ratio(a.figure(), b.figure()) + " times as much: "
                    + (va >= vb ? wa + ", " + fa + "; " + wb + ", " + fb : wb + ", " + fb + "; " + wa + ", " + fa) + ".";
            case DIFFERENCE -> scaled ? null : c.word().equals(Comparison.UP_OR_DOWN) ? (equal ? "It stayed the same: " : "It went "
                    + (vb > va ? "up" : "down") + " by " + difference(a.figure(), b.figure()) + ": ") + wa + ", " + fa + "; " + wb + ", " + fb + "."
                    : "The difference is " + difference(a.figure(), b.figure())
                    // two sums compared, no more asked: how many times the one is the other too
                    + (c.word().equals(Comparison.COMPARED) && !equal && Math.min(va, vb) > 0 ? ", the larger " + ratio(a.figure(), b.figure()) + " times the smaller" : "")
                    + ": " + wa + ", " + fa + "; " + wb + ", " + fb + ".";
            case YES_NO -> {
                // the asker's own figure against one the articles only bound: decided by the bound, or not at all
                boolean aAsked = asked(a), bAsked = asked(b);
                int ba = a.evidence() == null ? 0 : Threshold.bound(a.evidence().sentence(), a.figure());
                int bb = b.evidence() == null ? 0 : Threshold.bound(b.evidence().sentence(), b.figure());
                if (!scaled && aAsked != bAsked && (aAsked ? bb : ba) != 0) {
                    Boolean wins = Threshold.firstWins(c.larger(), va, aAsked, ba, vb, bAsked, bb);
                    Side bounded = aAsked ? b : a;
                    String given = Shares.hedgeWords(bounded.evidence().sentence(), bounded.figure()) + (aAsked ? fb : fa);
                    if (wins == null) yield "The articles don't tell: they give " + label(bounded.words(), "it") + " only as " + given + ".";
                    yield (wins ? "Yes" : "No") + ": " + wa + ", " + (aAsked ? fa : given) + "; " + wb + ", " + (aAsked ? given : fb) + ".";
                }
                // a thing in the very year asked is neither before nor after it
                boolean yearAsked = a.words().equals(ASKED_YEAR) || b.words().equals(ASKED_YEAR);
                String verdict = equal ? (yearAsked ? "No" : "No, they are the same") : va > vb == c.larger() ? "Yes" : "No";
                yield verdict + ": " + wa + ", " + fa + "; " + wb + ", " + fb + gap + ".";
            }
            case WHICH -> {
                // the asker's own figure against the same one the articles give only as a bound ("more or less than $13
                // billion?" of "over $13 billion"): what the articles say, bound and all, tells which
                if (equal && !scaled && asked(a) != asked(b)) {
                    Side bounded = asked(a) ? b : a;
                    if (bounded.evidence() != null && Threshold.bound(bounded.evidence().sentence(), bounded.figure()) != 0)
                        yield "The articles say " + Shares.hedgeWords(bounded.evidence().sentence(), bounded.figure()) + (asked(a) ? fb : fa) + ".";
                }
                if (equal) yield "Both are the same: " + wa + ", " + fa + "; " + wb + ", " + fb + ".";
                boolean aWins = va > vb == c.larger();
                // "is A before or after B?" is answered in its own words, of A
                if (c.word().equals("before"))
                    yield capitalise(wa) + " comes " + (aWins ? "before " : "after ") + wb + ": " + fa + ", against " + fb + gap + ".";
                String w = aWins ? wa : wb, l = aWins ? wb : wa;
                String fw = aWins ? fa : fb, fl = aWins ? fb : fa;
                // "Amazon invested in OpenAI" against "Microsoft invested in OpenAI": who is asked, named alone
                String[] doers = doers(w, l);
                if (doers != null) yield capitalise(doers[0]) + ": " + fw + ", against " + fl + " for " + doers[1] + gap + ".";
                yield capitalise(w) + " " + agreeing(verb(c), w) + ": " + fw + ", against " + fl + " for " + l + gap + ".";
            }
        };
    }

    /** The sentence of {@code s}'s quote that states {@code f} has one of {@code terms}. */
    private static boolean saysSide(SentenceInfo s, Figure f, List<dev.dealbot.question.QueryTerm> terms) {
        int ownStart = s.quote().length() - s.text().length();
        String stating = f.start() >= ownStart ? s.text() : s.quote().substring(0, Math.max(0, ownStart));
        Set<String> stems = new java.util.HashSet<>();
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(stating)) stems.add(t.stem());
        return terms.stream().anyMatch(t -> t.matchIn(stems) > 0);
    }

    /**
     * Two sides that differ only in who does the same deed ("Amazon invested in OpenAI", "Microsoft invested in
     * OpenAI"): the doers, each a name of a few words; else null.
     */
    static String[] doers(String a, String b) {
        String[] x = a.strip().split("\\s+"), y = b.strip().split("\\s+");
        int shared = 0;
        while (shared < Math.min(x.length, y.length) - 1 && x[x.length - 1 - shared].equalsIgnoreCase(y[y.length - 1 - shared])) shared++;
        if (shared == 0) return null;
        String da = String.join(" ", java.util.Arrays.copyOf(x, x.length - shared)), db = String.join(" ", java.util.Arrays.copyOf(y, y.length - shared));
        return DOER.matcher(da).matches() && DOER.matcher(db).matches() ? new String[] {da, db} : null;
    }

    /** A doer named in a few capitalised words ("Amazon", "Microsoft AI"). */
    private static final java.util.regex.Pattern DOER = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*(\\s+\\p{Lu}[\\p{L}-]*){0,2}");

    /** The side is the asker's own figure ("$15 billion"), written in its words. */
    private static boolean asked(Side side) {
        return Figures.of(side.words()).stream().anyMatch(side.figure()::sameAs) && side.words().replaceAll("[^\\p{L}]", "").length() <= 12;
    }

    /** Longest side the bot repeats in its own sentence; a longer one is named by its place. */
    static final int MAX_LABEL_WORDS = 8;
    /** A clause in the passive of a thing now ("OpenAI was valued now", a statement's thing as it is now): no name of it. */
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile("(?i)\\b(?:is|are|was|were|been)\\s+\\p{L}+ed\\b.*\\bnow$");
    /** A side that holds a clause of its own ("..., which everyone agrees is ...") or quotes someone. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[,;:!\"“”]|\\b(which|who|whom|that|because|since)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * How the bot names a side in its own sentence: the question's words for it when they only name a thing, else
     * "the first figure asked about": the asker's own clauses are not the bot's to say.
     */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth");

    /** An event as the asker wrote it, or by its place in their list when too long to repeat. */
    private static String eventLabel(String words, int i) {
        return plain(words) ? words : "the " + (i < ORDINALS.size() ? ORDINALS.get(i) : (i + 1) + "th") + " event listed";
    }

    static String label(String words, String place) {
        if (words.equals(STATED) || words.equals(DESCRIBED_FIRST) || words.equals(DESCRIBED_SECOND)) return words;
        return plain(words) ? words : place + " figure asked about";
    }

    /** Short enough to repeat, with no clause or quotation of its own. */
    private static boolean plain(String words) {
        return words.split("\\s+").length <= MAX_LABEL_WORDS && !CLAUSE.matcher(words).find() && !PASSIVE.matcher(words).find();
    }

    /** A head noun in the plural ("the payments"): its last word ends in a single s. */
    private static final java.util.regex.Pattern PLURAL_HEAD = java.util.regex.Pattern.compile("(?i).*\\b\\p{L}+[^su'’]s$");
    /** Where a noun phrase's head is over: a preposition or a clause after it ("the end of the payments", "the year when ..."). */
    private static final java.util.regex.Pattern AFTER_HEAD = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:of|for|on|about|from|in|into|to|with|by|at|under|over|between|when|where|that|which|who)\\b.*$");

    /** {@code verb} ("comes first", "is larger") as said of {@code subject}: in the plural for a plural head noun. */
    static String agreeing(String verb, String subject) {
        if (!PLURAL_HEAD.matcher(AFTER_HEAD.matcher(subject.strip()).replaceFirst("")).matches()) return verb;
        return verb.startsWith("is ") ? "are " + verb.substring(3) : verb.replaceFirst("^(\\w+)s\\b", "$1");
    }

    private static String verb(Comparison c) {
        return switch (c.word().toLowerCase(Locale.ROOT)) {
            case "first", "sooner", "earlier", "before" -> "comes first";
            case "last", "later", "after" -> "comes later";
            case "longer" -> "runs longer";
            case "shorter" -> "is shorter";
            case "smaller", "less", "fewer", "lower" -> "is smaller";
            default -> "is larger";
        };
    }

    /** A percentage of a sum, rounded to a tenth of the sum's unit (billions, millions). */
    static double product(Figure share, Figure sum) {
        double v = share.value() / 100 * sum.value();
        double unit = v >= 1e9 ? 1e8 : v >= 1e6 ? 1e5 : 1;
        return Math.round(v / unit) * unit;
    }

    /** How many times the larger figure is the smaller, to one decimal. */
    static String ratio(Figure a, Figure b) {
        double r = Math.max(a.value(), b.value()) / Math.min(a.value(), b.value());
        return Figures.trim(Math.round(r * 10) / 10.0);
    }

    /** The gap between two figures of one type, as the bot writes it. */
    /** A value worked out from a figure, written in the figure's unit. */
    private static String shown(Figure f, double value) {
        return switch (f.type()) {
            case MONEY -> Figures.money(value);
            case PERCENT -> Figures.trim(value) + "%";
            default -> Figures.trim(value);
        };
    }

    /** Two figures of one kind added, written in the kind's usual units. */
    static String total(Figure a, Figure b) {
        double t = a.value() + b.value();
        return a.type() == Figure.Type.MONEY ? Figures.money(t) : Figures.trim(t);
    }

    static String difference(Figure a, Figure b) {
        double d = Math.abs(a.value() - b.value());
        return switch (a.type()) {
            case YEAR -> b.type() == Figure.Type.DATE ? months(a, b) : Figures.trim(d) + (d == 1 ? " year" : " years");
            case DATE -> months(a, b);
            case PERCENT -> Figures.trim(d) + " percentage points";
            case MONEY -> Figures.money(d);
            case NUMBER -> Figures.trim(d);
        };
    }





    /** The one date within a year a sentence gives with no year figure ("In late February of this year, ..."), or null. */
    private Figure dated(dev.dealbot.index.SentenceInfo s) {
        List<Figure> dates = dev.dealbot.text.CalendarDates.of(s.text(), written);
        return dates.size() == 1 ? dates.get(0) : null;
    }

    /** A year written as part of a full date ("April 27, 2026") stands for that date. */
    private Figure withinDate(dev.dealbot.index.SentenceInfo s, Figure year) {
        if (year == null || year.type() != Figure.Type.YEAR) return year;
        for (Figure d : dev.dealbot.text.CalendarDates.of(s.quote(), written))
            if (d.start() <= year.start() && year.end() <= d.end()) return d;
        return year;
    }

    /** "about 2 months"; a gap of two years or more is counted in years, one under a month and a half in weeks. */
    private static String months(Figure a, Figure b) {
        double m = dev.dealbot.text.CalendarDates.monthsBetween(a, b);
        if (Math.abs(a.value() - b.value()) * 12 < 1.5) {
            long w = dev.dealbot.text.CalendarDates.weeksBetween(a, b);
            return w == 1 ? "about a week" : "about " + w + " weeks";
        }
        if (m >= 24) return "about " + Figures.trim(Math.round(m / 12.0)) + " years";
        if (m >= 3) m = dev.dealbot.text.CalendarDates.wholeMonthsBetween(a, b); // "about 6 months", not "6.5"
        return "about " + Figures.trim(m) + (m == 1 ? " month" : " months");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
