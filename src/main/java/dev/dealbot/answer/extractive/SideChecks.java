package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.question.Comparison;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Checks on the figures a comparison's sides found: whether they are the things asked, and can be set against each other. */
final class SideChecks {
    private SideChecks() {}

    /**
     * Whether two sides' figures can be set against each other as asked. "Is A before or after B?" holds only between
     * two years or two dates within a year (a goal's "by 2027" is no date of speaking, and a year of an "over $13 billion
     * since 2019" no date of a round), and a side that comes out the same as the other was not told apart. A change
     * since an earlier figure ("grown since the $29 billion estimate") needs that figure said of the thing that changed, and
     * a change between two described figures needs them described as one thing ("its stake's value", "the book value"), of
     * one party.
     */
    static boolean comparable(Question q, Figure fa, Scored evidenceA, Figure fb, Names names) {
        Comparison c = q.comparison();
        // two described figures changed into each other only if they are of one thing; the time between any two events counts
        // (the thing that went up or down is the one the question names)
        if (c.stated() == Comparison.BOTH && c.kind() != dev.dealbot.text.Kind.TIME && !c.word().equals(Comparison.UP_OR_DOWN)) {
            List<String> pa = names.parties(c.sides().get(0)), pb = names.parties(c.sides().get(1));
            if (!pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(pb::contains)) return false;
            Set<String> wa = FigurePart.ownWords(q.sides().get(0).query(), names, DESCRIBING);
            Set<String> wb = FigurePart.ownWords(q.sides().get(1).query(), names, DESCRIBING);
            if (wa.stream().noneMatch(w -> FigurePart.related(wb, w))) return false;
        }
        if (c.word().equals("before"))
            return fa.type() == fb.type() && !fa.sameAs(fb);
        // "how many years does A outlast B?" takes for granted that A runs longer: the other way round it is not answered
        if (c.word().equals("outlast")) return fa.value() > fb.value();
        if (c.word().equals("since")) {
            Set<String> own = FigurePart.ownWords(q.sides().get(1).query(), names, Set.of());
            String quote = evidenceA.sentence().quote();
            return !own.isEmpty() && fa.end() <= quote.length() && FigurePart.related(own, FigurePart.around(quote, fa));
        }
        return true;
    }

    /** A clause that tells which point a side is at ("the round in which Microsoft put in $10B", "when it invested $10 billion"). */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "\\b(?:(?:in|at|during|with|through|for) which|where|when|whereby)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The figures a side writes in a clause describing the point it is at ("OpenAI's valuation at the round in which
     * Microsoft put in $10B"): they mark that point, they are not the side's figure.
     */
    static List<Figure> described(String written) {
        List<Figure> aims = new java.util.ArrayList<>(aimed(written));
        // "the valuation at Microsoft's $10 billion round": a sum naming the event a level is taken at marks that point
        for (Figure f : dev.dealbot.text.Figures.of(written))
            if ((f.type() == Figure.Type.MONEY || f.type() == Figure.Type.NUMBER) && EVENT_AFTER.matcher(written.substring(f.end())).lookingAt()
                    && LEVEL_BEFORE.matcher(written.substring(0, f.start())).find()) aims.add(f);
        java.util.regex.Matcher m = RELATIVE.matcher(written);
        if (!m.find()) return aims;
        int from = m.end();
        return dev.dealbot.text.Figures.of(written).stream().filter(f -> f.start() >= from || aims.contains(f)).toList();
    }

    /** An event a sum before it names: "$10 billion round", "$50 billion investment deal". */
    private static final java.util.regex.Pattern EVENT_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:funding\\s+|investment\\s+|financing\\s+)?(?:round|deal|raise|tranche)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A level (a valuation, a worth) taken at a point the words after it give. */
    private static final java.util.regex.Pattern LEVEL_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:valuation|valued|value|worth)\\b.*\\b(?:at|since|in|during|after|before|from|of|by)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A year the side's words give an aim or a topic ("Suleyman's statement about 2027", "the announcement of the 2027
     * goal", "the target for 2027"): when the aim is due or what was spoken of, not when the side's event happened.
     */
    private static final java.util.regex.Pattern AIM_YEAR = java.util.regex.Pattern.compile("\\b(?:goals?|targets?|aims?|ambitions?|objectives?|"
            + "deadlines?)\\s+(?:of|for|by|in)\\s+((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)\\s+(?:goals?|targets?|aims?|ambitions?|objectives?|deadlines?)\\b"
            + "|\\babout\\s+((?:19|20)\\d\\d)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static List<Figure> aimed(String written) {
        List<Figure> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = AIM_YEAR.matcher(written);
        while (m.find()) {
            int at = m.start(1) >= 0 ? m.start(1) : m.start(2) >= 0 ? m.start(2) : m.start(3);
            for (Figure f : dev.dealbot.text.Figures.of(written)) if (f.start() == at) out.add(f);
        }
        return out;
    }

    /** The side's words before a clause describing its point: what heads the side's own figure. */
    static String undescribed(String written) {
        java.util.regex.Matcher m = RELATIVE.matcher(written);
        return m.find() ? written.substring(0, m.start()).strip() : written;
    }

    /**
     * The stems of {@code text}: kept of a side's words, those of the side before a clause describing its point (that
     * clause's words tell the point, not which of a quote's figures is the side's).
     */
    static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokens.of(text)) out.add(t.stem());
        return out;
    }

    /** A year written before a word of speaking ("his 2027 statement", "the 2027 remarks"). */
    private static final java.util.regex.Pattern YEAR_OF_SPEECH = java.util.regex.Pattern.compile("\\b\\d{4}\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:statements?|comments?|remarks?|speech|interview|announcements?|claims?|predictions?|pledges?|promises?|words)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The side names a statement by a year it writes before it: when the evidence gives that year as a goal ("by
     * 2027"), the statement is about that year, and is dated by when it was made.
     */
    static boolean speechOfYear(String written) {
        return YEAR_OF_SPEECH.matcher(written).find();
    }

    /** Words of a goal set for a time: "the goal ... by 2027", "aims to", "a target", "plans". */
    static final java.util.regex.Pattern GOAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:goals?|aims?|targets?|plans?|ambitions?|deadlines?|intend\\w*|expect\\w*|hope\\w*)\\b");

    /** A noun of speaking right after a word (the head its modifier describes): "statement", "remarks", "announcement". */
    private static final java.util.regex.Pattern SPEECH_HEAD = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:statements?|comments?|remarks?|speech|interview|announcements?|claims?|pledges?|promises?|words)\\b");

    private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile("(?i)\\b(?:on|about|of|regarding|concerning|over)\\b");

    /**
     * The side names a goal ("Suleyman's stated goal year"): the year aimed at is its figure, not when the goal was stated.
     * A goal that a statement is about ("Suleyman's statement on the model ambitions", "Suleyman stating the 2027 goal")
     * leaves the statement the side: a word of speech right before the goal word only describes it.
     */
    static boolean namesGoal(String written) {
        var m = GOAL.matcher(written);
        if (!m.find()) return false;
        String before = written.substring(0, m.start());
        if (PREPOSITION.matcher(before).find()) return false;
        // a goal word that only modifies a word of speech after it ("the 2027 goal statement") leaves the statement the side
        if (SPEECH_HEAD.matcher(written.substring(m.end())).lookingAt()) return false;
        var speech = Selector.SPEECH.matcher(before.toLowerCase(java.util.Locale.ROOT));
        int end = -1;
        while (speech.find()) end = speech.end();
        return end < 0 || before.substring(end).isBlank();
    }

    private static final java.util.regex.Pattern OF_WHOLE = java.util.regex.Pattern.compile("^\\s*(?:of|in)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*)?");

    /**
     * What a share is of, right after its first share figure: the name ("27% of OpenAI's entity": openai), "" for a
     * thing not named ("27 percent of the for-profit entity"), null when it is said of nothing ("a 20% revenue share").
     */
    static String wholeOf(String text, List<dev.dealbot.text.Figure> figures) {
        for (dev.dealbot.text.Figure f : figures) {
            if (f.type() != dev.dealbot.text.Figure.Type.PERCENT || f.end() > text.length()) continue;
            java.util.regex.Matcher m = OF_WHOLE.matcher(text.substring(f.end()));
            if (!m.find()) return null;
            return m.group(1) == null ? "" : m.group(1).replaceAll("['’]s$", "").toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /** Words that describe where a figure is given, not what it measures ("one article gives", "a later report"). */
    static final Set<String> DESCRIBING = Set.of("give", "gave", "given", "report", "articl", "put", "number", "figur", "one",
            "anoth", "later", "earlier", "back", "current", "latest", "say", "said", "state");

    /** Measures taken of a thing ("value of its investment", "revenue share"), whose thing or kind the words around them tell. */
    private static final List<String> MEASURE_WORDS = List.of("value", "worth", "valuation", "share", "stake", "gain", "cost", "price",
            "tranche", "cap", "portion", "part", "percentage");

    /** A measure taken of a thing: "value of its investment", "share of its revenue", "stake in OpenAI". */
    private static final java.util.regex.Pattern MEASURE_OF = java.util.regex.Pattern.compile("\\b(" + String.join("|", MEASURE_WORDS)
            + ")\\s+(?:of|in|on|from)\\s+(?:its|their|his|her|the|[\\p{L}]+['’]s)?\\s*([\\p{L}]+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words that mark a thing as one before the one reported ("earlier revisions", "the previous agreement"). */
    private static final java.util.regex.Pattern EARLIER = java.util.regex.Pattern.compile("\\b(?:earlier|previous|prior|former|past|old)\\s+(\\p{L}+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The part speaks of an earlier one of a thing the side names ("follows earlier revisions ... in October" for "this
     * revision"), while the side itself does not ask an earlier one: the side's thing is the one the articles report.
     */
    static boolean earlierOne(String written, String part, Set<String> sideTerms) {
        if (EARLIER.matcher(written).find()) return false;
        java.util.regex.Matcher m = EARLIER.matcher(part);
        while (m.find()) if (FigurePart.related(sideTerms, m.group(1))) return true;
        return false;
    }

    /** A valuation asked: of a company as a whole, the side naming no holding in it. */
    private static final java.util.regex.Pattern VALUATION = java.util.regex.Pattern.compile("\\b(?:valuations?|valued)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** What an owner holds in a company: its stake, its investment, its shares. */
    private static final String HOLDING = "(?:stake|stakes|investment|investments|holding|holdings|shares|equity|interest|position)";
    private static final java.util.regex.Pattern NAMES_HOLDING = java.util.regex.Pattern.compile("\\b" + HOLDING + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The worth of a holding: "the book value of its investment", "valued its stake ... at". */
    private static final java.util.regex.Pattern HOLDING_VALUED = java.util.regex.Pattern.compile("\\b(?:(?:value|worth|valuation)\\s+of\\s+"
            + "(?:its|their|his|her|the|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+)?|valued\\s+(?:its|their|his|her|the|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+)?)"
            + HOLDING + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A valuation prices a company as a whole; the worth of a holding in it ("the book value of its investment", "valued
     * its stake at") or a sum put into it ("invested over $13 billion") is another figure, unless the side itself names
     * the holding ("the valuation of Microsoft's stake").
     */
    static boolean holdingForValuation(String written, String part) {
        return VALUATION.matcher(written).find() && !NAMES_HOLDING.matcher(written).find()
                && (HOLDING_VALUED.matcher(part).find() || SUM_INVESTED.matcher(part).find());
    }

    /** A sum put into a company ("has invested over $13 billion"): what was paid in, no price of the whole. */
    private static final java.util.regex.Pattern SUM_INVESTED = java.util.regex.Pattern.compile("\\binvest(?:s|ed|ing)?\\s+(?:\\p{L}+\\s+){0,2}?[$€£]",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The part measures one of the side's things by a measure the side does not name ("book value of its investment"). */
    static boolean otherMeasure(String part, Set<String> sideWords) {
        java.util.regex.Matcher m = MEASURE_OF.matcher(part);
        while (m.find())
            if (FigurePart.related(sideWords, m.group(2)) && !FigurePart.related(sideWords, m.group(1))) return true;
        return false;
    }

    /**
     * The part writes the side's measure ("share", "value", ...) after another word than the side writes before it
     * ("Microsoft's ownership share" against "a 20% revenue share"): another kind of that measure. Both words content
     * words the articles use, not names, owners nor words of a figure's size or time; the side's word is taken with its
     * synonyms.
     */
    static boolean otherKind(String written, String part, Query query, dev.dealbot.text.Names names) {
        List<Token> side = Tokens.of(written), said = Tokens.of(part);
        for (int i = 1; i < side.size(); i++) {
            Token modifier = side.get(i - 1), head = side.get(i);
            if (!content(modifier, names) || !MEASURE_WORDS.contains(head.lower()) || query.unknownTerms().contains(modifier.stem())) continue;
            Set<String> kinds = kindsOf(modifier, query);
            for (int k = 1; k < said.size(); k++) {
                Token before = said.get(k - 1);
                if (said.get(k).stem().equals(head.stem()) && content(before, names) && !before.surface().matches(".*['’]s")
                        && !FigurePart.related(kinds, before.lower())) return true;
            }
        }
        return false;
    }

    /** Measures that are a part of something, whose kind the word before them tells ("revenue share", "ownership percentage"). */
    private static final Set<String> PART_WORDS = Set.of("share", "percentage", "portion", "part");
    private static final java.util.regex.Pattern SHARES = java.util.regex.Pattern.compile("\\bshares\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A part of a kind the side names ("Microsoft's revenue share") is given only by a sentence that names that kind in some
     * word (its synonyms too): "nearly one-third of the company's shares" says nothing of revenue.
     */
    static boolean kindUnsaid(String written, String sentence, Query query, dev.dealbot.text.Names names) {
        List<Token> side = Tokens.of(written);
        for (int i = 1; i < side.size(); i++) {
            Token modifier = side.get(i - 1), head = side.get(i);
            if (!content(modifier, names) || !PART_WORDS.contains(head.lower()) || query.unknownTerms().contains(modifier.stem())) continue;
            Set<String> kinds = kindsOf(modifier, query);
            // ownership is counted in a company's shares: "one-third of the company's shares" is a stake
            if (FigurePart.related(kinds, "stake") && SHARES.matcher(sentence).find()) continue;
            if (!FigurePart.related(kinds, sentence)) return true;
        }
        return false;
    }

    /** The kind a modifier names ("revenue" in "revenue share"): its stem and the question's synonyms of it. */
    private static Set<String> kindsOf(Token modifier, Query query) {
        Set<String> kinds = new java.util.HashSet<>(Set.of(modifier.stem()));
        for (QueryTerm t : query.terms()) if (t.term().equals(modifier.stem())) kinds.addAll(t.alternatives());
        return kinds;
    }

    private static boolean content(Token t, dev.dealbot.text.Names names) {
        return t.lower().length() >= 4 && t.lower().chars().allMatch(Character::isLetter) && !Terms.isFunctionWord(t.lower())
                && !names.known(t.lower()) && !FigurePart.isFigureWord(t.stem());
    }

    /** How many words from a date within the year a word of its side may stand. */
    static final int DATE_REACH = 8;

    /** A word of {@code words} stands within {@link #DATE_REACH} words of {@code date} in the sentence. */
    static boolean near(dev.dealbot.index.SentenceInfo s, Figure date, Set<String> words) {
        String text = s.text();
        for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(text)) {
            if (!FigurePart.related(words, t.surface())) continue;
            String between = t.end() <= date.start() ? text.substring(t.end(), date.start()) : text.substring(Math.min(date.end(), t.start()), t.start());
            if (between.isBlank() || between.strip().split("\\s+").length <= DATE_REACH) return true;
        }
        return false;
    }

    /** Longest side read as a bare noun phrase ("the revenue share cap", "Amazon's first tranche"). */
    static final int MAX_PHRASE_WORDS = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

    /**
     * The noun that names the thing a side measures, when the side is a bare noun phrase of a few words: its last word
     * ("the revenue share cap": cap), with its synonyms as the side's query has them; null for any other side (one with a
     * clause, a preposition, a number or a scaling word), or a word the query lacks.
     */
    static QueryTerm head(String written, Query query, Names names) {
        List<Token> tokens = Tokens.of(written);
        if (tokens.isEmpty() || tokens.size() > MAX_PHRASE_WORDS) return null;
        for (Token t : tokens)
            if (!Character.isLetter(t.lower().charAt(0)) || (Terms.isFunctionWord(t.lower())
                    || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.lower())) && !DETERMINERS.contains(t.lower())) return null;
        Token last = tokens.get(tokens.size() - 1);
        if (names.known(last.lower()) || Comparison.multiplier(last.lower() + " x") != 1) return null;
        for (QueryTerm t : query.terms()) if (t.term().equals(last.stem())) return t;
        return null;
    }

    /**
     * A side that ends on its figure and a noun no article uses ("the 7.5 billion loss"): the articles'
     * figure is of another thing, which the side misnames.
     */
    static boolean misnamedFigure(String written, Figure asked, Query query) {
        if (asked == null || asked.end() > written.length()) return false;
        List<Token> after = Tokens.of(written.substring(asked.end()));
        if (after.size() != 1) return false; // the noun the side ends on, right after its figure
        Token next = after.get(0);
        return query.unknownTerms().contains(next.stem()) || query.unknownTerms().contains(next.lower());
    }

    /**
     * Some sentence among {@code candidates} gives a figure of {@code kind} in a clause naming {@code head}: a thing the
     * articles name only without a figure ("subject to an overall cap") has none for a side to take from another clause.
     */
    static boolean figured(QueryTerm head, Kind kind, List<Candidate> candidates) {
        for (Candidate c : candidates)
            for (ClauseInfo clause : c.sentence().clauses())
                if (clause.kinds().contains(kind) && head.matchIn(clause.terms()) > 0) return true;
        return false;
    }
}
