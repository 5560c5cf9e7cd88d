package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Focus;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Quantities;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Kinds;
import dev.dealbot.text.Names;
import dev.dealbot.text.Owners;
import dev.dealbot.text.Quotations;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which candidate sentences can answer a question, best first. A sentence is ruled out when it does not state
 * what the question's wording demands: the names it asks about, the speaker whose words it wants, the figures it
 * names, the kind of figure it asks for (a date for "when", a sum for "how much"), the thing it measures, the thing
 * it asks about as that owner's (asked for X's Y, not Y of someone else), or, for who pays (invests, licenses ...)
 * whom, the parties the right way round. The
 * rest are ranked by meaning (embedding cosine) and shared rare words (IDF-weighted).
 */
final class Selector {
    static final double SEMANTIC_WEIGHT = 0.6;
    static final double LEXICAL_WEIGHT = 0.4;
    /** A sentence that gives the kind of figure asked for ("when" → a date) needs that much less wording in common. */
    static final double KIND_BONUS = 0.05;
    /** Relevant enough to answer with shares this much of the question's words, unless very close in meaning. */
    static final double MIN_SHARED_WORDS = 0.25;
    static final double CLOSE_MEANING = 0.75;
    /** Kinds a sentence must have to answer: a question asking for a date or a figure is not answered without one. */
    static final Set<Kind> FIGURE_KINDS = EnumSet.of(Kind.TIME, Kind.NUMBER, Kind.PERCENT, Kind.MONEY, Kind.AMOUNT, Kind.DAY, Kind.YEAR);
    /** Words that report what someone says, in their verb forms ("predicts", not "predictable"). */
    /** "What did OpenAI's revenue chief say ...": what a party's person or body, named by a possessive and a role, said. */
    private static final Pattern SPEAKER_ASKED = Pattern.compile("(?i)^\\W*what\\s+(?:did|does|do|has|have)\\s+[\\p{L}-]+['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:say|said|state|write|claim|argue|tell|note|acknowledge|admit|warn)\\b");

    static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|say|saying|stated|states|stating|told|tells|remarks?|remarked|comments?|interview|expressed|announced|noted|emphasi[sz]ed|acknowledged|wrote|memo|"
                    + "statement|according to|indicat\\w*|confirmed|described|called|suggest(s|ed|ing)?|estimat(e|es|ed|ing)|argu(e|es|ed|ing)|"
                    + "warn(s|ed|ing)?|predict(s|ed|ing)?|posted|tweeted|commented|explained|claim(s|ed|ing)?|expect(s|ed|ing)?|"
                    + "believ(e|es|ed|ing)|forecast(s|ing)?|insist(s|ed|ing)?|contend(s|ed|ing)?|reported|revealed)\\b");

    /** A party holding something: "Amazon owns", "does OpenAI hold", "Microsoft still has". */
    private static final Pattern HOLDER = Pattern.compile("\\b([\\p{L}\\p{N}]+)\\s+(?:now\\s+|still\\s+|actually\\s+|currently\\s+)?"
            + "(?:own|owns|hold|holds|has|have|control|controls|possess|possesses)\\b");

    /** A word of speech right after a determiner is a participle naming a thing ("the estimated $29 billion valuation"). */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|its|their|his|her|this|that|these|those)\\s+$");

    /** The text reports what someone says: a word of speech that is not a participle after a determiner. */
    static boolean reportsSpeech(String lower) {
        var m = SPEECH.matcher(lower);
        while (m.find()) if (!DETERMINER_BEFORE.matcher(lower.substring(Math.max(0, m.start() - 8), m.start())).find()) return true;
        return false;
    }

    /**
     * Stems of verbs that move something from one party to another (pay, invest, license, grant, sell, share, fund, owe —
     * Porter's "ow"):
     * only then does it matter which party is named first.
     */
    static final Set<String> TRANSFER = Set.of("pai", "paid", "payment", "invest", "licens", "licenc", "grant", "sell",
            "sold", "give", "gave", "share", "fund", "transfer", "receiv", "owe", "ow", "sent", "send", "hand");

    /** "share" not followed by "of": a share paid or received ("a revenue share", "its share"). */
    static final java.util.regex.Pattern SHARE_HANDED = java.util.regex.Pattern.compile("(?i)\\bshar(?:e|es|ed|ing)\\b(?!\\s+of\\b)");

    private final Names names;
    /** The words of people's names, which alone answer "which executive ...?". */
    private final Set<String> personWords;
    private final double minRelevance;

    Selector(Names names, Set<String> personWords, double minRelevance) {
        this.personWords = personWords;
        this.names = names;
        this.minRelevance = minRelevance;
    }

    /** The candidates that can answer {@code q} (with {@code kinds} as the kinds asked for), best first. */
    List<Scored> rank(Question q, Query query, List<Candidate> candidates, Set<Kind> kinds, boolean needFigures) {
        return rank(q, query, candidates, kinds, needFigures, true);
    }

    /**
     * As above; {@code datesEvent}: the question asks when something happened, so a date must stand by a word of that
     * event ({@link EventRule}); a check of a claimed year or a comparison's side only needs a year of the thing.
     */
    List<Scored> rank(Question q, Query query, List<Candidate> candidates, Set<Kind> kinds, boolean needFigures, boolean datesEvent) {
        Rules rules = rules(q, query, kinds, needFigures, datesEvent);
        List<Scored> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (rules.rejection(c.sentence()) != null) continue;
            double bonus = rules.required().isEmpty() ? 0 : KIND_BONUS;
            out.add(new Scored(c, SEMANTIC_WEIGHT * c.semantic() + LEXICAL_WEIGHT * c.lexical() + bonus));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return quotedFirst(out, Quotations.of(q.english()));
    }

    /**
     * Words the question quotes at length point at the sentence that has them: it comes first, ahead of sentences
     * that only share the quote's words or meaning.
     */
    static List<Scored> quotedFirst(List<Scored> ranked, List<String> quoted) {
        if (quoted.isEmpty()) return ranked;
        List<Scored> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Scored s : ranked) (Quotations.containsAll(s.sentence().quote(), quoted) ? first : rest).add(s);
        first.addAll(rest);
        return first;
    }

    /** What the question demands of a sentence, worked out once per question. */
    Rules rules(Question q, Query query, Set<Kind> kinds, boolean needFigures) {
        return rules(q, query, kinds, needFigures, true);
    }

    Rules rules(Question q, Query query, Set<Kind> kinds, boolean needFigures, boolean datesEvent) {
        Set<Kind> required = EnumSet.noneOf(Kind.class);
        for (Kind k : kinds) if (FIGURE_KINDS.contains(k)) required.add(k);
        Set<String> focusStems = q.focus() == null ? new HashSet<>() : stems(q.focus(), query);
        focusStems.removeAll(query.unknownTerms()); // a word the articles never use is the asker's own: not required
        // the thing measured is named by its head word; the words before it in its phrase ("revenue" of "revenue share") must be there too
        boolean phrase = q.measured() != null && q.measured().everyWord();
        Set<String> measuredStems = q.measured() == null ? Set.of() : stems(phrase ? Set.of(q.measured().stem()) : things(q.measured().stems()), query);
        List<Set<String>> modifiers = !phrase ? List.of() : q.measured().stems().stream()
                .filter(x -> !x.equals(q.measured().stem())).map(x -> stems(Set.of(x), query)).toList();
        return new Rules(q, required, needFigures, direction(q.english()), focusStems, measuredStems, modifiers, datesEvent);
    }

    /** The rules one question sets; {@link #rejection} names the first a sentence breaks. */
    final class Rules {
        private final Question q;
        private final Set<Kind> required;
        private final boolean needFigures;
        private final Direction asked;
        /** The party asked what it alone pays, or null (read once per question, not per sentence). */
        private final String payer;
        private final Set<String> focusStems, measuredStems, wholeStems;
        private final List<Set<String>> modifiers;
        private final boolean transfer;
        private final List<String> qualifiers;
        private final java.util.Set<String> months;
        private final Set<String> askedStems, eventStems;
        private final dev.dealbot.question.QueryTerm deed;
        private final boolean howLong;
        private final String anchor;
        private final boolean earlier, definition;
        private final boolean speechFocus;
        private final boolean speakerAsked;
        private final Query query;
        /** Names offered as a choice ("Microsoft or OpenAI?"), either of which a sentence may name. */
        private final List<List<String>> choices;

        /** For a figure asked, the party the question has holding it, or null. */
        private final String holder;

        Rules(Question q, Set<Kind> required, boolean needFigures, Direction asked, Set<String> focusStems,
                Set<String> measuredStems, List<Set<String>> modifiers, boolean datesEvent) {
            this.q = q;
            this.required = required;
            this.needFigures = needFigures;
            this.asked = asked;
            this.payer = payerAlone(asked, q);
            this.focusStems = focusStems;
            // a statement, remarks, a memo: any sentence that reports speech tells of one, in whatever words
            this.speechFocus = q.focus() != null && SPEECH.matcher(q.focus().word().toLowerCase(Locale.ROOT)).matches();
            this.speakerAsked = q.focus() != null && !focusStems.isEmpty() && SPEAKER_ASKED.matcher(q.english()).find();
            this.measuredStems = measuredStems;
            this.modifiers = modifiers;
            // "what percent of its revenue": a percentage of an amount is answered only by a clause that names that amount
            // (a percentage of a company is a stake, not a share of its revenue)
            this.wholeStems = measuredStems.isEmpty() && required.contains(Kind.PERCENT) ? wholeOf(q.english(), q.query()) : Set.of();
            // "a share of X" is a part of X, which no one hands over: "share" names a transfer only without "of" after it
            this.transfer = q.query().terms().stream().anyMatch(t -> TRANSFER.contains(t.term())
                    && (!t.term().equals("share") || SHARE_HANDED.matcher(q.english()).find()));
            this.qualifiers = qualifiers(q.english());
            // only a question that asks for a figure itself: a claim's month may be the wrong part of it ("announced in
            // March?"), which the sentences of other months correct
            this.months = q.kinds().stream().anyMatch(FIGURE_KINDS::contains) && required.stream().anyMatch(FIGURE_KINDS::contains)
                    ? ClaimMonths.of(q.english()) : java.util.Set.of();
            this.query = q.query();
            this.choices = nameChoices(q);
            this.askedStems = q.naming() == null ? Set.of() : NamingRule.stems(q.english(), q.query());
            this.deed = q.naming() == null ? null : NamingRule.deed(q.english(), q.query());
            this.howLong = required.contains(Kind.TIME) && HOW_LONG.matcher(q.english()).find();
            this.anchor = required.contains(Kind.TIME) ? anchor(q.english()) : null;
            // why something was so then may be told by what the revision changed
            this.earlier = asksEarlierState(q.english()) && !q.kinds().contains(Kind.REASON) && !q.kinds().contains(Kind.CONSEQUENCE);
            this.definition = DEFINITION_ASKED.matcher(q.english()).find() && !q.yesNo() && !q.kinds().contains(Kind.CONSEQUENCE);
            this.eventStems = datesEvent && required.contains(Kind.TIME) ? EventRule.eventStems(query, names) : Set.of();
            this.holder = required.stream().anyMatch(k -> k == Kind.PERCENT || k == Kind.MONEY || k == Kind.NUMBER) ? holdingParty(q.english()) : null;
        }

        /** "Amazon owns", "does OpenAI hold": the party the question has holding something, or null. */
        private String holdingParty(String english) {
            java.util.regex.Matcher m = HOLDER.matcher(english.toLowerCase(Locale.ROOT));
            while (m.find()) if (names.known(m.group(1)) && names.party(m.group(1))) return m.group(1);
            return null;
        }

        /**
         * A figure asked of a party holding it ("what percentage does Amazon own?") is not one a sentence gives another party
         * acting in its own words, though the party asked stands in the sentence quoted with it for context.
         */
        private boolean anotherActors(SentenceInfo s) {
            if (holder == null) return false;
            // the figure is the sentence's own, or that of the sentence before it quoted for context ("This stake ...")
            String giving = Kinds.of(s.text()).stream().anyMatch(required::contains) || s.context().isEmpty() ? s.text() : s.context();
            if (names.mentioned(giving.toLowerCase(Locale.ROOT), holder)) return false;
            String own = names.actor(giving);
            return own != null && !names.same(own, holder);
        }

        private static Set<Kind> withTime(Set<Kind> kinds) {
            Set<Kind> out = new HashSet<>(kinds);
            out.add(Kind.TIME);
            return out;
        }

        /**
         * The figure asked for is stated about what the question asks: in the clause (or, when the quote includes it,
         * the sentence before) that names the thing measured ("how big is the cap"), or else the question's most
         * specific word the sentence has. "... will continue until 2030 but will now be subject to a total cap" does
         * not date or size the cap.
         */
        private boolean attached(SentenceInfo s) {
            Set<String> target = measuredStems.isEmpty() ? wholeStems : measuredStems;
            if (target.isEmpty()) {
                QueryTerm top = null;
                for (QueryTerm t : query.terms())
                    if (!namesUnit(t) && t.matchIn(s.terms()) > 0 && (top == null || t.weight() > top.weight())) top = t;
                if (top == null) return true;
                target = new HashSet<>(top.alternatives());
                target.add(top.term());
            }
            String context = s.context();
            Set<Kind> contextKinds = context.isEmpty() ? Set.of() : Kinds.of(context);
            boolean contextGives = !context.isEmpty() && contextKinds.containsAll(required);
            for (ClauseInfo c : s.clauses()) {
                if (!target.stream().anyMatch(c.terms()::contains)) continue;
                if (c.kinds().containsAll(required)) return true;
                // a clause of a sentence dated by pointing back ("At that time, Microsoft valued its stake ...") has the time
                // the sentence before it gives ("... made in October")
                if (required.contains(Kind.TIME) && contextKinds.contains(Kind.TIME)
                        && EventRule.THAT_TIME.matcher(s.text()).find() && withTime(c.kinds()).containsAll(required)) return true;
            }
            if (!contextGives) return false;
            for (Token t : Tokens.of(context)) if (target.contains(t.stem())) return true;
            return false;
        }

        /**
         * A term's end ("valid until 2032") answers how long a thing lasts only in a sentence with a word of that thing
         * besides its parties and words of lasting (an acronym of a common noun, "IP", is a word of the thing): "How long
         * will Microsoft remain OpenAI's primary cloud partner?" is not answered by the licence's term, though both are
         * Microsoft's and "continue".
         */
        private boolean termOfThing(SentenceInfo s) {
            boolean ends = s.figures().stream().anyMatch(f -> f.type() == Figure.Type.YEAR && f.end() <= s.quote().length()
                    && dev.dealbot.text.TimeBound.of(s.quote(), f) == dev.dealbot.text.TimeBound.UNTIL);
            if (!ends) return true;
            boolean any = false;
            for (QueryTerm t : query.terms()) {
                if (names.known(t.term()) && names.party(t.term()) || namesUnit(t) || LASTING.contains(t.term()) || Character.isDigit(t.term().charAt(0))) continue;
                any = true;
                // a synonym that is itself a word of lasting ("holding" → hold, for "shareholder") names no thing
                Set<String> alternatives = new HashSet<>(t.alternatives());
                alternatives.removeAll(LASTING);
                if (new QueryTerm(t.term(), alternatives, t.weight()).matchIn(s.terms()) > 0) return true;
            }
            return !any;
        }

        Set<Kind> required() {
            return required;
        }

        /** The rule {@code s} breaks, or null when it may answer. */
        String rejection(SentenceInfo s) {
            if (!s.kinds().containsAll(required)) return "kind";
            // what someone named by their role said ("What did OpenAI's revenue chief say ...?") is told by a sentence naming that role
            if (speakerAsked && focusStems.stream().noneMatch(s.terms()::contains)) return "speaker";
            // a figure asked of a month ("its valuation at the October recapitalization") is one a sentence of that month gives
            if (!months.isEmpty() && !ClaimMonths.named(months, s.quote())) return "month";
            if (!required.isEmpty() && !attached(s)) return "attached";
            if (required.contains(Kind.TIME) && !EventRule.dates(s, eventStems)) return "event";
            if (required.contains(Kind.TIME) && !termOfThing(s)) return "term";
            if (howLong && !givesDuration(s)) return "duration";
            if (anchor != null && datesOnlyBy(anchor, s)) return "anchor";
            if (earlier && !EARLIER_TOLD.matcher(s.quote()).find()) return "earlier";
            if (definition && !DEFINITION_TOLD.matcher(s.quote()).find()) return "definition";
            if (!required.isEmpty() && !focusStems.isEmpty() && focusStems.stream().noneMatch(s.terms()::contains) && !sharesHeld(focusStems, s)
                    && !(speechFocus && SPEECH.matcher(s.quote().toLowerCase(Locale.ROOT)).find()))
                return "focus";
            for (String qualifier : qualifiers) if (!s.quote().toLowerCase(java.util.Locale.ROOT).contains(qualifier)) return "qualifier";
            if (!statesNames(q, s, choices)) return "names";
            if (anotherActors(s)) return "actor";
            if (!NamingRule.satisfied(q.naming(), q.english(), askedStems, s, names, personWords)) return "naming";
            if (!NamingRule.tellsDeed(deed, s, query)) return "deed";
            if (needFigures && !statesFigures(q, s)) return "figures";
            if (!measuredStems.isEmpty() && (!namesThing(s, measuredStems) || !hasAll(modifiers, s))) return "measured";
            if (!ownedBy(q.focus(), focusStems, s)) return "owner";
            if (transfer && (reverses(asked, s) || paidByAnother(payer, s) || !required.isEmpty() && figuresGoOtherWay(asked, s)))
                return "direction";
            return null;
        }
    }

    /**
     * Words that set the state before the revision apart: "the old cap", "the previous agreement's expiry"; not a time
     * before another ("the prior quarter", "the previous round").
     */
    private static final Pattern EARLIER_ASKED = Pattern.compile("\\b(?:(?:old|previous|prior|original|former|earlier)(?!\\s+(?:quarter|year|month|week|day|"
            + "round|funding|valuation|investment)s?\\b)|pre-revision|used to|before (?:the|this) (?:revision|amendment|new (?:deal|agreement)|change|update))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question about what has changed, how the state now compares, or what someone said, is answered by the new terms too. */
    private static final Pattern CHANGE_ASKED = Pattern.compile("\\b(?:chang\\w*|differ\\w*|new|now|compared?|versus|vs\\.?|replac\\w*|still|kept|keep"
            // what someone said of the old terms is told by what they said
            + "|say|says|said|comment\\w*|think|thinks|thought|wrote|write|writes)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_ASKED = Pattern.compile("\\b(?:was|were|did|had|used to)\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that tells of the state before: "the previous agreement", "prior exclusive access", "remaining unchanged". */
    static final Pattern EARLIER_TOLD = Pattern.compile("\\b(?:previous(?:ly)?|prior|earlier|old|original(?:ly)?|former(?:ly)?|before|had|used to|"
            + "initial(?:ly)?|unchanged|the same|no longer|departure|ended|ending)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The question asks what held before the revision ("What was the old revenue share cap?"), not what changed: only
     * a sentence that tells of the earlier state answers it, not one giving the new terms alone.
     */
    static boolean asksEarlierState(String question) {
        return EARLIER_ASKED.matcher(question).find() && PAST_ASKED.matcher(question).find() && !CHANGE_ASKED.matcher(question).find();
    }

    /**
     * "When was the revision before October?", "what year after 2030 ...": the time a question counts from, which is
     * not the time it asks for ("before or after October" counts from none).
     */
    private static final Pattern ANCHORED = Pattern.compile("(?<!\\bor\\s)(?<!\\band\\s)\\b(?:before|prior to|after|earlier than|later than)\\s+(?:the\\s+)?"
            + "(january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** The time a question asks from ("before October": october), lower case, or null. */
    static String anchor(String question) {
        java.util.regex.Matcher m = ANCHORED.matcher(question);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** {@code s} dates what it tells, and only by the anchor: it gives the time counted from, not one before or after it. */
    static boolean datesOnlyBy(String anchor, SentenceInfo s) {
        List<String> dates = new ArrayList<>();
        for (int[] d : Kinds.calendarDates(s.text())) dates.add(s.text().substring(d[0], d[1]).toLowerCase(Locale.ROOT));
        for (Figure f : Figures.of(s.text())) if (f.type() == Figure.Type.YEAR) dates.add(f.digits());
        return !dates.isEmpty() && dates.stream().allMatch(anchor::equals);
    }

    /** "How is AGI defined?", "what level defined the threshold?", "what counts as AGI?": a definition asked. */
    private static final Pattern DEFINITION_ASKED = Pattern.compile("\\b(?:defin(?:e|es|ed|ing|ition|itions)|what (?:counts|qualifies) as|meaning of)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that defines: "is defined as", "means", "refers to", "known as". */
    static final Pattern DEFINITION_TOLD = Pattern.compile("\\b(?:defin\\w*|means|meaning|refers? to|known as|described as|that is,|i\\.e\\.)",
            Pattern.CASE_INSENSITIVE);

    /** "How long will ...", "for how long": a duration or an end asked, not a point in time. */
    private static final Pattern HOW_LONG = Pattern.compile("\\b(?:for\\s+)?how\\s+long\\b(?!\\s+(?:ago|after|before|between|since|from|until|till)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A span written out: "a multi-year deal", "for five years", "10-year". */
    private static final Pattern DURATION = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multi)[- ]?years?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SINCE_YEAR = Pattern.compile("\\bsince\\s+(?:\\p{L}+\\s+)?\\d{4}\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The sentence gives how long: an end ("valid until 2032", "through 2030"), a start ("since 2019", for how long
     * something has gone on) or a span ("a multi-year agreement").
     */
    static boolean givesDuration(SentenceInfo s) {
        if (SINCE_YEAR.matcher(s.quote()).find()) return true;
        for (Figure f : s.figures())
            if (f.type() == Figure.Type.YEAR && f.end() <= s.quote().length()
                    && dev.dealbot.text.TimeBound.of(s.quote(), f) == dev.dealbot.text.TimeBound.UNTIL) return true;
        return DURATION.matcher(s.text()).find();
    }

    /** Stems of lasting, ending and asking how long: they say how long, not what lasts. */
    static final Set<String> LASTING = Set.of("remain", "stai", "keep", "continu", "run", "last", "valid", "end", "expir", "stop", "ceas",
            "long", "until", "till", "still", "hold", "go", "be", "will", "when", "year", "date", "time", "how");

    /** Stems that name a holding in a company. */
    private static final Set<String> HOLDING = Set.of("stake", "ownership", "own", "equiti", "sharehold", "hold", "holding");
    private static final Pattern OF_SHARES = Pattern.compile("^\\s+of\\s+(?:the|its|their)\\s+(?:\\p{L}+['’]s\\s+)?shares\\b", Pattern.CASE_INSENSITIVE);

    /** Asked for a holding, the sentence gives a share of a company's shares ("nearly one-third of the company's shares"). */
    static boolean sharesHeld(Set<String> focusStems, SentenceInfo s) {
        if (focusStems.stream().noneMatch(HOLDING::contains)) return false;
        for (Figure f : s.figures())
            if (f.type() == Figure.Type.PERCENT && f.end() <= s.quote().length() && OF_SHARES.matcher(s.quote().substring(f.end())).find()) return true;
        return false;
    }

    /**
     * "last year", "this quarter": a relative time the question sets, which the evidence must state too; "the last year
     * of the payments" is a year within a thing, not one before now.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile("\\b(last|this|next|previous|past|coming)\\s+(year|quarter|month|week)\\b(?!\\s+of\\b)");

    static List<String> qualifiers(String question) {
        List<String> out = new ArrayList<>();
        var m = RELATIVE_TIME.matcher(question.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Stems that name what a figure is measured in ("percentage", "dollars"): the figure itself matches them. */
    static final Set<String> UNITS = Set.of("percent", "percentag", "ratio", "proportion", "portion", "dollar", "billion",
            "million", "amount", "figur", "number", "sum", "year", "date");

    private static boolean namesUnit(QueryTerm t) {
        return UNITS.contains(t.term()) || t.alternatives().stream().anyMatch(UNITS::contains);
    }

    /** The stem of the amount a percentage is asked of, with the synonyms the question's analysis found for it. */
    private static Set<String> wholeOf(String question, Query query) {
        String whole = Quantities.wholeOf(question);
        if (whole == null) return Set.of();
        Set<String> out = new HashSet<>(Set.of(Tokens.of(whole).get(0).stem()));
        for (QueryTerm t : query.terms()) if (out.contains(t.term()) || t.alternatives().stream().anyMatch(out::contains)) {
            out.add(t.term());
            out.addAll(t.alternatives());
        }
        return out;
    }

    /** A question about a transfer (who pays whom) that does not say which way: both directions answer it. */
    boolean asksBothWays(Question q) {
        return !direction(q.english()).known() && q.query().terms().stream().anyMatch(t -> TRANSFER.contains(t.term()));
    }

    /** Relevant enough to answer with. */
    boolean relevant(Scored s) {
        return s.score() >= minRelevance
                && (s.candidate().lexical() >= MIN_SHARED_WORDS || s.candidate().semantic() >= CLOSE_MEANING);
    }

    /**
     * Relevant, or sharing a fair part of the question's words: about what the question asks, for a rule that looks for
     * the few sentences that give a detail (a day, a month) of its event.
     */
    boolean aboutQuestion(Scored s) {
        return relevant(s) || s.candidate().lexical() >= MIN_SHARED_WORDS;
    }

    double minRelevance() {
        return minRelevance;
    }

    /** Every distinctive name of the question (or an alias) is in the quote, and the speaker's words are reported. */
    private boolean statesNames(Question q, SentenceInfo s, List<List<String>> choices) {
        String lower = s.quote().toLowerCase(Locale.ROOT);
        for (String name : q.names()) {
            if (names.mentioned(lower, name)) continue;
            // a name offered as one of a choice ("Microsoft or OpenAI?") is met by the sentence naming the other; one named
            // only in the other outcome a yes/no question offers (", or can it go to AWS?") need not be named
            if (choices.stream().noneMatch(c -> c.contains(name) && (c.size() == 1 || c.stream().anyMatch(other -> names.mentioned(lower, other)))))
                return false;
        }
        if (q.speaker() == null) return true;
        for (String w : q.speaker().split("\\s+")) if (!Names.containsWord(lower, w)) return false;
        return reportsSpeech(lower);
    }

    /**
     * Every figure of the question is in the sentence; a year stands there the way it stands in the question ("since
     * 2019" gives a total since then, no answer for "in 2019"; see {@link Years#comparable}).
     */
    static boolean statesFigures(Question q, SentenceInfo s) {
        return statesFigures(q, q.figures(), s);
    }

    /** {@code figures} (of the question) are in the sentence, or rounded, each year standing as it does in the question. */
    static boolean statesFigures(Question q, List<Figure> figures, SentenceInfo s) {
        for (Figure f : figures) {
            if (!s.digits().contains(f.digits()) && s.figures().stream().noneMatch(f::rounds)) return false; // or written shorter ("$228 billion")
            // a question read only through its figures and names (another language) does not say how its year stands
            if (f.type() != Figure.Type.YEAR || q.crossLanguage() || f.end() > q.english().length()) continue;
            Years.Asked asked = Years.asked(q.english(), f);
            List<Figure> same = s.figures().stream().filter(f::sameAs).toList();
            if (!same.isEmpty() && same.stream().noneMatch(g -> Years.comparable(asked, Years.asked(s.quote(), g)))) return false;
        }
        return true;
    }

    /** "Microsoft or OpenAI", "by Dresser or by Suleyman": two names offered as a choice, joined by "or". */
    private static final Pattern NAME_CHOICE = Pattern.compile("([\\p{L}][\\p{L}\\p{N}.&-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.&-]*)?)['’]?s?,?\\s+or\\s+"
            + "(?:(?:by|on|via|with|to|from|at|in|for|the|a|an)\\s+)?([\\p{L}][\\p{L}\\p{N}.&-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.&-]*)?)");

    /** ", or can it go straight to AWS?": the other outcome a yes/no question offers after it, a clause of its own. */
    private static final Pattern OTHER_OUTCOME = Pattern.compile("(?i),\\s*or\\s+(?:can|could|is|are|was|were|does|do|did|will|would|may|might|must|should|has|have)"
            + "\\s+(?:it|they|he|she|that|this|we|you|one)\\b([^?]*)\\?\\s*$");

    /**
     * The choices of names a question offers, each as the names of the question it joins (lower case); a name only in
     * the other outcome a question offers after its own ("..., or can it ...?") is a choice of its own (of one name).
     */
    List<List<String>> nameChoices(Question q) {
        List<List<String>> out = new ArrayList<>();
        var outcome = OTHER_OUTCOME.matcher(q.english());
        if (outcome.find()) {
            String before = q.english().substring(0, outcome.start()).toLowerCase(Locale.ROOT), after = outcome.group(1).toLowerCase(Locale.ROOT);
            for (String name : q.names()) if (names.mentioned(after, name) && !names.mentioned(before, name)) out.add(List.of(name));
        }
        var m = NAME_CHOICE.matcher(q.english());
        while (m.find()) {
            String a = asked(q, m.group(1)), b = asked(q, m.group(2));
            if (a != null && b != null && !a.equals(b)) out.add(List.of(a, b));
        }
        return out;
    }

    /** The name of the question {@code words} end with (its last word or two), or null. */
    private static String asked(Question q, String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String name : q.names()) if (lower.equals(name) || lower.endsWith(" " + name)) return name;
        return null;
    }

    /** Asked for X's thing: no occurrence of the thing in the sentence belongs to someone other than X. */
    private boolean ownedBy(Focus focus, Set<String> stems, SentenceInfo s) {
        if (focus == null || focus.owner() == null) return true;
        boolean mentioned = false;
        for (ClauseInfo c : s.clauses()) {
            Owners.Tie tie = Owners.tie(c.tokens(), partyNames(c.names()), stems, focus.owner(), names);
            if (tie == Owners.Tie.OWNER) return true;
            mentioned |= tie == Owners.Tie.OTHER;
        }
        String context = s.context();
        if (!context.isEmpty()) { // the sentence before, quoted with it: "Microsoft maintains a stake ... This stake ensures ..."
            List<Token> tokens = Tokens.of(context);
            Owners.Tie tie = Owners.tie(tokens, partyNames(names.in(context, tokens)), stems, focus.owner(), names);
            if (tie == Owners.Tie.OWNER) return true;
            mentioned |= tie == Owners.Tie.OTHER;
        }
        return !mentioned;
    }

    /** The names that can own or do things (not dates, not acronyms of common nouns). */
    private List<Token> partyNames(List<Token> tokens) {
        return tokens.stream().filter(t -> names.party(t.lower())).toList();
    }

    /** The sentence has the question's two parties only the other way round. */
    private boolean reverses(Direction asked, SentenceInfo s) {
        if (!asked.known()) return false;
        boolean reversed = false;
        for (ClauseInfo c : s.clauses()) {
            if (c.direction().sameAs(asked, names)) return false;
            reversed |= c.direction().reverses(asked, names);
        }
        return reversed;
    }

    /** The party asked what it alone pays, the subject of "pay" or "owe" ("What does OpenAI still have to pay?"), or null. */
    private static String payerAlone(Direction asked, Question q) {
        String payer = asked.source();
        if (payer == null || asked.target() != null) return null;
        return Pattern.compile("(?i)\\b(?:does|did|do|will|would|must|should|has|have)\\s+" + Pattern.quote(payer)
                + "\\s+(?:still\\s+)?(?:(?:have|has|need|needs)\\s+to\\s+)?(?:pay|owe)\\b").matcher(q.english()).find() ? payer : null;
    }

    /**
     * Asked what a payer alone pays, the party the subject of "pay" or "owe" ("What does OpenAI still have to pay?"): a
     * sentence whose clauses have it only paid by another ("Microsoft will no longer pay revenue sharing to OpenAI") tells
     * of the other way.
     */
    private boolean paidByAnother(String payer, SentenceInfo s) {
        if (payer == null) return false;
        boolean paid = false;
        for (ClauseInfo c : s.clauses()) {
            var d = c.direction();
            if (d.source() != null && names.same(d.source(), payer)) return false;
            paid |= d.known() && names.same(d.target(), payer);
        }
        return paid;
    }

    /**
     * Asked for a figure of a transfer one way ("what % does A pay B?"), the sentence states its figures
     * only in clauses going the other way ("Microsoft will retain a 20% share": paid to Microsoft): it does not answer,
     * though another clause of it goes the asked way without a figure.
     */
    private boolean figuresGoOtherWay(Direction asked, SentenceInfo s) {
        if (!asked.known()) return false;
        boolean any = false;
        for (ClauseInfo c : s.clauses()) {
            if (c.figures().stream().noneMatch(f -> f.type() == Figure.Type.PERCENT || f.type() == Figure.Type.MONEY)) continue;
            var d = c.direction();
            boolean other = d.reverses(asked, names) || d.source() == null && d.target() != null && names.same(d.target(), asked.source());
            if (!other) return false;
            any = true;
        }
        if (any) return true;
        // the figures are in the sentence before, quoted with it ("Microsoft will retain a 20% share. However, it will no
        // longer pay OpenAI ..."): that sentence's way decides
        String context = s.context();
        if (context.isEmpty() || Figures.of(context).stream().noneMatch(f -> f.type() == Figure.Type.PERCENT || f.type() == Figure.Type.MONEY)) return false;
        List<Token> tokens = Tokens.of(context);
        Direction d = Direction.of(tokens, names.in(context, tokens), names);
        return d.reverses(asked, names) || d.source() == null && d.target() != null && names.same(d.target(), asked.source());
    }

    /** The direction a question asks about; a question may write names in lower case ("microsoft pays openai"). */
    private Direction direction(String text) {
        return Direction.ofQuestion(text, names);
    }

    /**
     * The sentence names the thing itself, not only as the first word of another ("revenue share", "revenue chief" are
     * not revenue): some occurrence of its stems is not followed by another content word.
     */
    private static boolean namesThing(SentenceInfo s, Set<String> stems) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!stems.contains(tokens.get(i).stem())) continue;
            if (i + 1 == tokens.size() || !modifies(tokens.get(i), tokens.get(i + 1), s.text())) return true;
        }
        return false;
    }

    /** {@code word} is written right before another content word, with nothing between: a modifier of it. */
    private static boolean modifies(Token word, Token next, String text) {
        String between = text.substring(word.end(), next.start());
        return between.isBlank() && !word.possessive() && Character.isLetter(next.lower().charAt(0))
                && !Terms.isFunctionWord(next.lower()) && !next.lower().matches("having|being|been");
    }

    /**
     * Words that tell how much of an amount is counted ("total", "overall", "cumulative"), never the thing measured: a
     * sentence with only such a word ("invested ... cumulative") does not name the revenue asked for.
     */
    private static final Set<String> EXTENT = Set.of("total", "overall", "combined", "cumulative", "entire", "whole", "full",
            "net", "gross", "aggregate").stream().map(Tokens::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The stems of a thing's phrase without its words of extent, unless they are all it has. */
    static Set<String> things(Set<String> stems) {
        Set<String> out = new HashSet<>(stems);
        out.removeAll(EXTENT);
        return out.isEmpty() ? stems : out;
    }

    /** The thing's stem with the synonyms the question's analysis found for it. */
    private static Set<String> stems(Focus focus, Query query) {
        return stems(focus.stems(), query);
    }

    /** {@code stems} with their synonyms in the query. */
    private static Set<String> stems(Set<String> stems, Query query) {
        Set<String> out = new HashSet<>(stems);
        for (QueryTerm t : query.terms()) if (stems.contains(t.term())) out.addAll(t.alternatives());
        return out;
    }

    /** The sentence has a word of each set (a word or one of its synonyms). */
    private static boolean hasAll(List<Set<String>> words, SentenceInfo s) {
        return words.stream().allMatch(forms -> forms.stream().anyMatch(s.terms()::contains));
    }
}
