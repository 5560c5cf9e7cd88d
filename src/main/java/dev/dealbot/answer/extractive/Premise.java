package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import dev.dealbot.text.TimeBound;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.retrieval.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A yes/no question that states a figure ("Does the licence run until 2040?") is checked against what the articles
 * state for the rest of the question (its other figures, such as "since 2019", still required): "Yes." when the evidence gives that figure, "No — the articles say 2032."
 * when it gives another figure of the same kind, followed by the quote either way. Another question that takes a figure
 * no article states for granted ("Why does the licence run until 2040?") is corrected the same way ("Not 2040 — …").
 */
final class Premise {
    private final Selector selector;
    private final Composer composer;
    private final SentenceTable table;

    Premise(Selector selector, Composer composer, SentenceTable table) {
        this.selector = selector;
        this.composer = composer;
        this.table = table;
    }

    /** The checked premise, or null when no relevant evidence gives a figure of the claimed kind. */
    DraftBuilder check(Question q, Evidence e) {
        return check(q, e, true);
    }

    /** The sentence gives its figures of the type as of an earlier time ("At that time, ... approximately $135 billion"). */
    private static boolean datedBefore(SentenceInfo s, Figure.Type type) {
        return s.figures().stream().filter(f -> f.type() == type && f.end() <= s.quote().length())
                .anyMatch(f -> Threshold.datedBefore(Threshold.sentenceOf(s.quote(), f)));
    }

    private static final java.util.regex.Pattern GOAL = SideChecks.GOAL;

    /**
     * The claimed year stands in the sentence as a deadline set as a goal, while the question asks whether the thing is
     * so (not what the goal is).
     */
    private static boolean goalOnly(Question q, SentenceInfo s, Figure same) {
        if (same == null || same.type() != Figure.Type.YEAR || same.end() > s.quote().length()) return false;
        if (TimeBound.of(s.quote(), same) != TimeBound.DEADLINE || GOAL.matcher(q.english()).find()) return false;
        return GOAL.matcher(Threshold.sentenceOf(s.quote(), same)).find();
    }

    /** {@code s} states {@code f} with one of {@code names}, and with no other party acting in its clause than {@code actor}. */
    private boolean ofParty(SentenceInfo s, Figure f, List<String> names, String actor) {
        if (names.stream().noneMatch(n -> table.names().mentioned(s.quote().toLowerCase(Locale.ROOT), n))) return false;
        if (actor == null) return true;
        return s.figures().stream().filter(x -> x.sameAs(f) && x.end() <= s.quote().length()).anyMatch(x -> {
            String told = table.names().actor(Threshold.sentenceOf(s.quote(), x));
            return told == null || told.equals(actor) || table.names().aliases(actor).contains(told);
        });
    }

    /** The claim has a party acting, and the clause stating {@code stated} has another acting. */
    private boolean otherActor(Question q, SentenceInfo s, Figure stated) {
        if (stated.end() > s.quote().length()) return false;
        String claimActor = table.names().actor(q.premise().english());
        String told = table.names().actor(Threshold.sentenceOf(s.quote(), stated));
        return claimActor != null && told != null && !told.equals(claimActor) && !table.names().aliases(claimActor).contains(told);
    }

    /** A content word of the question in the part of {@code s} stating {@code part} and not in the part stating {@code other}. */
    private boolean saysOfPart(Question q, SentenceInfo s, Figure part, Figure other) {
        Set<String> own = FigurePart.wordsAround(s, part), others = FigurePart.wordsAround(s, other);
        if (own.isEmpty()) return false;
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(q.english())) {
            if (dev.dealbot.question.Terms.isFunctionWord(t.lower()) || table.names().known(t.lower())) continue;
            if (own.contains(t.stem()) && !others.contains(t.stem())) return true;
        }
        return false;
    }

    /** How far, as a fraction, a hedged claim's figure may be from a stated one it holds of. */
    static final double HEDGE_TOLERANCE = 0.02;
    private static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile("(?i)(?:\\b(?:about|around|roughly|approximately|nearly|almost|some|circa)|~)\\s*$");

    /** The claim writes its figure hedged ("around $230 billion", "~$230B"). */
    private static boolean hedged(Question q, Figure claimed) {
        Figure asked = inQuestion(q, claimed);
        return asked != null && HEDGE.matcher(q.english().substring(0, asked.start())).find();
    }

    /** The claimed figure is a year dating an event ("in April 2025", "When in 2025 ..."), not the end of a term or a deadline. */
    private static boolean eventDate(Question q) {
        if (q.claimed().type() != Figure.Type.YEAR) return false;
        Figure asked = inQuestion(q, q.claimed());
        return asked != null && TimeBound.of(q.english(), asked) == TimeBound.NONE && Years.asked(q.english(), asked) == Years.Asked.AT;
    }

    /** The claimed figure is the one a valuation is put at ("valued at $135 billion", "a $29 billion valuation"). */
    private static boolean claimedAsValuation(Question q, Figure claimed) {
        Figure asked = inQuestion(q, claimed);
        if (asked == null) return false;
        String before = q.english().substring(Math.max(0, asked.start() - 16), asked.start()).toLowerCase(Locale.ROOT);
        String after = q.english().substring(asked.end()).toLowerCase(Locale.ROOT);
        return VALUED_AT.matcher(before).find() || VALUATION_AFTER.matcher(after).find();
    }

    private static final java.util.regex.Pattern VALUED_AT = java.util.regex.Pattern.compile("\\b(?:valued at|valuation of|worth)\\s+(?:about|around|roughly|approximately|nearly|some)?\\s*$");
    private static final java.util.regex.Pattern VALUATION_AFTER = java.util.regex.Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+)?valuation\\b");

    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile("(?i)\\b(?:will|won't|going to|shall)\\b");

    private static final java.util.regex.Pattern WORTH = java.util.regex.Pattern.compile("(?i)\\b(?:valu\\w*|worth)\\b");

    /** @param attributed whether a figure stated only of another party is said to be theirs, not checked as the claimed party's */
    private DraftBuilder check(Question q, Evidence e, boolean attributed) {
        Probe probe = e.plan().premise();
        if (probe == null) return null;
        Figure claimed = q.claimed();
        Set<dev.dealbot.text.Kind> kind = Set.of(Figuring.kindFor(claimed.type()));
        List<Scored> ranked = selector.rank(q.premise(), probe.query(), e.of(probe), kind, true, false);
        // a figure taken as given that evidence relevant to its clause states is right ("That 20% cut Microsoft keeps —
        // who gives it?"), whatever figure ranks first (a year is judged by its role below); stated of the clause's
        // subject, when it opens with one ("Since Microsoft invested $50 billion": not Amazon's $50 billion)
        String subject = q.presumed() ? clauseSubject(q) : null;
        // (not one claimed as all there was, "only $15 billion in total": a part of the whole is stated too, checked below)
        Figure written = inQuestion(q, claimed);
        if (q.presumed() && !q.yesNo() && claimed.type() != Figure.Type.YEAR && !(written != null && Totals.claimedAsTotal(q.english(), written))
                && ranked.stream().filter(selector::relevant)
                .anyMatch(s -> s.sentence().figures().stream().anyMatch(claimed::roughly)
                        && (subject == null || table.names().mentioned(s.sentence().quote().toLowerCase(Locale.ROOT), subject))))
            return null;
        ClaimThing thing = ClaimThing.of(q, table.names());
        // a hedged figure ("around $230 billion") holds of one within a hair of it ("nearly $228.3 billion")
        java.util.function.Predicate<Figure> near = hedged(q, claimed)
                ? f -> f.roughly(claimed) || f.type() == claimed.type() && f.type() != Figure.Type.YEAR
                        && Math.abs(f.value() - claimed.value()) <= HEDGE_TOLERANCE * Math.max(f.value(), claimed.value())
                : f -> f.roughly(claimed);
        // a figure the articles state of the claim's thing, asked of a party they never give it with ("Was Microsoft valued
        // at $850 billion?": OpenAI's valuation), is misplaced, not wrong: whose it is is said, not the party's other figure
        if (attributed && q.yesNo() && !q.presumed() && !claimed.inWords() && claimed.type() != Figure.Type.YEAR && !thing.isNone()
                && table.all().stream().anyMatch(s -> s.figures().stream().anyMatch(f -> f.sameAs(claimed) && thing.statedIn(s, f)))) {
            DraftBuilder misplaced = misattributed(q, e.of(probe), claimed, q.names().isEmpty() ? parties(q) : q.names());
            // and the claimed party's own figure of the deed, when the articles give one ("Microsoft has invested over $13
            // billion"); not of a worth, where the party's figure may be of what it holds ("Microsoft valued its stake")
            DraftBuilder own = misplaced == null || WORTH.matcher(q.premise().english()).find() ? null : check(q, e, false);
            if (own != null && own.opensWithVerdict() && !own.sentences().isEmpty() && !misplaced.contains(own.sentences().get(0).quote())) {
                var sentence = own.sentences().get(0);
                misplaced.say(sentence.quote(), composer.cite(misplaced, sentence));
            }
            if (misplaced != null) return misplaced;
        }
        // two figures of one thing at different times ("approximately $135 billion" in October, "nearly $228.3 billion"
        // now): a claim of one is not corrected by the other, dated earlier, when a relevant sentence states it of the
        // claim's thing (a year has its roles, judged below)
        Scored holder = claimed.type() == Figure.Type.YEAR ? null : ranked.stream().filter(selector::relevant).filter(s -> mentionsParties(q, s.sentence()))
                .filter(s -> s.sentence().figures().stream().anyMatch(f -> near.test(f) && f.end() <= s.sentence().quote().length()
                        && thing.statedIn(s.sentence(), f))).findFirst().orElse(null);
        // of a claimed change, some article gives the claimed figure of the claim's thing (a change to it may be told apart
        // from its start); looked for only when the question claims a change
        boolean reached = q.figures().stream().anyMatch(f -> changedFrom(q.english(), f, claimed))
                && table.all().stream().anyMatch(s -> s.figures().stream().anyMatch(f -> near.test(f) && (thing.isNone() || thing.statedIn(s, f))));
        // nor, asked in the past tense ("Was OpenAI valued at $29 billion?") with no other figure or time to date it by, by
        // a figure the thing had at another time: the claim held when the holding sentence says. Not a figure that names
        // the thing ("Was Microsoft's $10 billion investment a majority stake?"), nor a valuation held only by the worth of
        // a holding ("book value ... $228.3 billion")
        Figure claimedAsWritten = inQuestion(q, claimed);
        boolean pastOnly = holder != null && PAST_ASKED.matcher(q.premise().english()).find()
                && q.figures().stream().allMatch(f -> f == claimed || f.sameAs(claimed))
                && !TIME_NAMED.matcher(q.english()).find()
                && (claimedAsWritten == null || !NAMING_FIGURE.matcher(q.english().substring(0, claimedAsWritten.start())).find())
                && !(claimedAsValuation(q, claimed) && holder.sentence().figures().stream().filter(near)
                        .anyMatch(f -> f.end() <= holder.sentence().quote().length()
                                && SideChecks.holdingForValuation(q.premise().english(), FigurePart.around(holder.sentence().quote(), f))));
        for (Scored s : ranked) {
            if (holder != null && s != holder && s.sentence().figures().stream().noneMatch(near)
                    && (pastOnly || datedBefore(s.sentence(), claimed.type()))) continue;
            // a sentence holding the names the question asks about (the "names" rule) and the claimed kind of figure needs less
            // wording in common, though some
            boolean named = !q.premise().names().isEmpty() && s.score() >= selector.minRelevance()
                    && (s.candidate().lexical() >= Selector.MIN_SHARED_WORDS / 2 || s.candidate().semantic() >= 0.5);
            if (!selector.relevant(s) && !named) break;
            Figure stated = stated(q, s.sentence(), claimed.type(), probe);
            if (stated == null) continue;
            // beside other figures of the question that the sentence states, the correction is the figure in the claimed
            // one's place ("$10 billion at a $500 billion valuation": the valuation) when words beside it tell which
            List<Figure> others = q.figures().stream().filter(f -> f != claimed && !f.sameAs(claimed)).toList();
            // a sum written with the right number and the wrong scale ("$29 million" for "$29 billion") is that sum mis-scaled
            Figure scaled = misScaled(claimed, s.sentence().figures().stream().filter(f -> f.end() <= s.sentence().quote().length()).toList());
            if (scaled != null) stated = scaled;
            else if (!others.isEmpty() && claimed.type() != Figure.Type.YEAR && Selector.statesFigures(q, others, s.sentence())) {
                Figure inPlace = Misstated.inPlace(q, claimed, others, s.sentence().text(), table.names());
                if (inPlace != null) stated = inPlace;
                // the question's own figure, where it puts it; unless the claim is a change from it ("cut from 20% to 15%"):
                // a thing the sentence still gives its starting figure, and no article the claimed one, did not change
                else if (standsAsGiven(q, others, s.sentence(), stated) && !(changedFrom(q.english(), stated, claimed) && !reached)) continue;
            }
            // a figure the question says the thing became from the claimed one neither confirms nor corrects where it started;
            // nor is where it started a correction of where it got to, when an article gives that
            if (changedFrom(q.english(), claimed, stated) || reached && changedFrom(q.english(), stated, claimed)) continue;
            if (q.presumed() && !sameThing(q, s.sentence(), stated)) continue;
            // a clause taken as given dates or places its figure by its other figures ("In 2023 Microsoft invested $15
            // billion"): corrected only by a sentence stating them too, not by the total since 2019
            if (q.presumed() && claimed.type() != Figure.Type.YEAR && !q.premise().figures().isEmpty()
                    && (!Selector.statesFigures(q.premise(), q.premise().figures(), s.sentence())
                            || stated.start() < s.sentence().quote().lastIndexOf(s.sentence().text()))) continue; // nor by its neighbour's
            // a share in words is of the whole it names ("nearly a third of Amazon's investment"): checked only against a
            // percentage of that whole
            if (claimed.inWords() && !ofSameWhole(q.english(), claimed, s.sentence().quote(), stated)) continue;
            // a figure stated of other parties neither confirms nor corrects the claim ("B's $50 billion" for "Did A invest $50 billion?")
            if (!mentionsParties(q, s.sentence())) continue;
            boolean holds = s.sentence().figures().stream().anyMatch(near); // "about a quarter" holds of 27%
            // a worth is its party's own: it is not corrected by the worth of what another party holds ("OpenAI is valued at
            // $850bn?" by "Microsoft holds ..., with the book value of its investment ... $228.3 billion")
            if (!holds && q.yesNo() && WORTH.matcher(q.premise().english()).find() && otherActor(q, s.sentence(), stated)) continue;
            // a figure is corrected only by one stated of the same thing: the claim's word beside its figure ("capped at
            // $50 billion": the cap) in the stated figure's part of the sentence, not any sum the sentence gives
            if (!holds && !thing.statedIn(s.sentence(), stated)) continue;
            // a sum the articles state, claimed of no thing or party the question names ("Is the $50 billion a fixed
            // amount?"), is not corrected by another sum that happens to stand in a sentence ranked first
            if (!holds && claimed.type() == Figure.Type.MONEY && !claimed.inWords() && thing.isNone() && table.names().parties(q.english()).isEmpty()
                    && (table.states(claimed, List.of()) || table.statesRounded(claimed))) continue;
            // a claimed year the quote gives only in the sentence quoted before it is that sentence's, of another thing
            // ("... the licence extends to 2032. Concurrently, the revenue share ... until 2030"); other figures see below
            if (holds && claimed.type() == Figure.Type.YEAR && Figures.of(s.sentence().text()).stream().noneMatch(claimed::roughly)) continue;
            Figure same = holds ? s.sentence().figures().stream().filter(near).findFirst().orElseThrow() : null;
            // a company's valuation claimed is not confirmed by the worth of a holding in it ("Was OpenAI valued at $135
            // billion?" against "Microsoft valued its stake ... at approximately $135 billion")
            if (holds && q.yesNo() && same.end() <= s.sentence().quote().length() && claimedAsValuation(q, claimed)
                    && SideChecks.holdingForValuation(q.premise().english(), FigurePart.around(s.sentence().quote(), same))) continue;
            // a figure confirms a claim's actor only in the sentence that states it, not in its quoted neighbour ("Amazon"
            // after Microsoft's 27%)
            String actor = holds && q.yesNo() && same.end() <= s.sentence().quote().length() ? table.names().actor(q.premise().english()) : null;
            if (actor != null && !table.names().mentioned(Threshold.sentenceOf(s.sentence().quote(), same).toLowerCase(Locale.ROOT), actor)) continue;
            // nor a percentage claimed of a party ("27% of Amazon") in a sentence that gives it of something else
            String whole = holds && q.yesNo() && claimed.type() == Figure.Type.PERCENT && same.end() <= s.sentence().quote().length()
                    ? SideChecks.wholeOf(q.english(), dev.dealbot.text.Figures.of(q.english()).stream().filter(claimed::sameAs).toList()) : null;
            // ("the company's shares" names the party the quote named before it)
            if (whole != null && !whole.isEmpty() && table.names().known(whole) && table.names().party(whole)
                    && !table.names().mentioned(Threshold.sentenceOf(s.sentence().quote(), same).toLowerCase(Locale.ROOT), whole)
                    && !(COMPANY_BACK.matcher(FigurePart.around(s.sentence().quote(), same)).find()
                            && table.names().mentioned(s.sentence().quote().toLowerCase(Locale.ROOT), whole))) continue;
            if (holds && !thing.statedIn(s.sentence(), same)) { // "$50 billion" said of another thing than the cap
                Figure other = s.sentence().figures().stream().filter(f -> f.type() == claimed.type() && !f.roughly(claimed)
                        && thing.statedIn(s.sentence(), f)).findFirst().orElse(null);
                if (other == null || !q.yesNo()) continue;
                if (!saysOfPart(q, s.sentence(), same, other)) {
                    holds = false;
                    stated = other;
                }
            }
            // the claimed figure stated of another part of the event, while another figure stands beside the claim's own
            // word ("a $15 billion investment?": the investment is $50 billion, the $15 billion its first tranche); a total
            // claimed ("$10 billion in total?") is checked against the figure the quote gives as the total ("over $13
            // billion ... cumulative"), not against a part of it ("$10 billion in that round"), whichever it names
            // (a question that asks something else checks a figure it claims as all there was too: "Since Amazon invested only
            // $15 billion in total, why ...?")
            boolean checked = q.yesNo() || written != null && Totals.claimedAsTotal(q.english(), written);
            Figure total = checked ? Totals.statedTotal(q.english(), written, s.sentence().quote(), s.sentence().figures()) : null;
            Figure elsewhere = total != null ? total
                    : holds && checked && !claimed.inWords() ? besideClaimWord(q, s.sentence(), claimed.type()) : null;
            // a word of the claim the sentence says of the claimed figure's own part and not of the other's ("$15 billion
            // into OpenAI immediately?": "$15 billion arriving immediately in the first tranche") claims that part: it holds
            if (elsewhere != null && total == null && same != null && saysOfPart(q, s.sentence(), same, elsewhere)) elsewhere = null;
            // nor does another figure beside the claim's word correct the claimed one when that stands beside the same word
            // in the quote too (a neighbour's "invested over $13 billion" before "invested $10 billion in that round"):
            // the word tells the two apart no better than the claim does
            if (elsewhere != null && total == null && same != null && same.end() <= s.sentence().quote().length()
                    && besideSameWord(q.english(), inQuestion(q, claimed), List.of(same), s.sentence().quote()) == same) elsewhere = null;
            if (elsewhere != null && !elsewhere.sameAs(claimed) && !(total != null && near.test(total))) {
                holds = false;
                stated = elsewhere;
            }
            // "only $13 billion" of "over $13 billion": the whole is more than the claim allows
            boolean onlyBelow = total != null && near.test(total) && Totals.claimedOnly(q.english(), inQuestion(q, claimed))
                    && Shares.bound(s.sentence(), total) == 1;
            if (onlyBelow) {
                holds = false;
                stated = total;
            }
            // the question's other figures in the sentence itself, the claimed one only in its quoted neighbour: that
            // tells of another event ("$13 billion in January 2023?": the $13 billion is the total since 2019)
            List<Figure> itsOwn = dev.dealbot.text.Figures.of(s.sentence().text());
            List<Figure> besides = q.figures().stream().filter(f -> f != claimed && !f.sameAs(claimed)).toList();
            if (holds && claimed.type() != Figure.Type.YEAR && !besides.isEmpty() && Misstated.states(q, besides, s.sentence().text(), itsOwn)
                    && itsOwn.stream().noneMatch(claimed::sameAs)) {
                holds = false;
                Figure inPlace = Misstated.inPlace(q, claimed, besides, s.sentence().text(), table.names());
                if (inPlace == null) continue;
                stated = inPlace;
            }
            // a figure the articles do state, taken for granted beside names they never give it with ("Amazon's $13
            // billion"), is corrected only by a figure in its place (beside a word it has in the question, or a year in
            // its role); else it is misplaced rather than wrong (see misattributed)
            if (!holds && !q.yesNo() && !q.presumed() && table.states(claimed, List.of()) && !inItsPlace(q, claimed, s.sentence(), stated)) continue;
            if (holds && !q.yesNo()) return null; // a figure the question rightly takes as given: the question is answered as asked
            // a figure the question itself gives another thing in a clause of its own ("the revenue share ends in 2030 and the
            // license in 2032") is no correction of this one: the asker told the two apart. Not an alternative offered ("2030
            // or 2032?") nor the thing's figure before a change ("cut from 20% to 10%")
            Figure correction = stated;
            if (!holds && correction != null && q.figures().stream().anyMatch(f -> !f.sameAs(claimed) && f.sameAs(correction)
                    && givenApart(q.english(), claimed, f))) continue;
            // a figure the claim dates by a month ("$50 billion in February") is corrected only by a sentence of that month
            if (!holds && !ClaimMonths.named(ClaimMonths.of(q.premise().english(), claimed), s.sentence().quote())) continue;
            // what is left, asked about as a figure some sentence implies ("the $35 billion left" of $50 billion less $15
            // billion), is not contradicted; nor does that confirm it, as it may be another thing's
            if (!holds && Figuring.impliedRemainder(q, claimed, table)) {
                if (q.yesNo()) continue;
                return null;
            }
            // a yes/no question's clause taken as given is corrected as such ("Not half — ..."): the "No" would answer what it asks
            boolean whether = q.yesNo() && !q.presumed();
            String verdict = holds ? verdict(whether, true, claimed, stated)
                    : verdict(whether, claimed, Shares.hedgeWords(s.sentence(), stated) + said(stated));
            // a year the articles give only as a goal ("the goal ... is to reach ... by 2027") confirms no deed done by then
            if (holds && q.yesNo() && goalOnly(q, s.sentence(), same)) verdict = "The articles give " + claimed.display() + " only as a goal, not as done:";
            // a threshold asked ("more than $13 billion?", "above 20%?") is met or not by the range the article's words give
            Figure measured = holds ? same : stated;
            Threshold.Ask ask = java.util.Optional.ofNullable(inQuestion(q, claimed)).map(f -> Threshold.asked(q.english(), f))
                    .orElse(Threshold.Ask.NONE);
            int bound = ask == Threshold.Ask.NONE ? 0 : Threshold.bound(s.sentence(), measured);
            if (ask != Threshold.Ask.NONE && !q.yesNo() && !Boolean.FALSE.equals(Threshold.meets(ask, claimed.value(), measured.value(), bound))) return null;
            // a figure its sentence says held "at that time" decides nothing of a question that does not name that time
            if (ask != Threshold.Ask.NONE && measured.end() <= s.sentence().quote().length()
                    && Threshold.datedBefore(Threshold.sentenceOf(s.sentence().quote(), measured))
                    && !Threshold.namesTimeOf(q.english(), s.sentence().quote())) return null;
            if (ask != Threshold.Ask.NONE && q.yesNo()) {
                verdict = Threshold.verdict(ask, claimed, measured, bound, Shares.hedgeWords(s.sentence(), measured) + said(measured));
                holds = false; // said as the verdict: no "Roughly", nor another article's bound below
            }
            // a figure claimed to the unit ("exactly $13 billion?") that the quote gives only as a bound ("over $13 billion")
            // is not confirmed: the articles say no more than the bound
            if (holds && q.yesNo() && ask == Threshold.Ask.NONE && same.end() <= s.sentence().quote().length()
                    && java.util.Optional.ofNullable(inQuestion(q, claimed)).map(f -> Threshold.exactly(q.english(), f)).orElse(false)
                    && Threshold.bound(s.sentence(), same) != 0) {
                verdict = "Not exactly — the articles say " + Shares.hedgeWords(s.sentence(), same) + same.display() + ".";
                holds = false;
            }
            // the figure holds, but the quote dates it in another month ("$15 billion in April?" of "late February")
            String otherMonth = holds && q.yesNo() && ask == Threshold.Ask.NONE
                    ? ClaimMonths.otherMonth(ClaimMonths.of(q.premise().english(), claimed), s.sentence().quote()) : null;
            if (otherMonth != null) {
                verdict = "No — the articles date it " + otherMonth + ".";
                holds = false;
            }
            // nor is a figure that holds a "Yes" to a claim of a month its quote does not date it by ("$13 billion in February?");
            // a sentence of that month that gives the thing another figure corrects it ("$228 billion in October?")
            else if (holds && q.yesNo() && ask == Threshold.Ask.NONE
                    && !ClaimMonths.named(ClaimMonths.of(q.premise().english(), claimed), s.sentence().quote()))
                return ofClaimedMonth(q, claimed, ranked, thing, near);
            // the figure holds, but the quote denies a word of the claim ("exclusive until 2032?" of a non-exclusive licence)
            DeniedWord.Denial denied = holds && q.yesNo() ? DeniedWord.of(q, claimed, s.sentence(), e.of(probe), table.names(), YEAR_FILLER,
                    other -> mentionsParties(q, other)) : null;
            if (denied != null) verdict = "No — the articles say “" + denied.words() + "”.";
            // a clause a yes/no question rightly takes as given ("Since it is non-exclusive until 2032, can ...?"): what it asks is answered as asked
            if (holds && q.presumed() && denied == null) return null;
            // a figure that holds confirms nothing of a thing no article names ("27% of the nonprofit"); nor does a later
            // sentence's other figure then correct it: the claim's figure is the articles'
            if (holds && q.yesNo() && denied == null && !thingIsKnown(q, claimed)) return null;
            // the figure holds, but the share in words the claim gives beside it is not the sentence's ("half of OpenAI for
            // its $10 billion?" of "$10 billion ... nearly one-third of the company's shares")
            // the figure holds, but the place the claim gives it in order is another ("in the second tranche" of "in the first
            // tranche")
            String ordinal = holds && q.yesNo() && denied == null ? Opposite.otherOrdinal(q.english(), s.sentence().quote()) : null;
            if (ordinal != null) {
                verdict = "No — the articles say “" + ordinal + "”.";
                holds = false;
            }
            Figure share = holds && q.yesNo() && denied == null ? otherShare(q, claimed, s.sentence()) : null;
            if (share != null) {
                verdict = "No — the articles say " + Shares.hedgeWords(s.sentence(), share) + (share.inWords() ? share.text() : share.display()) + ".";
                holds = false;
            }
            // a share in words that only rounds the stated figure: said with the figure
            if (holds && q.yesNo() && denied == null && s.sentence().figures().stream().noneMatch(claimed::sameAs)) verdict = "Roughly — the articles say " + stated.display() + ".";
            if (q.yesNo() && claimed.type() == Figure.Type.YEAR && stated.type() == Figure.Type.YEAR && stated.end() <= s.sentence().quote().length()) {
                Years.Asked asked = Years.asked(q.english(), asWritten(q, claimed));
                Years.Asked given = Years.asked(s.sentence().quote(), stated);
                // "still ... after 2030" against "until 2032": it runs past the year asked, or it ends before it
                if (given == Years.Asked.UNTIL && (asked == Years.Asked.AFTER || asked == Years.Asked.AT && (Years.still(q.english()) || lasts(q) || recursAfter(q, claimed)))) {
                    boolean runsOn = asked == Years.Asked.AFTER ? claimed.value() < stated.value() : claimed.value() <= stated.value();
                    verdict = runsOn ? "Yes — the articles say until " + stated.display() + "." : "No — the articles say " + stated.display() + ".";
                    // a state asked of the thing that the sentence negates ("still exclusive in 2030?" against "non-exclusive")
                    // is no: the term running on does not make it so
                    String lowerQuote = s.sentence().quote().toLowerCase(java.util.Locale.ROOT);
                    String negates = runsOn ? Opposite.negatedForm(q.english(), lowerQuote) : null;
                    // so is a state it negates asked as an attribute ("get exclusive access"), and a change asked of a thing it
                    // says stays as it is ("a bigger share in 2029?" against "unchanged")
                    if (runsOn && negates == null) negates = Opposite.negatedWord(q.english(), lowerQuote);
                    if (runsOn && negates == null) negates = Opposite.keptAgainstChange(q.english(), lowerQuote);
                    if (negates != null) verdict = "No — the articles say “" + negates + "” (until " + stated.display() + ").";
                } else if (!holds && asked == Years.Asked.UNTIL && given == Years.Asked.UNTIL) {
                    // an end claimed of a state the sentence negates ("exclusive access until 2030?" against "non-exclusive
                    // ... until 2032"): the state is what is wrong first, the end said beside it
                    String negates = Opposite.negatedForm(q.english(), s.sentence().quote().toLowerCase(java.util.Locale.ROOT));
                    if (negates != null) verdict = "No — the articles say “" + negates + "” (until " + stated.display() + ").";
                } else if (!Years.comparable(asked, given)) continue; // "since 2023" is no end, "before 2019" no "since 2019"
                // a year dating a deed ("did it get half of the shares in 2023?") is no term, which an end would correct
                else if (asked == Years.Asked.AT && given == Years.Asked.UNTIL && !speaksOfTerm(q)) continue;
                // nor is an end ("will it end in 2032?") told by the date of an event ("announced on April 27, 2026")
                else if (asked == Years.Asked.UNTIL && given == Years.Asked.AT && monthDated(s.sentence().quote(), stated)) continue;
                // an end the articles give of another thing ("the licence, until 2032") is no answer about this one
                if (!saysOwnThing(q, s.sentence())) continue;
            }
            // nor is a year claimed of a thing answered by a dated sentence about another ("a license in 2033?" against
            // "announced on April 27, 2026")
            else if (q.yesNo() && claimed.type() == Figure.Type.YEAR && stated.type() == Figure.Type.DATE && !saysOwnThing(q, s.sentence())) continue;
            // a year claimed as the end of a thing ("Why is the partnership ending in 2030?") is corrected only by a year the
            // quote gives as an end ("until 2030"), not by the date of an event ("announced on April 27, 2026")
            if (claimed.type() == Figure.Type.YEAR && claimsEnd(q, claimed) && stated.end() <= s.sentence().quote().length()
                    && dev.dealbot.text.TimeBound.of(s.sentence().quote(), stated) != dev.dealbot.text.TimeBound.UNTIL) continue;
            // a year dating an event the question takes as given ("When in 2025 did they announce it?") is corrected only by
            // a year dating an event, not by the end of a term ("through 2032")
            if (!q.yesNo() && claimed.type() == Figure.Type.YEAR && stated.type() == Figure.Type.YEAR && stated.end() <= s.sentence().quote().length()
                    && eventDate(q) && Years.asked(s.sentence().quote(), stated) != Years.Asked.AT) continue;
            // a deed no article words ("did OpenAI breach it in 2026?") is not confirmed by a date that matches
            if (holds && q.yesNo() && claimed.type() == Figure.Type.YEAR && Years.asked(q.english(), asWritten(q, claimed)) == Years.Asked.AT
                    && q.premise().query().unknownTerms().stream().anyMatch(t -> !dev.dealbot.text.TimeBound.boundWord(t))) return null;
            // nor is a thing said to exist ("Was there an employee tender offer at $850 billion?") that is named by a word no
            // article uses: the figure matches, the thing is told by no quote
            if (holds && unknownThingExists(q)) return null;
            DraftBuilder draft = new DraftBuilder().deny(claimed.digits());
            // a denying quote that holds the confirming sentence is said instead of it
            SentenceInfo first = denied != null && denied.sentence().quote().contains(s.sentence().text()) ? denied.sentence() : s.sentence();
            List<Integer> cited = composer.cite(draft, first);
            draft.say(verdict, List.of());
            draft.say(first.quote(), cited);
            if (denied != null && !denied.sentence().equals(first)) draft.say(denied.sentence().quote(), composer.cite(draft, denied.sentence()));
            if (holds && q.yesNo() && denied == null) bounded(q, claimed, s.sentence(), e.of(probe), draft);
            return draft;
        }
        // a clause taken as given names its parties in passing: whose figure it is, is not what the question asks, unless
        // the party is the clause's subject, the doer of what it claims ("Since Microsoft invested $50 billion, ...");
        // nor is a share in words anyone's figure: it is a round share of a whole the question names
        if (claimed.inWords()) return null;
        // a year asked as the time at which a thing still holds ("are products still shipping first on Azure in 2027?")
        // is no party's figure: when no end corrects it, it is not said to be misplaced
        if (claimed.type() == Figure.Type.YEAR && Years.still(q.english())) return null;
        // a year asked of a deed still to come ("Will its models be on Bedrock in 2027?") is no party's figure either: the
        // articles tie no future year to it, which says nothing against it
        if (claimed.type() == Figure.Type.YEAR && FUTURE.matcher(q.english()).find()) return null;
        if (!q.presumed()) return misattributed(q, e.of(probe), claimed, q.names().isEmpty() ? parties(q) : q.names());
        return subject == null ? null : misattributed(q, e.of(probe), claimed, List.of(subject));
    }

    /**
     * The correction by a relevant sentence of the month a yes/no claim dates its figure by, that gives the claim's thing
     * another figure of its type then ("Was the stake valued at $228 billion in October?": "At that time ... approximately
     * $135 billion", of October); null when none does.
     */
    private DraftBuilder ofClaimedMonth(Question q, Figure claimed, List<Scored> ranked, ClaimThing thing, java.util.function.Predicate<Figure> near) {
        if (thing.isNone()) return null;
        java.util.Set<String> months = ClaimMonths.of(q.premise().english(), claimed);
        for (Scored s : ranked) {
            if (!selector.relevant(s)) break;
            String quote = s.sentence().quote();
            if (!ClaimMonths.named(months, quote) || !mentionsParties(q, s.sentence())) continue;
            Figure other = s.sentence().figures().stream().filter(f -> f.type() == claimed.type() && f.end() <= quote.length() && !near.test(f)
                    && thing.statedIn(s.sentence(), f)).findFirst().orElse(null);
            if (other == null) continue;
            DraftBuilder draft = new DraftBuilder().deny(claimed.digits());
            List<Integer> cited = composer.cite(draft, s.sentence());
            draft.say(verdict(true, claimed, Shares.hedgeWords(s.sentence(), other) + said(other)), List.of());
            draft.say(quote, cited);
            return draft;
        }
        return null;
    }

    /**
     * The sentence's figure of the claimed type that answers the premise: among several, the one with the claimed one's
     * word right beside it; else the one whose part of the quote holds the most of the premise's own words ("the first
     * tranche" picks "$15 billion arriving ... in the first tranche", not the "$50 billion investment" beside the party's
     * name); else the one nearest a word of the premise.
     */
    private Figure stated(Question q, SentenceInfo s, Figure.Type type, Probe probe) {
        List<Figure> ofType = s.figures().stream().filter(f -> f.type() == type && f.end() <= s.quote().length()).toList();
        if (ofType.size() < 2) return Figuring.of(s, type, probe.query());
        Figure asked = inQuestion(q, q.claimed());
        // the sentence's own figures first: a neighbour quoted before it tells of another event
        int own = Math.max(0, s.quote().lastIndexOf(s.text()));
        List<Figure> itsOwn = ofType.stream().filter(f -> f.start() >= own).toList();
        Figure beside = asked == null ? null : besideSameWord(q.english(), asked, itsOwn, s.quote());
        if (beside == null && asked != null && itsOwn.size() < ofType.size()) beside = besideSameWord(q.english(), asked, ofType, s.quote());
        if (beside != null) return beside;
        Figure told = Shares.owned(ofType, FigurePart.ownWords(q.premise().query(), table.names(), Set.of()), s.quote());
        return told != null ? told : Figuring.of(s, type, probe.query());
    }

    /**
     * The share the sentence itself states when the claim gives a share in words besides its claimed figure and the
     * sentence's shares do not round to it; else null.
     */
    static Figure otherShare(Question q, Figure claimed, SentenceInfo s) {
        List<Figure> asked = Figures.of(q.english()).stream()
                .filter(f -> f.type() == Figure.Type.PERCENT && f.inWords() && !f.sameAs(claimed)).toList();
        if (asked.isEmpty()) return null;
        List<Figure> stated = Figures.of(s.text()).stream().filter(f -> f.type() == Figure.Type.PERCENT).toList();
        if (stated.isEmpty() || stated.stream().anyMatch(f -> asked.stream().anyMatch(a -> a.roughly(f) || f.roughly(a)))) return null;
        int at = s.quote().lastIndexOf(s.text());
        Figure first = stated.get(0);
        return at < 0 ? null : s.figures().stream().filter(f -> f.type() == Figure.Type.PERCENT && f.start() == at + first.start()).findFirst().orElse(null);
    }

    /** The sentence's own figure of {@code type} with the claimed figure's word right beside it, or null. */
    private Figure besideClaimWord(Question q, SentenceInfo s, Figure.Type type) {
        Figure asked = inQuestion(q, q.claimed());
        if (asked == null) return null;
        int own = Math.max(0, s.quote().lastIndexOf(s.text()));
        List<Figure> itsOwn = s.figures().stream().filter(f -> f.type() == type && f.start() >= own && f.end() <= s.quote().length()).toList();
        return itsOwn.size() < 2 ? null : besideSameWord(q.english(), asked, itsOwn, s.quote());
    }

    /**
     * The one figure of {@code figures} with the same content word right before or right after it as {@code asked} has
     * in the question ("invest $12 billion" and "invested $10 billion", not the "$29 billion valuation"), or null.
     */
    private Figure besideSameWord(String question, Figure asked, List<Figure> figures, String quote) {
        String before = next(question, asked, -1), after = next(question, asked, 1);
        Figure found = null;
        for (Figure f : figures) {
            boolean same = before != null && before.equals(next(quote, f, -1)) || after != null && after.equals(next(quote, f, 1));
            if (!same) continue;
            if (found != null) return null;
            found = f;
        }
        return found;
    }

    /** The stem of the content word nearest before ({@code -1}) or after ({@code 1}) the figure, within two words; or null. */
    private String next(String text, Figure f, int direction) {
        if (f.end() > text.length()) return null;
        List<dev.dealbot.text.Token> tokens = dev.dealbot.text.Tokens.of(text);
        int at = direction < 0 ? -1 : tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (direction < 0 && tokens.get(i).end() <= f.start()) at = i;
            if (direction > 0 && tokens.get(i).start() >= f.end()) { at = i; break; }
        }
        for (int i = at, n = 0; i >= 0 && i < tokens.size() && n < 2; i += direction, n++) {
            dev.dealbot.text.Token t = tokens.get(i);
            if (!Character.isLetter(t.lower().charAt(0))) return null; // another figure
            if (Misstated.says(t, table.names())) return t.stem();
        }
        return null;
    }

    /** "of OpenAI's for-profit arm": the words after a share that name its whole. */
    private static final java.util.regex.Pattern WHOLE_AFTER = java.util.regex.Pattern.compile("^\\s+of\\s+((?:[\\p{L}'’-]+\\s*){1,4})");

    /** A company named again by a common noun ("the company's shares", "the startup"): the party named before it. */
    private static final java.util.regex.Pattern COMPANY_BACK = java.util.regex.Pattern.compile("(?i)\\b(?:the|its|that)\\s+(?:company|firm|startup|start-up|business)(?:'s|’s)?\\b");

    /**
     * Words of a measure that a share may itself be ("its share ... at 20%"): a whole named by one ("a third of OpenAI's
     * shares") is not told by the same word standing for the measure in the quote.
     */
    private static final Set<String> MEASURE_WORDS = Set.of("share", "shares", "stake", "stakes", "percentage", "percent", "portion",
            "part", "proportion", "cut");

    /** A word of the whole the question's share is of ("of OpenAI's for-profit arm") stands in {@code stated}'s part of the quote. */
    private boolean ofSameWhole(String question, Figure claimed, String quote, Figure stated) {
        Figure asked = Figures.of(question).stream().filter(f -> f.inWords() && f.sameAs(claimed)).findFirst().orElse(null);
        if (asked == null || stated.end() > quote.length()) return false;
        java.util.regex.Matcher m = WHOLE_AFTER.matcher(question.substring(asked.end()));
        if (!m.find()) return false;
        String part = FigurePart.around(quote, stated).toLowerCase(Locale.ROOT);
        Set<String> whole = new java.util.HashSet<>();
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(m.group(1))) {
            if (table.names().known(t.lower()) && table.names().party(t.lower())) {
                if (table.names().mentioned(part, t.lower())) return true;
                // "the company's shares" names the party the quote named before it
                if (COMPANY_BACK.matcher(part).find() && table.names().mentioned(quote.toLowerCase(Locale.ROOT), t.lower())) return true;
            } else if (!dev.dealbot.question.Terms.isFunctionWord(t.lower()) && t.lower().length() > 2 && !MEASURE_WORDS.contains(t.lower()))
                whole.add(t.stem());
        }
        return !whole.isEmpty() && FigurePart.related(whole, part);
    }

    /**
     * {@code stated} is a figure the question gives itself, standing in the sentence beside a word the question writes
     * with it ("a $50 billion investment"): no correction of another figure ("$20 billion arriving immediately").
     */
    private boolean standsAsGiven(Question q, List<Figure> others, SentenceInfo s, Figure stated) {
        return others.stream().anyMatch(o -> o.sameAs(stated) && Misstated.besideSameWords(q.english(), o, s.quote(), stated, table.names()));
    }

    /** The question claims a change from a figure the same as {@code from} to {@code to} ("from 20% to 15%"). */
    private static boolean changedFrom(String english, Figure from, Figure to) {
        List<Figure> all = Figures.of(english);
        return all.stream().anyMatch(f -> f.sameAs(from) && all.stream().anyMatch(t -> t.sameAs(to) && dev.dealbot.text.Change.fromTo(english, f, t)));
    }

    /** {@code stated} stands where the question puts {@code claimed}: beside a word in common, or a year in the same role. */
    private boolean inItsPlace(Question q, Figure claimed, SentenceInfo s, Figure stated) {
        if (claimed.type() != Figure.Type.YEAR) return Misstated.besideSameWords(q.english(), claimed, s.quote(), stated, table.names());
        return claimed.end() <= q.english().length() && stated.end() <= s.quote().length()
                && Years.comparable(Years.asked(q.english(), asWritten(q, claimed)), Years.asked(s.quote(), stated));
    }

    /**
     * A figure confirmed as the question states it, that another sentence about the same parties gives only as a
     * ceiling or a floor ("up to $50 billion", "over $13 billion"): that sentence is quoted too, so "Yes" does not
     * hide that the articles hedge it.
     */
    private void bounded(Question q, Figure claimed, SentenceInfo confirming, List<Candidate> candidates, DraftBuilder draft) {
        int asked = claimed.end() <= q.english().length() && q.english().startsWith(claimed.text(), claimed.start()) ? Shares.bound(q.english(), claimed) : 0;
        java.util.Set<Integer> said = new java.util.HashSet<>(); // how the confirming quote bounds it
        for (Figure g : confirming.figures()) if (g.sameAs(claimed)) said.add(Shares.bound(confirming.quote(), g));
        for (Candidate c : candidates) {
            SentenceInfo other = c.sentence();
            if (other.equals(confirming) || other.quote().contains(confirming.text()) || confirming.quote().contains(other.text())
                    || !mentionsParties(q, other)) continue;
            for (Figure g : other.figures()) {
                if (!g.sameAs(claimed)) continue;
                int bound = Shares.bound(other.quote(), g);
                if ((bound == 1 || bound == -1) && bound != asked && !said.contains(bound)) {
                    draft.say("But another article gives it only as a bound:", List.of());
                    draft.say(other.quote(), composer.cite(draft, other));
                    return;
                }
            }
        }
    }

    /**
     * A figure in a clause taken as given is corrected only by a figure of the same thing in the same role: the part of
     * the sentence that states it has a word of the clause's own ("stake" is no "revenue share"), and a year bounds the
     * same way ("until 2032" is no correction of "since 2019").
     */
    private boolean sameThing(Question q, SentenceInfo s, Figure stated) {
        if (stated.end() > s.quote().length()) return false;
        if (datesStatedFigure(q, s, stated)) return true;
        var own = FigurePart.ownWords(q.premise().query(), table.names(), Set.of());
        if (own.isEmpty()) return false;
        TimeBound given = TimeBound.of(s.quote(), stated);
        Figure asked = inQuestion(q, q.claimed());
        // the date of an event with its month ("when they revised it in April 2025") is corrected by the date of an event
        // in a sentence that tells of it, which may date it in a clause of its own ("the amended agreement, announced on ...")
        if (eventDate(q) && !ClaimMonths.of(q.premise().english()).isEmpty()) return given == TimeBound.NONE && FigurePart.related(own, s.text());
        if (!FigurePart.related(own, FigurePart.around(s.quote(), stated))) return false;
        if (q.claimed().type() != Figure.Type.YEAR) return true;
        // a year is taken as given as the end of a term, a deadline, or the date of a figure the articles state
        // (QuestionAnalyzer.presumedFigure): the correction must be one of the same ("by 2030" is corrected by "by 2027",
        // not by "until 2032"; "since 2015" by "since 2019")
        TimeBound claimed = asked == null ? TimeBound.UNTIL : TimeBound.of(q.english(), asked);
        return given == (claimed == TimeBound.DEADLINE ? TimeBound.DEADLINE : TimeBound.UNTIL);
    }

    /**
     * A year the clause gives to date a figure the articles state ("has put in $13B since 2015") is checked against
     * the year a sentence stating that figure gives it in the same role ("since 2019").
     */
    private static boolean datesStatedFigure(Question q, SentenceInfo s, Figure stated) {
        Figure claimed = q.claimed();
        if (claimed.type() != Figure.Type.YEAR || stated.type() != Figure.Type.YEAR) return false;
        Figure asked = inQuestion(q, claimed);
        if (asked == null || TimeBound.of(q.english(), asked) != TimeBound.NONE || TimeBound.of(s.quote(), stated) != TimeBound.NONE) return false;
        boolean dated = q.figures().stream().anyMatch(f -> f.type() != Figure.Type.YEAR && states(s, f));
        return dated && Years.asked(q.english(), asked) == Years.asked(s.quote(), stated);
    }

    /**
     * The claimed figure is stated, but never beside the question's names ("Google's $50 billion" when the articles
     * give Amazon's): the sentence that states it (the best retrieved, else the first) shows whose it is.
     */
    /** The party a clause taken as given opens with, its subject; null when it opens otherwise. */
    private String clauseSubject(Question q) {
        var tokens = dev.dealbot.text.Tokens.of(q.premise().english());
        if (tokens.isEmpty()) return null;
        var first = tokens.get(0);
        return writtenParty(first) ? first.lower() : null;
    }

    private DraftBuilder misattributed(Question q, List<Candidate> candidates, Figure claimed, List<String> written) {
        // a date that names the deal itself ("ended with the April 27 revision?") is the time of the deal, no party's deed
        if (namesTheDeal(q, claimed)) return null;
        // the party a claim has act ("Microsoft committed $50 billion to OpenAI") is the one a figure must be stated with;
        // the party acted on may be named beside another's deed
        String actor = table.names().actor(q.premise().english());
        // a figure a name owns as written ("OpenAI's $850B valuation") is that name's, whoever acts in the clause
        String owner = ownerBefore(q, claimed);
        List<String> names = owner != null ? (written.contains(owner) ? List.of(owner) : List.of())
                : actor != null && written.contains(actor) ? List.of(actor) : written;
        if (names.isEmpty()) return null;
        // a claim dated by a month is of the sentences of that month ("Microsoft's $50 billion in February": Amazon's)
        Set<String> months = ClaimMonths.of(q.premise().english(), claimed);
        java.util.function.Predicate<SentenceInfo> ofClaim = s -> states(s, claimed) && ClaimMonths.named(months, s.quote());
        // stated with the party, and not as another party's deed ("Microsoft maintains a stake ... 27 percent ... sales
        // made through AWS" gives no 27% of Amazon's)
        if (months.isEmpty() ? table.all().stream().anyMatch(s -> states(s, claimed) && ofParty(s, claimed, names, actor))
                : table.all().stream().anyMatch(s -> ofClaim.test(s) && names.stream().anyMatch(n -> table.names().mentioned(s.quote().toLowerCase(Locale.ROOT), n))))
            return null;
        SentenceInfo best = candidates.stream().map(Candidate::sentence).filter(ofClaim).findFirst()
                .orElseGet(() -> table.all().stream().filter(ofClaim).findFirst().orElse(null));
        if (best == null) return null;
        String lower = best.quote().toLowerCase(Locale.ROOT);
        List<String> absent = new ArrayList<>();
        for (String name : names) if (!table.names().mentioned(lower, name)) absent.add(articlesCase(asWritten(q.english(), name)));
        if (absent.isEmpty()) return null;
        DraftBuilder draft = new DraftBuilder();
        absent.forEach(draft::deny);
        List<Integer> cited = composer.cite(draft, best);
        draft.say(unlinked(q.yesNo(), claimed, absent), List.of());
        draft.say(best.quote(), cited);
        return draft;
    }

    /** A noun for the deal or its making right after a date: "the April 27 revision", "the 2026 agreement", "April's announcement". */
    private static final java.util.regex.Pattern DEAL_AFTER = java.util.regex.Pattern.compile("(?i)^(?:['’]s)?\\s+(?:revision|revisions|agreement|deal|"
            + "announcement|update|amendment|renegotiation|overhaul|restructuring|partnership|terms)\\b");

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(?i)\\b(?:" + dev.dealbot.text.CalendarDates.MONTH_NAMES + ")\\b");

    /** The question writes the claimed date as the name of the deal ("the April 27 revision"), not as the time of a deed. */
    private static boolean namesTheDeal(Question q, Figure claimed) {
        boolean time = claimed.type() == Figure.Type.YEAR || claimed.type() == Figure.Type.DATE
                || claimed.type() == Figure.Type.NUMBER && MONTH.matcher(claimed.text()).find(); // "April 27"
        if (!time) return false;
        Figure asked = inQuestion(q, claimed);
        return asked != null && DEAL_AFTER.matcher(q.english().substring(asked.end())).find();
    }

    /** "OpenAI's $850B", "OpenAI's latest $850B": a name's possessive right before the figure. */
    private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern.compile("(\\p{L}[\\p{L}-]*)['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:US)?$");

    /** The name, lower case, whose possessive the question writes right before the claimed figure, or null. */
    private String ownerBefore(Question q, Figure claimed) {
        Figure asked = inQuestion(q, claimed);
        if (asked == null) return null;
        var m = OWNED.matcher(q.english().substring(0, asked.start()));
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return table.names().known(name) && table.names().party(name) ? name : null;
    }

    static String unlinked(boolean yesNo, Figure claimed, List<String> names) {
        return (yesNo ? "No — the" : "The") + " articles don't tie " + claimed.display() + " to " + String.join(" or ", names) + ".";
    }

    /** A name written capitalised that can act or be acted on (not a month or a day). */
    private boolean writtenParty(dev.dealbot.text.Token t) {
        return t.capitalised() && table.names().known(t.lower()) && table.names().party(t.lower()) && !Names.calendar(t.lower());
    }

    /** The parties the claim names, lower case. */
    private List<String> parties(Question q) {
        List<String> out = new ArrayList<>();
        for (var t : dev.dealbot.text.Tokens.of(q.premise().english()))
            if (writtenParty(t) && !out.contains(t.lower())) out.add(t.lower());
        return out;
    }

    /** Every party the claim names (itself or by an alias) is in the sentence. */
    private boolean mentionsParties(Question q, SentenceInfo s) {
        String lower = s.quote().toLowerCase(Locale.ROOT);
        for (var t : dev.dealbot.text.Tokens.of(q.premise().english()))
            if (writtenParty(t) && !table.names().mentioned(lower, t.lower())) return false;
        return true;
    }

    private static boolean states(SentenceInfo s, Figure f) {
        return s.figures().stream().anyMatch(f::sameAs);
    }

    /** A name as the question writes it ("Google"), for the bot's own sentence. */
    /** A name the question wrote in lower case ("google"), as the articles write it ("Google"); else as written. */
    private String articlesCase(String name) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) return name;
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        for (SentenceInfo s : table.all()) {
            java.util.regex.Matcher m = word.matcher(s.text());
            if (m.find()) return m.group();
        }
        return name;
    }

    static String asWritten(String question, String lowerName) {
        String lower = question.toLowerCase(Locale.ROOT);
        int i = lower.indexOf(lowerName);
        return i < 0 || lower.length() != question.length() ? lowerName : question.substring(i, i + lowerName.length());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * What the claimed figure is of, in the three words after it ("27% of the nonprofit", "$13 billion in OpenAI's
     * charity"), has no word that no article uses: such a thing is told by no quote. (A verb the articles do not use
     * may paraphrase theirs, so words elsewhere are not required.)
     */
    private static boolean thingIsKnown(Question q, Figure claimed) {
        Figure asked = inQuestion(q, claimed);
        if (asked == null) return true;
        Set<String> after = new java.util.HashSet<>();
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(q.english().substring(asked.end())))
            if (after.size() < 3) after.add(t.stem());
        return q.premise().query().unknownTerms().stream().noneMatch(after::contains);
    }

    /**
     * The claimed figure where the question writes it: a figure of a clause taken as given has its offsets in that clause,
     * and the words before it in the question are what tell its role ("extended to 2035").
     */
    static Figure asWritten(Question q, Figure claimed) {
        Figure written = inQuestion(q, claimed);
        return written == null ? claimed : written;
    }

    /** The question's own figure that is {@code f} (with its offsets in the question), or null when it writes none. */
    static Figure inQuestion(Question q, Figure f) {
        return Figures.of(q.english()).stream().filter(f::sameAs).findFirst().orElse(null);
    }

    /** The year completes a month's date in the text: it dates an event, not the end of a term. */
    static boolean monthDated(String text, Figure year) {
        return year.start() <= text.length() && dev.dealbot.text.CalendarDates.endsWithMonth(text.substring(Math.max(0, year.start() - 20), year.start()));
    }

    /**
     * A year asked with a verb of lasting and none of ending ("Will Microsoft hold a license in 2031?"): whether the
     * term reaches it, as with "still".
     */
    private static boolean lasts(Question q) {
        return asksWith(q, LASTING) || asksWith(q, HAVING) && !PAST_ASKED.matcher(q.english()).find();
    }

    /** Having a thing is a state over its term ("Does Microsoft have a license in 2031?"), asked of now or later. */
    private static final Set<String> HAVING = Set.of("have", "ha");
    private static final java.util.regex.Pattern PAST_ASKED = java.util.regex.Pattern.compile("(?i)\\b(?:did|was|were|had)\\b");
    /** A time the question names: a month, a point of the deal ("the latest round"), now. */
    private static final java.util.regex.Pattern TIME_NAMED = java.util.regex.Pattern.compile("(?i)\\b(?:latest|recent|current|currently|now|today|"
            + "round|quarter|year|" + dev.dealbot.text.CalendarDates.MONTH_NAMES + ")\\b");
    /** A figure after an owner or an article names a thing ("Microsoft's $10 billion investment"), it is not what is claimed. */
    private static final java.util.regex.Pattern NAMING_FIGURE = java.util.regex.Pattern.compile("(?i)(?:['’]s?|\\bthe|\\bits|\\btheir)\\s*$");

    /**
     * The question has a stem of {@code verbs} and no verb of a term that is not one of lasting ("end", "stop"); its
     * words are read with those a search drops ("get").
     */
    private static boolean asksWith(Question q, Set<String> verbs) {
        Set<String> stems = new java.util.HashSet<>(dev.dealbot.question.Terms.ofQuestion(q.english()));
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(q.english())) stems.add(t.stem());
        return stems.stream().anyMatch(verbs::contains) && stems.stream().noneMatch(t -> TERM_VERBS.contains(t) && !LASTING.contains(t));
    }

    private static final Set<String> LASTING = Set.of("remain", "stai", "keep", "continu", "run", "last", "valid", "hold");

    /**
     * A deed done again and again over a term (paying, receiving, owing, using) asked at a year no article gives ("Will
     * OpenAI pay Microsoft a revenue share in 2031?"): whether the term reaches it, as with a verb of lasting. Not at a
     * year the articles give: a term's end says nothing of when it began.
     */
    private static boolean recursAfter(Question q, Figure claimed) {
        return q.unknownFigures().stream().anyMatch(claimed::sameAs) && asksWith(q, RECURRING);
    }

    private static final Set<String> RECURRING = Set.of("pai", "pay", "receiv", "ow", "owe", "us", "use", "collect", "earn", "get");

    private static boolean speaksOfTerm(Question q) {
        return dev.dealbot.question.Terms.ofQuestion(q.english()).stream().anyMatch(TERM_VERBS::contains);
    }

    /**
     * Stems of verbs of lasting or ending: a year asked with one of them ("does it run in 2040?", "will it stop in 2028?")
     * asks whether a term reaches it.
     */
    private static final Set<String> TERM_VERBS = Set.of("remain", "stai", "keep", "continu", "run", "last", "valid", "hold", "end", "expir",
            "stop", "ceas", "discontinu", "termin", "laps");

    /** Words of a year claim that say nothing of its thing ("will it still remain ... until"). */
    /** The sentence says a word of what the question's year is of (the thing, not its verbs of lasting or the names). */
    private boolean saysOwnThing(Question q, SentenceInfo s) {
        var own = FigurePart.ownTerms(q.premise().query(), table.names(), YEAR_FILLER);
        return own.isEmpty() || own.stream().anyMatch(t -> FigurePart.says(t, s.text(), true));
    }

    private static final Set<String> YEAR_FILLER = union(TERM_VERBS, Set.of("still", "be", "go"));

    /**
     * The question asks whether a thing exists ("Was there ...", "Is there ...", "Are there any ...") that it names by a word
     * no article uses: no quote tells of it.
     */
    static boolean unknownThingExists(Question q) {
        return asksExistence(q) && !q.query().unknownTerms().isEmpty();
    }

    /** The question asks whether a thing exists ("Is there a cap ...?", "Was there ...?"). */
    static boolean asksExistence(Question q) {
        return q.yesNo() && EXISTS.matcher(q.english()).lookingAt();
    }

    /** A verb of ending right before a year, its preposition left out or not: "ending in", "expires by", "end 2030". */
    private static final java.util.regex.Pattern ENDS_AT = java.util.regex.Pattern.compile("\\b(?:end|ends|ending|ended|expire[sd]?|expiring|"
            + "run(?:s|ning)?\\s+out|ran\\s+out|terminate[sd]?|terminating|lapse[sd]?|lapsing|wind(?:s|ing)?\\s+down|wound\\s+down)\\s+(?:(?:in|by|at|around)\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The question has the claimed year as the time a thing ends ("ending in 2030"). */
    private static boolean claimsEnd(Question q, Figure claimed) {
        Figure asked = asWritten(q, claimed);
        return asked != null && ENDS_AT.matcher(q.english().substring(0, asked.start())).find();
    }

    /** A question whether a thing exists. */
    private static final java.util.regex.Pattern EXISTS = java.util.regex.Pattern.compile("^\\W*(?:is|are|was|were|has there been|have there been)\\s+there\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Yes." or "No — …" to a yes/no question; to another question, the figure it took for granted is corrected. */
    static String verdict(boolean yesNo, boolean holds, Figure claimed, Figure stated) {
        if (yesNo && holds) return "Yes.";
        return verdict(yesNo, claimed, said(stated));
    }

    /** The one sum of the sentence with the claimed sum's number at another scale ("$29 billion" for "$29 million"), or null. */
    static Figure misScaled(Figure claimed, List<Figure> stated) {
        if (claimed.type() != Figure.Type.MONEY) return null;
        List<Figure> same = stated.stream().filter(f -> f.type() == Figure.Type.MONEY && f.digits().equals(claimed.digits()) && !f.roughly(claimed)).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("\\band\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SAME_THING = java.util.regex.Pattern.compile("\\b(?:or|to|from|than|versus|vs|between|against)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Two figures of a question in clauses joined by "and", not set against each other as one thing's. */
    private static boolean givenApart(String english, Figure a, Figure b) {
        int from = Math.min(a.end(), b.end()), to = Math.max(a.start(), b.start());
        if (from > to || to > english.length()) return false;
        String between = english.substring(from, to);
        return AND.matcher(between).find() && !SAME_THING.matcher(between).find();
    }

    /** A correction: "No — the articles say …" to a yes/no question, else "Not X — the articles say …". */
    private static String verdict(boolean yesNo, Figure claimed, String said) {
        return yesNo ? "No — the articles say " + said + "." : "Not " + claimed.text() + " — the articles say " + said + ".";
    }

    /** The figure as the bot says the article's: "one-third" as the article words it, else "$13 billion". */
    private static String said(Figure stated) {
        return stated.inWords() ? stated.text() : stated.display();
    }
}
