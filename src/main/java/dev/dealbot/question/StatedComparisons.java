package dev.dealbot.question;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Comparisons that lean on statements before the question: a figure stated, one only described, two set side by side. */
final class StatedComparisons {
    private StatedComparisons() {}

    /**
     * The comparison in {@code question}, a side of which only points back ("... than that?", or no "than" at all:
     * "How many times bigger is it now?") to a figure stated before the question: that side is the nearest statement
     * before it that states a figure of the kind compared. With no such statement the side stays as written, and no
     * figure answers it. A comparison whose question names no unit compares what the statements measure ("Amazon
     * announced its investment. How many times bigger is its figure than Microsoft's?" compares sums).
     *
     * @param statements the statements before the question, nearest first
     */
    static Comparison of(String written, List<String> statements) {
        // "So did it go up or down over this time?": an opening "so" and the span the statements set name no side
        String question = statements.isEmpty() ? written : SPAN_TAIL.matcher(OPENING.matcher(written.strip()).replaceFirst("")).replaceFirst("");
        Comparison asked = Comparison.of(question);
        if (statements.isEmpty()) return asked;
        Comparison described = asked == null ? described(question, statements) : null;
        if (described != null) return described;
        Comparison compared = asked == null ? compared(question, statements.get(0)) : null;
        if (compared != null) return compared;
        boolean implicit = asked == null && !question.toLowerCase(Locale.ROOT).matches("(?s).*\\bthan\\b.*");
        String core = Comparison.FIGURE_TAIL.matcher(question.strip()).replaceFirst("").replaceAll("[?.!]+$", ""); // "..., and what is it?"
        Comparison than = implicit ? Comparison.of(core + " than that") : asked;
        Comparison found = than == null && implicit ? changeSince(question) : than;
        if (found == null && implicit) found = spanUntil(question);
        // "Did its stake go up or down (, and by how much)?" after a statement of its figure: since then
        if (found == null && implicit) found = sinceThen(question);
        if (found == null) return null;
        Kind statedKind = Comparison.unitKind(String.join(" ", statements).toLowerCase(Locale.ROOT));
        Kind kind = found.kind() == Kind.NUMBER && statedKind != Kind.NUMBER ? statedKind : found.kind();
        List<String> sides = new ArrayList<>(found.sides());
        int back = pointsBack(sides.get(0)) ? 0 : pointsBack(sides.get(1)) ? 1 : -1;
        if (back < 0) return found.kind() == kind ? found : new Comparison(found.sides(), kind, found.op(), found.larger(), found.word(), found.gap());
        if (pointsBack(sides.get(1 - back))) {
            // "A was X then and is Y now. How many times bigger is that?": the two figures the one statement gives
            Comparison both = bothStated(statements.get(0), kind, found);
            if (both != null) return both;
            // "A was valued at X in 2023. How many times bigger is it now?": the stated thing as it is now, against it
            int current = BACK_NOW.matcher(sides.get(0).strip()).matches() ? 0 : BACK_NOW.matcher(sides.get(1).strip()).matches() ? 1 : -1;
            String stated = current < 0 ? null : statements.stream().filter(s -> states(s, kind)).findFirst().orElse(null);
            String now = stated == null ? null : thingNow(stated, kind);
            if (now == null) return asked; // "is this bigger than that?": both point back
            sides.set(current, now);
            sides.set(1 - current, stated);
            return new Comparison(List.copyOf(sides), kind, found.op(), found.larger(), found.word(), found.gap(), 1 - current);
        }
        // "... $135 billion in October, and ... now $228.3 billion. How much higher is the newer figure?": one of two figures
        // the nearest statement gives, named by its place or age, set against the other
        Comparison both = ONE_OF_TWO.matcher(sides.get(1 - back).strip()).matches() ? bothStated(statements.get(0), kind, found) : null;
        if (both != null) return both;
        String stated = statements.stream().filter(s -> states(s, kind)).findFirst().orElse(null);
        // "Suleyman set a year for it. How many years before the licence ends is that?": a figure only described (a noun
        // naming one) is found by the statement's words, as a stated one must be; "Beta is great" describes none
        if (stated == null && !Comparison.writes(statements.get(0), kind) && DESCRIBES_FIGURE.matcher(statements.get(0)).find()) stated = statements.get(0);
        // "... nearly a third of OpenAI in 2023, and now it holds about 27%. Did its stake go up or down?": a statement of
        // the thing's figure then and now is both sides
        both = stated == null && found.word().equals(Comparison.UP_OR_DOWN) ? bothStated(statements.get(0), kind, found) : null;
        if (both != null) return both;
        // "There was a leaked memo. How long before the announcement did it surface?": an event described is dated by its words
        if (stated == null && kind == Kind.TIME && !Comparison.writes(statements.get(0), kind)) stated = statements.get(0);
        if (stated == null) return asked;
        sides.set(back, stated);
        return new Comparison(List.copyOf(sides), kind, found.op(), found.larger(), found.word(), found.gap(), back);
    }

    /** A word opening a question that goes on from the statements: "so", "and", "but", "ok". */
    private static final Pattern OPENING = Comparison.pattern("^(?:so|and|but|ok|okay|then)\\s*,?\\s+");
    /** The span the statements set, named at the end of the question: "over this time", "in that period", "over the years". */
    private static final Pattern SPAN_TAIL = Comparison.pattern("\\s+(?:(?:over|during|in|across|within)\\s+(?:this|that|the|those)\\s+(?:time|period|span|"
            + "stretch|years|months)|over the years)(?=\\s*[?.!]*$)");

    /** A side that is a pronoun and a word of the present time ("it now", "that today"). */
    private static final Pattern BACK_NOW = Comparison.pattern("^(?:it|that|this|they)\\s+(?:" + Sides.NOW_WORDS + ")$");
    /** A time a statement dates its figure by: a month, a year, "early", "back in". */
    private static final Pattern WHEN = Comparison.pattern("(?:\\bback\\s+)?(?:\\b(?:in|on|as of|during|around|since)\\s+)?(?:\\b(?:early|mid|late)[- ]?)?"
            + "(?:\\b(?:" + dev.dealbot.text.CalendarDates.MONTH_NAMES + ")\\b(?:\\s+\\d{1,2}\\b,?)?(?:\\s+(?:19|20)\\d\\d\\b)?|\\b(?:19|20)\\d\\d\\b)");

    /**
     * The thing {@code statement} gives a figure of, as it is now: the statement without that figure and the time it
     * dates it by, then "now" ("OpenAI was valued at $29 billion in January 2023" → "OpenAI was valued now"); null when
     * nothing of the thing is left.
     */
    static String thingNow(String statement, Kind kind) {
        String text = WHEN.matcher(statement.strip().replaceAll("[.!?]+$", "")).replaceAll(" ");
        Figure figure = Figures.of(text).stream().filter(f -> states(f.text(), kind)).findFirst().orElse(null);
        if (figure == null) return null;
        String before = FIGURE_LEAD.matcher(text.substring(0, figure.start())).replaceFirst("");
        String thing = (before + " " + text.substring(figure.end())).replaceAll("\\s+", " ").replaceAll("\\s+([,.;])", "$1").strip();
        return thing.split("\\s+").length < 2 ? null : thing + " now";
    }

    /** A verb of happening after a side ("... does that target fall?"): no word of what the side is. */
    private static final Pattern HAPPENING = Comparison.pattern("\\s+(?:fall|falls|come|comes|land|lands|happen|happens|occur|occurs|arrive|arrives|"
            + "take place|takes place)$");

    /** The side only points back ("that", "this figure", "that target fall"). */
    static boolean pointsBack(String side) {
        return Comparison.BACK.matcher(HAPPENING.matcher(side.strip()).replaceFirst("")).matches();
    }

    /**
     * "By what factor has its valuation grown as of the latest round?", "how much has it risen since?": one thing's
     * change up to a point, from a figure stated before the question.
     */
    private static final Pattern CHANGE_SINCE = Comparison.pattern("^(?:(?:comparing|compared)\\s+.{3,60}?,\\s*)?(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?"
            + "(how much|what multiple|what factor|how many-?fold|how many (?:percentage )?points)\\s+"
            + "(?:did|has|have|does|will|was|had)\\s+(.{3,}?)\\s+(?:rise|grow|grew|climb|increase|jump|fall|fell|drop|decline|change|"
            + "go up|gone up|go down|gone down|shrink|expand|multiply|soar)\\w*(?:\\s+(?:since then|since|(?:as of|by|in|to|at|with|until)\\s+(.{3,})))?$");

    /** "By how much did the figure climb between the two?": a change between two figures described before the question. */
    private static final Pattern CHANGE_BETWEEN_THEM = Comparison.pattern("^(?:by\\s+)?(?:about\\s+|roughly\\s+|approximately\\s+)?(how much|what factor|"
            + "what multiple|how many times)\\s+(?:did|has|have|had|does|would)\\s+(?:it|that|this|they|the (?:figure|value|number|amount|sum|"
            + "valuation|stake|two|numbers|figures|values))\\s+(?:rise|grow|grew|climb|increase|jump|go up|gone up|change|fall|fell|drop)\\w*"
            + "(?:\\s+between\\s+(?:the two|them|those|these|both)(?:\\s+\\w+)?)?$");

    /** "What's the gap between the two numbers?", "what is the difference between them?": the two things described. */
    private static final Pattern GAP_BETWEEN_THEM = Comparison.pattern("^(?:so\\s+)?(?:what(?:'s|’s| is| was)|how (?:big|large|wide)(?:'s|’s| is))\\s+the\\s+"
            + "(?:gap|difference)\\s+between\\s+(?:the two(?:\\s+(?:numbers|figures|values|amounts|sums|valuations|estimates))?|them|those|these|both)(?:\\s+in\\s+(?:years|months|days|dollars|percentage points|points))?$");

    /** "Which one ends first?", "which of the two runs longer?": the winner of two things described, the question naming neither. */
    private static final Pattern WHICH_OF_THEM = Comparison.pattern("^which(?:\\s+one|\\s+of\\s+(?:the two|them|these|those|both)(?:\\s+\\w+)?)?\\s+"
            + "(?!.*\\bor\\b)\\w+(?:\\s+\\w+){0,3}?\\s+(?:first|last|earlier|later|sooner|longer|shorter|bigger|larger|smaller|higher|lower|more|less)$");

    /** "How many years is that span?", "how long is that period?": the time between the two things described. */
    private static final Pattern SPAN_OF_THEM = Comparison.pattern("^(?:so\\s+)?(?:(?:how many years|how long)\\s+(?:is|was|would be)\\s+"
            + "(?:that|this|the)\\s+(?:span|period|stretch|window|gap|interval|time)(?:\\s+between\\s+(?:the two|them|those|these|both))?"
            + "(?:\\s+(?:in total|altogether|overall))?"
            + "|how (?:far|many years) apart\\s+(?:were|are|was|is)\\s+(?:the two|they|these|those|both|them)(?:\\s+(?:events|things|dates|moves|announcements))?"
            + "|how (?:long|much time) (?:was there |passed |elapsed )?between (?:the two|them|those|these|both))$");

    /** Words that hedge a figure ("about 27%"). */
    private static final String HEDGES = "about|around|roughly|nearly|approximately|some|just|only|almost";
    /** A figure's hedge and the preposition that sets it ("valued at about"), left when the figure is taken out. */
    private static final Pattern FIGURE_LEAD = Comparison.pattern("\\s+(?:(?:at|of|to|by|for|around)\\s+)?(?:(?:" + HEDGES + ")\\s+)?$");
    /**
     * Where one statement describes two things: ", and", ", while", "; ", ", another ...", before a clause ending in
     * "another" ("A ends one year, B another"), " and" before a figure.
     */
    private static final Pattern TWO_THINGS = Comparison.pattern(",\\s+(?:and|while|but|whereas)\\s+|;\\s+|,\\s+(?=another\\b)|,\\s+(?=[^,]{3,60}\\banother$)|\\s+and\\s+(?=(?:" + HEDGES + ")?\\s*\\$?\\d)");
    /**
     * The two figures one statement gives ("A had X in 2023, and Y now", "A had X in 2023 and about 27% now"), each as a
     * statement of its own.
     */
    /** {@code found} with the two figures {@code statement} gives of {@code kind} as its sides, both stated; null unless it gives two. */
    private static Comparison bothStated(String statement, Kind kind, Comparison found) {
        List<String> two = twoFigures(statement.strip().replaceAll("[.!]+$", ""));
        if (two.size() != 2 || !two.stream().allMatch(t -> states(t, kind))) return null;
        return new Comparison(two.stream().map(String::strip).toList(), kind, found.op(), found.larger(), found.word(), found.gap(), Comparison.BOTH);
    }

    /** "the newer figure", "the latter one", "the second number": one of two figures, named by its place or age. */
    private static final Pattern ONE_OF_TWO = Comparison.pattern("^(?:the\\s+)?(?:newer|later|latest|second|latter|current|new|recent|"
            + "more recent|older|earlier|first|former|original|old)\\s+(?:figure|one|value|number|amount|sum|valuation)$");

    static List<String> twoFigures(String statement) {
        List<String> two = List.of(TWO_THINGS.split(statement));
        if (two.size() != 2 || !FIGURE_FIRST.matcher(two.get(1).strip()).lookingAt()) return two;
        // "... and about 27% now": the second figure's words are the first's, before its figure ("Microsoft had")
        List<Figure> first = Figures.of(two.get(0));
        if (first.isEmpty()) return two;
        String lead = HEDGED_END.matcher(two.get(0).substring(0, first.get(0).start())).replaceFirst("").strip();
        return lead.isEmpty() ? two : List.of(two.get(0), lead + " " + two.get(1).strip());
    }

    /** A part that opens with its figure, maybe hedged ("about 27% now"): it has no words of its own for what it measures. */
    private static final Pattern FIGURE_FIRST = Comparison.pattern("^(?:" + HEDGES + ")?\\s*\\$?\\d");
    private static final Pattern HEDGED_END = Comparison.pattern("\\s*\\b(?:" + HEDGES + ")\\s*$");

    /**
     * A change between two figures the asker only describes before the question ("Microsoft valued its stake back in
     * October, and a later report gives the book value. By how much did the value grow between the two?"): each
     * description is a side, found by its words; null unless there are exactly two, neither writing a figure of its kind.
     */
    private static Comparison described(String question, List<String> statements) {
        String q = Comparison.HEDGE.matcher(question.strip().replaceAll("\\s+", " ").replaceAll("[?.!]+$", "")).replaceFirst("");
        Matcher m = CHANGE_BETWEEN_THEM.matcher(q);
        boolean span = SPAN_OF_THEM.matcher(q).matches();
        boolean gap = span || GAP_BETWEEN_THEM.matcher(q).matches();
        // "Which one runs out first (, and how big is the gap between them)?": which of the two wins, asked as of two
        // things named in its place
        Matcher tail = Comparison.GAP_TAIL.matcher(q);
        String whichAsked = tail.find() ? q.substring(0, tail.start()) : q;
        Comparison which = WHICH_OF_THEM.matcher(whichAsked).matches() ? Comparison.of(whichAsked + ", the first or the second") : null;
        if (which != null && which.op() != Comparison.Op.WHICH) which = null;
        boolean whichGap = which != null && !whichAsked.equals(q);
        if (!m.matches() && !gap && which == null) return null;
        List<String> things = statements.size() >= 2 ? List.of(statements.get(1), statements.get(0))
                : List.of(TWO_THINGS.split(statements.get(0).strip().replaceAll("[.!]+$", "")));
        // "The licence and the revenue share end in different years": two things told of by one verb
        boolean joined = things.size() != 2 && statements.size() == 1;
        if (joined) things = joinedSubjects(statements.get(0).strip().replaceAll("[.!]+$", ""));
        // "The licence runs to 2032 and the revenue share to 2030": two things joined by "and", each with its own year
        List<String> each = statements.size() == 1 && (gap || which != null) ? eachDated(statements.get(0).strip().replaceAll("[.!]+$", "")) : List.of();
        if (each.size() == 2)
            return which != null ? new Comparison(each, Kind.TIME, which.op(), which.larger(), which.word(), whichGap)
                    : new Comparison(each, Kind.TIME, Comparison.Op.DIFFERENCE, true, "apart", false);
        // two things told only to end at different times ("Rev share ends one yr, IP licence ends another") are the things
        // whose ends are compared, as if the question named them: their words, not statements of a figure
        List<String> ending = things.size() == 2 && (gap || which != null) ? things.stream().map(StatedComparisons::endingThing).toList() : List.of();
        if (!ending.isEmpty() && !ending.contains(null))
            return which != null ? new Comparison(ending, Kind.TIME, which.op(), which.larger(), which.word(), whichGap)
                    : new Comparison(ending, Kind.TIME, Comparison.Op.DIFFERENCE, true, "apart", false);
        if (which != null) return null;
        // two things that end or start at different times are apart in time, whatever they measure
        Kind kind = span || joined && TIMED.matcher(statements.get(0)).find() ? Kind.TIME
                : Comparison.unitKind(String.join(" ", statements).toLowerCase(Locale.ROOT));
        if (things.size() != 2 || kind == Kind.NUMBER) return null;
        // one of the two may write its figure ("valued it at ~$135bn in October; another gives the book value")
        int writing = 0;
        for (String thing : things) {
            if (thing.strip().split("\\s+").length < 3) return null;
            if (Comparison.writes(thing, kind)) writing++;
        }
        // a span is between two times the asker may both write; the articles' own years for the two things are used
        if (writing > (span ? 2 : gap ? 1 : 0)) return null;
        Comparison.Op op = gap || m.group(1).toLowerCase(Locale.ROOT).equals("how much") ? Comparison.Op.DIFFERENCE : Comparison.Op.RATIO;
        return new Comparison(List.of(things.get(0).strip(), things.get(1).strip()), kind, op, true, "apart", false, Comparison.BOTH);
    }

    /** "and" joining two parts of a statement. */
    private static final Pattern AND = Comparison.pattern(",?\\s+and\\s+");

    /** A year with the words of lasting or ending before it: "runs to 2032", "until 2030", "ends in 2030". */
    private static final Pattern LASTS_TO_YEAR = Comparison.pattern("\\s+(?:(?:runs?|lasts?|continues?|goes|is valid|ends?|expires?|stops?)\\s+)?"
            + "(?:to|until|till|through|thru|in|by)\\s+(?:19|20)\\d\\d$");

    /**
     * The two things of a statement joined by "and" whose ends it dates ("The licence runs to 2032 and the revenue share
     * to 2030"): the things alone, whose years the articles give (the asker's own years neither taken nor repeated); or
     * the statement alone.
     */
    private static List<String> eachDated(String statement) {
        String[] parts = AND.split(statement);
        if (parts.length != 2) return List.of(statement);
        List<String> things = new ArrayList<>();
        for (String part : parts) {
            Matcher m = LASTS_TO_YEAR.matcher(part.strip());
            if (!m.find() || m.start() == 0) return List.of(statement);
            String thing = part.strip().substring(0, m.start());
            things.add(thing.matches("(?i)(?:the|its|their)\\s.*") ? Character.toLowerCase(thing.charAt(0)) + thing.substring(1) : thing);
        }
        return things;
    }

    /** A thing, a verb of its ending and no figure: "the licence end in different years", "IP licence ends another". */
    private static final Pattern ENDING_THING = Comparison.pattern("^(.{3,40}?)\\s+" + Comparison.ENDING + "\\b[^\\d]*$");

    /** The thing whose end {@code told} tells of without a figure, or null. */
    private static String endingThing(String told) {
        Matcher m = ENDING_THING.matcher(told.strip());
        if (!m.matches()) return null;
        String thing = m.group(1).strip();
        // told in mid-sentence by the bot: "against 2032 for the licence"
        return thing.matches("(?i)(?:the|its|their)\\s.*") ? Character.toLowerCase(thing.charAt(0)) + thing.substring(1) : thing;
    }

    /**
     * Two subjects joined by "and" before the verb they share: "the licence and the revenue share end in ..."; a verb
     * that only hedges it ("seem to end") is not part of either.
     */
    private static final Pattern JOINED_SUBJECTS = Comparison.pattern("^(?:so\\s+|and\\s+|but\\s+)?((?:the|its|their|microsoft's|openai's)\\s.{2,40}?)\\s+and\\s+"
            + "((?:the|its|their|microsoft's|openai's)\\s.{2,40}?)\\s+(?:(?:seem|appear|are said|are set|happen)\\s+to\\s+)?((?:both\\s+)?(?:end|ends|ended|expire|expires|expired|run out|runs out|stop|stops|"
            + "stopped|lapse|lapses|start|starts|started|began|begin|begins|happened|happen|came|come|were|are)\\b.*)$");

    /** Words of when things end or start. */
    private static final Pattern TIMED = Comparison.pattern("\\b(?:end|ends|ended|expire[sd]?|run out|runs out|stop|stops|stopped|lapses?|start|starts|started|"
            + "began|begins?|years?|dates?|times?)\\b");

    /** Each of two subjects with the verb they share ("the licence end in ..."), or no two things. */
    private static List<String> joinedSubjects(String statement) {
        Matcher m = JOINED_SUBJECTS.matcher(statement);
        return m.matches() ? List.of(m.group(1) + " " + m.group(3), m.group(2) + " " + m.group(3)) : List.of(statement);
    }

    /** A noun that names a figure without giving it ("set a year", "put a number on its stake"). */
    private static final Pattern DESCRIBES_FIGURE = Comparison.pattern("\\b(year|date|deadline|figure|number|amount|sum|value|valuation|price|percentage|"
            + "stake|target|goal|total)\\b");

    /** "Compare A with B.": the two things a question after it compares. */
    private static final Pattern COMPARE = Comparison.pattern("^(?:please\\s+|now\\s+|let's\\s+)?compare\\s+(.{3,}?)\\s+(?:with|to|against|versus|vs\\.?)\\s+(.{3,})$");

    /**
     * "Compare OpenAI's valuation in 2023 with its latest round. How many times larger is it now?": the question's own
     * comparison ("... than that"), its sides the two things the statement sets side by side.
     */
    private static Comparison compared(String question, String statement) {
        Matcher m = COMPARE.matcher(statement.strip().replaceAll("[.!:]+$", ""));
        if (!m.matches() || question.toLowerCase(Locale.ROOT).matches("(?s).*\\bthan\\b.*")) return null;
        String core = Comparison.FIGURE_TAIL.matcher(question.strip()).replaceFirst("").replaceAll("[?.!]+$", "");
        Comparison asked = Comparison.of(core + " than that");
        if (asked == null || asked.op() == Comparison.Op.PRODUCT || asked.op() == Comparison.Op.SHARE) return null;
        Kind kind = asked.kind() == Kind.NUMBER ? Comparison.kindOf(statement, "") : asked.kind();
        return new Comparison(List.of(m.group(1).strip(), m.group(2).strip()), kind, asked.op(), asked.larger(), asked.word(), asked.gap());
    }

    /** Which way a thing went, asked with no point after a statement of its figure: asked as since then. */
    private static Comparison sinceThen(String question) {
        String q = question.strip().replaceAll("\\s+", " ");
        Matcher tail = Comparison.GAP_TAIL.matcher(q);
        int end = tail.find() ? tail.start() : q.replaceAll("[?.!]+$", "").length();
        Comparison way = Comparison.of(q.substring(0, end) + " since then" + q.substring(end));
        return way != null && way.word().equals(Comparison.UP_OR_DOWN) ? way : null;
    }

    /**
     * "How many years until the licence expires?", "how long will it have lasted by the time the licence runs out?": a
     * length of time up to an event, from the time a statement before the question gives.
     */
    private static final Pattern SPAN_UNTIL = Comparison.pattern("^" + Comparison.SPAN_UP_TO + "\\s*(.{3,})$");

    /** A second question joined by "and": "..., and is it allowed ...". */
    private static final Pattern NEXT_QUESTION = Comparison.pattern(",?\\s+and\\s+(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|what|which|who|when|where|why|how)\\b");

    /** A length of time from a statement's time to an event the question names: its sides "then" and the event. */
    private static Comparison spanUntil(String question) {
        Matcher m = SPAN_UNTIL.matcher(Comparison.HEDGE.matcher(question.strip().replaceAll("\\s+", " ").replaceAll("[?.!]+$", "")).replaceFirst(""));
        // a second question joined to it ("..., and is Microsoft allowed to ...?") is asked on its own
        if (!m.matches() || NEXT_QUESTION.matcher(m.group(1)).find()) return null;
        return new Comparison(List.of("then", m.group(1)), Kind.TIME, Comparison.Op.DIFFERENCE, true, "apart", false);
    }

    /** A change since the figure a statement before the question gives: its sides the thing now and "that". */
    private static Comparison changeSince(String question) {
        String q = Comparison.HEDGE.matcher(question.strip().replaceAll("\\s+", " ").replaceAll("[?.!]+$", "")).replaceFirst("");
        Matcher m = CHANGE_SINCE.matcher(q);
        if (!m.matches()) return null;
        Comparison.Op op = m.group(1).toLowerCase(Locale.ROOT).matches(".*(multiple|factor|fold).*") ? Comparison.Op.RATIO : Comparison.Op.DIFFERENCE;
        String now = m.group(3) == null ? m.group(2) : m.group(2) + " at " + m.group(3);
        return new Comparison(List.of(now, "that"), Comparison.kindOf(q, ""), op, true, "apart", false);
    }

    /**
     * Whether {@code statement} writes exactly one figure of {@code kind} (a year or a date for a time): with two
     * ("$10 billion at a $29 billion valuation") which one is meant is a guess.
     */
    static boolean states(String statement, Kind kind) {
        int found = 0;
        for (Figure f : Figures.of(statement)) {
            boolean match = switch (kind) {
                case TIME, YEAR -> f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE;
                case PERCENT -> f.type() == Figure.Type.PERCENT;
                case MONEY, AMOUNT -> f.type() == Figure.Type.MONEY;
                default -> f.type() == Figure.Type.NUMBER;
            };
            if (match) found++;
        }
        return found == 1;
    }
}
