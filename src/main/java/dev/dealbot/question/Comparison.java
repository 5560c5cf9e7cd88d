package dev.dealbot.question;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that compares two things or asks how far apart they are, split into its two sides so each can be
 * found with its own evidence: "Which ends first, the licence or the revenue share?", "Is the licence longer than
 * the revenue share?", "Does the revenue share end before the licence?", "How many years between A and B?",
 * "How many years separate A from B?", "How many years from A to B?", "How much more did Amazon invest than
 * Microsoft?".
 *
 * @param sides the two things compared, as written; a product may have a third, the figure it is checked against
 * @param kind what is compared: a date (TIME) or a figure (NUMBER, PERCENT, MONEY)
 * @param op whether the bot says which side wins, answers yes or no, or gives the difference
 * @param larger for WHICH and YES_NO: whether the larger figure (the later date) wins; for YES_NO, whether the first
 *     side is claimed to be the larger
 * @param word the comparative as asked ("first", "longer", "more"), for the bot's own sentence
 * @param gap it also asks how far apart the sides are ("Which ends first ...? And by how much?")
 * @param stated the side that is a statement before the question the question points back to (see
 *     {@link #of(String, List)}), or -1: that side's text is the asker's statement, not words of the question
 */
public record Comparison(List<String> sides, Kind kind, Op op, boolean larger, String word, boolean gap, int stated) {
    public enum Op { WHICH, YES_NO, DIFFERENCE, RATIO, PRODUCT, SHARE, ORDER, SUM }

    /** A comparison whose sides are both words of the question. */
    public Comparison(List<String> sides, Kind kind, Op op, boolean larger, String word, boolean gap) {
        this(sides, kind, op, larger, word, gap, -1);
    }

    /** The {@link #word} of a difference that asks how long its second side has left to run from its first. */
    public static final String LEFT = "left";

    /** The {@link #word} of a difference that asks which way one thing went from its first side to its second. */
    public static final String UP_OR_DOWN = "up or down";
    /** The word of a ratio asked one way round ("what multiple is A compared with B", "the ratio of A to B"): A over B. */
    public static final String AGAINST = "against";
    /** The word of a ratio asked as the share one figure is of another stated apart from it: A over B, in percent. */
    public static final String PERCENT_OF = "percent of";
    /** The word of a difference asked as how two sums compare, no more said ("How does A compare with B?"): the ratio is told too. */
    public static final String COMPARED = "compared";
    /** The word of a ratio asked as the percentage by which the first side changed into the second. */
    public static final String PERCENT_CHANGE = "percent change";

    /** The {@link #word} of a product whose second side is a sum the asker supposes, taken as given, not the articles'. */
    public static final String SUPPOSED = "if";

    /** The {@link #word} of a product whose first side is a share the asker writes of no one ("What's 10% of ...?", "a third of OpenAI"). */
    public static final String SUPPOSED_SHARE = "share supposed";

    /**
     * Whether side {@code i} is a figure the asker supposes ("If OpenAI made $10 billion, ...", "what is 10% of the
     * valuation?"): no evidence states it.
     */
    public boolean supposes(int i) {
        return op == Op.PRODUCT && (SUPPOSED.equals(word) && i == 1 || SUPPOSED_SHARE.equals(word) && i == 0);
    }

    /** {@link #stated} when both sides are things described before the question ("X as of October, another gives Y."). */
    public static final int BOTH = 2;

    /** Whether side {@code i} is a statement before the question rather than words of the question. */
    public boolean isStated(int i) {
        return stated == i || stated == BOTH;
    }

    private static final String TIME_WORDS = "longer|shorter|later|earlier|sooner|first|last|before|after";
    private static final String MORE = "longer|later|bigger|larger|more|higher|greater|last|after";
    private static final String COMPARATIVE = TIME_WORDS + "|bigger|larger|smaller|more|less|fewer|higher|lower|greater";
    static final String AUX = "is|are|was|were|does|do|did|will|would|has|have";
    private static final Pattern HOW_MUCH_THAN = pattern(
            "^how (?:much|many(?:-?fold| \\w+)?)\\s+(" + COMPARATIVE + ")\\s+(?:" + AUX + ")\\s+(.{3,}?)\\s+than\\s+(.{3,})$");
    /** "How many years is A shorter than B?", "how much is A bigger than B?": the comparative after the first side. */
    private static final Pattern HOW_MUCH_IS_THAN = pattern(
            "^how (?:much|many(?:-?fold| \\w+)?)\\s+(?:" + AUX + ")\\s+(.{3,}?)\\s+(" + COMPARATIVE + ")\\s+than\\s+(.{3,})$");
    /** "How many dollars", "how many percentage points": an amount of a unit, asked as a difference. */
    private static final String HOW_MANY_UNITS = "how many (?:(?:us |u\\.s\\. )?dollars|billions?|millions?|(?:percentage )?points|percent)";
    /** The question word of a change asks for a ratio ("what multiple", "how many times"), not a difference. */
    private static final Pattern RATIO_WORD = pattern("^(?:what multiple|what factor|how many times|how many-?fold)$");
    /** The unit a change is asked in ("increase in dollars from ... to ..."): said of how much, no side. */
    private static final String IN_UNIT = "(?:in\\s+(?:dollars|dollar terms|percentage points|points|percent)\\s+)?";
    /**
     * "By how much did X climb between A and B?", "by what multiple did X grow from A to B?": one thing's change
     * between two points, each side the thing at one of them.
     */
    private static final Pattern CHANGE = pattern("^(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?(how much|what multiple|what factor|how many times|how many-?fold|"
            + HOW_MANY_UNITS + ")\\s+"
            + "(?:did|has|have|does|will|was|had)\\s+(.{3,}?)\\s+(?:rise|grow|grew|climb|increase|jump|fall|fell|drop|decline|change|"
            + "go up|go down|shrink|expand|multiply|soar)\\w*\\s+" + IN_UNIT + "(?:between|from)\\s+(.{3,}?)\\s+(?:and|to)\\s+(.{3,})$");
    /**
     * "By what factor has OpenAI's valuation grown since the $29 billion estimate?": one thing's change from an earlier
     * figure of it, the earlier side first (so its figure is found before the thing's latest one).
     */
    private static final Pattern CHANGE_FROM = pattern("^(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?(how much|what multiple|what factor|"
            + "how many times|how many-?fold|" + HOW_MANY_UNITS + ")\\s+(?:did|has|have|does|will|was|had)\\s+(.{3,}?)\\s+(?:rise|grow|grew|climb|increase|jump|fall|fell|"
            + "drop|decline|change|go up|gone up|go down|gone down|come down|shrink|shrunk|shrank|slip|expand|multiply|soar|(?:been\\s+)?(?:dilut|reduc|cut))\\w*\\s+since\\s+([^?]{3,})$");
    /**
     * "What multiple is A compared with B?", "what multiple is it when you compare A with B?": a ratio word asked of two
     * things set against each other without a comparative.
     */
    private static final Pattern RATIO_COMPARED = pattern("^(?:what multiple|what factor|how many times)\\s+(?:is|are|was|were)\\s+(.{3,}?)\\s+"
            + "(?:compared (?:with|to)|relative to|set against|against|versus|vs\\.?)\\s+(.{3,})$");
    /** "What is the ratio of A to B?", "divide A by B — what's the ratio?". */
    private static final Pattern RATIO_OF = pattern("^(?:what(?:'s|’s|\\s+is|\\s+was)\\s+)?(?:the\\s+)?ratio\\s+(?:of|between)\\s+(.{3,}?)\\s+(?:to|and)\\s+(.{3,})$");
    private static final Pattern DIVIDE = pattern("^(?:if\\s+(?:you|we|i)\\s+)?divid(?:e|ing)\\s+(.{3,}?)\\s+by\\s+(.{3,}?)"
            + "(?:\\s*(?:[-—–,:;]+|\\s+and)\\s*what(?:'s|’s|\\s+is|\\s+do\\s+(?:you|we|i)\\s+get)?(?:\\s+the\\s+(?:ratio|result|answer))?)?$");
    private static final Pattern RATIO_WHEN_COMPARED = pattern("^(?:what multiple|what factor|how many times)\\b.{0,60}?\\bwhen\\s+(?:you|we|one)\\s+"
            + "compare\\s+(.{3,}?)\\s+(?:with|to|against)\\s+(.{3,})$");
    /** "Is A before or after B?", "Did A come before or after B?": both orders offered; the answer says which one A is. */
    private static final Pattern BEFORE_OR_AFTER = pattern("^(?:" + AUX + ")\\s+(.{3,}?)\\s+(?:(?:come|came|happen|happened|occur|occurred|take place|took place|"
            + "land|landed|arrive|arrived|fall|fell)\\s+)?(before|after|earlier|later|sooner)\\s+or\\s+"
            + "(?:before|after|earlier|later|sooner)\\s+(?:than\\s+)?(.{3,})$");
    /** What ends something: "the revenue share ends in 2030", "the license expires". */
    static final String ENDING = "(?:ends?|ended|expires?|expired|runs? out|ran out|stops?|stopped|finish(?:es|ed)?|lapses?|lapsed)";
    /** "Will A still hold after B ends in 2030?": whether A runs on past B's end. */
    private static final Pattern STILL_AFTER = pattern("^(?:" + AUX + "|can|could)\\s+(.{3,}?\\bstill\\b.{3,}?)\\s+(?:after|once|beyond|past)\\s+"
            + "(.{3,}?\\s" + ENDING + "(?:\\s+in\\s+\\d{4})?)$");
    /** "Once B ends in 2030, will A still hold?": the same, the end first. */
    private static final Pattern ONCE_STILL = pattern("^(?:once|after|when)\\s+(.{3,}?\\s" + ENDING + "(?:\\s+in\\s+\\d{4})?)\\s*,\\s*(?:"
            + AUX + "|can|could)\\s+(.{3,}?\\bstill\\b.{3,})$");
    /** "Would A happen while B is still going on?": whether A comes before B's end. */
    private static final Pattern WHILE_STILL = pattern("^(?:" + AUX + ")\\s+(.{3,}?)\\s+(?:happen|come|fall|occur|land|arrive|take place)\\w*\\s+"
            + "while\\s+(.{3,}?\\bstill\\b.{3,})$");
    /** "How many years does A outlast B?": how far one side runs past the other. */
    private static final Pattern OUTLAST = pattern("^how (?:many|much|long)\\s+(?:(?:more|extra|additional|further)\\s+)?(?:\\w+\\s+)?(?:" + AUX + ")\\s+(.{3,}?)\\s+(?:outlast|outlive|outrun|"
            + "run past|run beyond|last beyond|extend past)\\s+(.{3,})$");
    /** "Does A outlast B?": whether one side runs past the other, a yes/no "Does A last longer than B?". */
    private static final Pattern OUTLASTS = pattern("^(?:" + AUX + "|can|could)\\s+(.{3,}?)\\s+(?:outlast|outlive|outrun|run past|run beyond|"
            + "last beyond|extend past|extend beyond|stay in force past|remain in force past)\\w*\\s+(.{3,})$");
    /** "How many years is that before the licence expires?": the time between a thing and another. */
    private static final Pattern IS_BEFORE = pattern("^how (?:long|many (?:years|months|weeks|days))\\s+(?:is|was|will)\\s+(.{3,}?)\\s+(?:be\\s+)?(?:before|after|ahead of|"
            + "earlier than|later than)\\s+(.{3,})$");
    /**
     * "If Microsoft's stake went from nearly a third to about 27%, by how many points did it shrink?": a supposed change
     * of a thing between two figures, then how much it changed.
     */
    private static final Pattern SUPPOSED_CHANGE = pattern("^(?:if|since|given that|assuming(?: that)?|now that)\\s+(.{3,}?)\\s+(?:went|moved|fell|dropped|"
            + "rose|grew|shrank|slipped|changed|declined|increased|decreased|climbed|jumped|has gone|has fallen|has risen)\\s+from\\s+(.{2,}?)\\s+to\\s+"
            + "(.{2,}?)\\s*,\\s*(?:so\\s+)?(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?(how much|how many (?:percentage points|points)|"
            + "what multiple|what factor|how many times)\\s+(?:did|has|had|would|does)\\s+(?:it|that|they|this)\\s+\\w+(?:\\s+\\w+)?$");
    /**
     * "From January 2023 to the latest round, by how much did its valuation rise?": two points, then a change between them
     * (a multiple asked so is read by {@link FrontedComparisons#growth}).
     */
    private static final Pattern SPAN_THEN_CHANGE = pattern("^(?:from|between)\\s+(.{2,}?)\\s+(?:to|and)\\s+(.{2,}?)\\s*[,;:—–]\\s*(?:so\\s+)?(?:by\\s+)?"
            + "(?:roughly\\s+|about\\s+|approximately\\s+)?(how much|how many (?:percentage points|points))"
            + "(?:\\s+in\\s+(?:dollars|dollar terms|percentage points))?\\s+(?:did|has|had|have|would)\\s+(.{3,}?)\\s+(rise|rose|risen|grow|grew|grown|climb|"
            + "increase|jump|fall|fell|drop|decline|change|shrink|shrank|expand|multiply|multiplied|soar)\\w*$");
    /** "How far above A is B?", "how much below A was B": how far one figure stands past the other. */
    private static final Pattern HOW_FAR_PAST = pattern("^how (?:far|much)\\s+(above|over|higher than|more than|below|under|lower than|less than|"
            + "ahead of|behind)\\s+(.{3,}?)\\s+(?:is|are|was|were)\\s+(.{3,})$");
    /** "How many years away was A from B?", "how far is A from B": the time between them, either way. */
    private static final Pattern AWAY_FROM = pattern("^how (?:far(?:\\s+away)?|many (?:years|months|weeks|days)\\s+away)\\s+(?:is|was|are|were)\\s+([^—–]{3,}?)\\s+"
            + "(?:away\\s+)?from\\s+([^—–]{3,})$|^how many (?:years|months|weeks|days)\\s+(?:is|was|are|were)\\s+([^—–]{3,}?)\\s+away\\s+from\\s+([^—–]{3,})$");
    /**
     * "Counting from that year, how long until the licence runs out?", "..., how many years will have passed when it
     * expires?": the time from a point to a thing.
     */
    private static final Pattern COUNTING_FROM = pattern("^(?:counting|starting|measuring|reckoning)\\s+from\\s+(.{3,}?)\\s*,\\s*how (?:long|many "
            + "(?:years|months|weeks|days))\\s+(?:is it\\s+|was it\\s+|will it be\\s+|(?:will|would) (?:have )?(?:passed|elapsed|gone by)\\s+"
            + "|(?:will|would) (?:pass|elapse|go by)\\s+)?(?:until|till|before|when|by the time)\\s+(.{3,})$");
    /** "How many times A is B?": a ratio, B measured in A. */
    private static final Pattern TIMES_IS = pattern("^how many times\\s+(?!(?:bigger|larger|more|higher|greater|smaller|less)\\b)(.{3,}?)\\s+"
            + "(?:is|was|are|were)\\s+(.{3,})$");
    /** A verb of lasting that ends a side ("the licence run", "the share last"). */
    private static final Pattern LASTING = pattern("\\s+(?:run|runs|last|lasts|go|goes|continue|continues|extend|extends|stay|stays|remain|remains|hold|holds)$");
    /** "How many years apart are A and B?": the gap between two things. */
    private static final Pattern APART = pattern("^how (?:many|much)\\s+(?:\\w+\\s+)?apart\\s+(?:" + AUX + ")\\s+(.{3,}?)\\s+and\\s+(.{3,})$");
    /** "A comes how long before B?": the time between two things, asked after the first. */
    private static final Pattern COMES_HOW_LONG = pattern("^(.{3,}?)\\s+(?:comes?|came|is|was|falls?|fell|lands?|happens?|ends?|arrives?)\\s+"
            + "how (?:long|many (?:years|months|weeks|days))\\s+(?:before|after|earlier than|later than|ahead of)\\s+(.{3,})$");
    /** "how many times", "how many-fold": a ratio is asked. */
    private static final Pattern TIMES = pattern("^how many(?:\\s+times|-?\\s*fold)\\b");
    /** A side that only points back to something said before it: "that", "this figure", "back then". */
    /**
     * A length of time asked up to an event: "how many (more) years until", "how long before", "how much time by the
     * time ..." (then a space, before the event's words).
     */
    static final String SPAN_UP_TO = "(?:how many (?:more |further |extra )?(?:years|months|days)|how long|how much (?:more |longer )?time)\\b"
            + ".{0,80}?\\b(?:until|till|til|by the time|before)\\s";
    static final Pattern BACK = pattern("^(?:back\\s+)?(?:that|this|then|it|they)(?:\\s+\\w+)?$");
    /** A hedge before the question word ("about how many", "roughly what"): the question is what follows. */
    static final Pattern HEDGE = pattern("^(?:about|roughly|approximately|around|so|ok|okay|and|but)[,\\s]+(?=(?:how|what|which)\\b)");
    /** A point in time a change is measured from or to: a year, a month, a round, "now", "latest". */
    static final Pattern POINT_IN_TIME = pattern("\\d|\\b(round|year|month|quarter|now|today|then|latest|recent|previous|"
            + "earlier|last|first|initial|original|current|fundrais\\w*|funding|deal|january|february|march|april|may|june|july|"
            + "august|september|october|november|december)\\b");
    /** The text gives a month with its year ("January 2023"). */
    private static boolean monthOfYear(String text) {
        return text.matches("(?s).*\\b(?:19|20)\\d\\d\\b.*") && !dev.dealbot.text.CalendarDates.of(text, java.time.YearMonth.now()).isEmpty();
    }

    /** The text gives a year without a month ("its 2019 round", not "the January 2023 round"). */
    static boolean bareYear(String text) {
        return text.matches("(?s).*\\b(?:19|20)\\d\\d\\b.*") && dev.dealbot.text.CalendarDates.of(text, java.time.YearMonth.now()).isEmpty();
    }

    /** An event that marks a point in time: a funding round, a deal, a recapitalization. */
    private static final Pattern EVENT_POINT = pattern("\\b(round|funding|fundrais\\w*|deal|recapitali[sz]ation)\\b");
    /**
     * What a thing is worth at a time, which has a figure at each point ("valuation", "stake"); not a sum paid or put in
     * over time, whose total since a round is no figure of it at that round.
     */
    static final Pattern LEVEL = pattern("\\b(valuation|valued|value|worth|stake|holding|ownership|share price)\\b");
    /** "Is A bigger or smaller than B?": both comparatives offered; the answer says which one A is. */
    private static final Pattern EITHER_THAN = pattern("^(?:" + AUX + ")\\s+(.{3,}?)\\s+(" + COMPARATIVE + ")\\s+or\\s+(" + COMPARATIVE
            + ")(?:\\s+(?:now|today|currently|these days))?\\s+than\\s+(.{3,})$");
    private static final Pattern COMPARED_WITH = pattern("\\b(" + COMPARATIVE + ")\\b(.{0,80}?)\\s+(?:compared (?:with|to)|relative to|in comparison (?:with|to))\\s+");

    /** A figure right after "than": "$13B", "20%", "10 billion". */
    private static final Pattern BOUND_FIGURE = pattern("(?:about|around|roughly|nearly|almost)?\\s*(?:US)?\\$?\\d");
    private static final Pattern A_THAN_B = pattern("^(?:(" + AUX + ")\\s+)?(.{3,}?)\\s+(?:(?:last|run|end|expire|go)\\w*\\s+)?("
            + COMPARATIVE + ")\\s+than\\s+(.{3,})$");
    private static final Pattern BEFORE_AFTER = pattern("^(" + AUX + ")\\s+(.{3,}?)\\s+(?:end|expire|stop|finish|run out|come|"
            + "lapse|close)\\w*\\s+(before|after)\\s+(.{3,})$");
    /** "Which is bigger, A or B?", "Which was the bigger sum: A or B?": a noun the comparative qualifies is no side. */
    private static final Pattern WHICH_A_OR_B = pattern("^(?:which|what)\\b.{0,40}?\\b(" + COMPARATIVE
            + ")\\b(?:(?:\\s+\\p{L}+){0,3}\\s*(?:[,:—–]|\\s-)|.{0,20}?[,:—-]?)\\s+(.{3,}?)\\s+or\\s+(.{3,})$");
    /**
     * "Who has invested more in OpenAI, Amazon or Microsoft?": a deed two doers are compared in; each side is a doer with
     * the deed ("Amazon invested in OpenAI").
     */
    private static final Pattern WHO_MORE = pattern("^(?:who(?:['’]s)?|which (?:company|firm|one|party|side|investor|backer|partner))\\s+"
            + "(?:(?:" + AUX + ")\\s+)?(\\S.{0,50}?)\\s+(" + COMPARATIVE + ")\\b(.{0,60}?)\\s*[,:—–-]\\s*(.{2,60}?),?\\s+or\\s+(.{2,60})$");
    /** Words of what a party gets rather than gives; "has got" is had, not received. */
    private static final Pattern SHARE_WORDS = pattern("\\b(share|shares|percent|percentage|stake|cut|gain\\w*|benefit\\w*|receiv\\w*|get|gets)\\b|%"
            + "|(?<!\\b(?:has|have)\\s)(?<!['’]s\\s)\\bgot\\b");
    private static final Pattern BETWEEN = pattern(
            "^(?:how (?:much|many|long|big|large|wide)|what)\\b.{0,40}?\\b(?:between|separates?)\\s+(.{3,}?)\\s+(?:and|from)\\s+(.{3,})$");
    private static final Pattern FROM_TO = pattern(
            "^how (?:much|many|long(?=(?:\\s+(?:a|of a|is the|was the))?(?:\\s+(?:span|period|stretch|interval|time))?(?:\\s+in\\s+(?:years|months))?"
            // "how long a span in years runs from A to B": a length of time named, then where it runs from; not "how long will
            // it benefit from A until B", whose verb is no span's
            + "(?:\\s+(?:runs|ran|passes|passed|elapses|elapsed|is it|was it|is there|was there|lies))?\\s+from\\b))\\b.{0,60}?\\bfrom\\s+(?:when\\s+)?(.{3,}?)\\s+(?:to|until|till)\\s+(?:when\\s+)?(.{3,})$");
    private static final Pattern EXCEEDS = pattern(
            "^(?:by\\s+)?how much (?:does|did|is|was|will|would)\\s+(.{3,}?)\\s+(?:exceed|outstrip|surpass|top|beat|trail)s?\\s+(.{3,}?)(?:\\s+by)?$");
    /** "How many more years does A last (keep running) beyond B?", "... last compared with B": how far one side runs past the other. */
    private static final Pattern BEYOND = pattern("^how (?:much|many)\\s+(?:more\\s+|extra\\s+|additional\\s+|further\\s+|fewer\\s+|less\\s+)?(?:\\w+\\s+)?(?:" + AUX
            + ")\\s+(.{3,}?)\\s+(?:keep\\s+)?(?:last|run|extend|continue|go on|stay|remain)\\w*\\s+(?:beyond|past|after|longer than|than|without|with no)\\s+(.{3,})$");
    /**
     * "How many years of licence are there with no revenue share?": the time one term runs on after another ends (a term
     * held by a party, "of licence would Alpha have after ...", is the time it has left: {@link TimeLeft}).
     */
    private static final Pattern TAIL_WITHOUT = pattern("^how (?:much|many)\\s+(?:more\\s+|extra\\s+|additional\\s+|further\\s+)?(?:years|months|time)\\s+of\\s+((?:(?!\\b(?:would|will|could|can|does|do|did|is|are|was|were|has|have|had)\\b).){3,}?)\\s+"
            + "(?:(?:are|is|will) there\\s+(?:be\\s+)?|(?:(?:are|is)\\s+)?left\\s+|(?:will\\s+|would\\s+)?(?:remain|be left)\\s+)?(?:with no|without|after|beyond|past)\\s+(.{3,})$");
    /** "From A to B, how many years is that?": the span asked for after the two ends it runs between. */
    private static final Pattern FROM_TO_FIRST = pattern(
            "^(?:[\\w\\s]{0,30}?\\b)?from\\s+(.{3,}?)\\s+(?:to|until|till)\\s+(.{3,}?)\\s*[,;:—–-]+\\s*how (?:much|many|long)\\b.*$");
    /** "A vs B": two sides set against each other, nothing else said (no question word, verb of asking or clause break). */
    private static final Pattern SET_AGAINST = pattern("^(?!\\W*(?:" + AUX + "|what|which|who|how|why|when|where)\\b)((?:(?!\\s-\\s)[^,;:?!—–]){3,}?)\\s+(?:vs\\.?|versus)\\s+((?:(?!\\s-\\s)[^,;:?!—–]){3,}?)$");
    /** "A vs. B — which is bigger?": two sides set against each other, then the comparative asked of them. */
    private static final Pattern VERSUS = pattern("^(.{3,}?)\\s+(?:vs\\.?|versus|compared (?:to|with)|against)\\s+(.{3,}?)\\s*[,;:—–?-]+\\s*"
            + "(?:so\\s+)?(?:which|what|who)\\b.{0,30}?\\b(" + COMPARATIVE + ")\\b.*$");
    /** "A vs. B — how many times bigger is it now?", "A versus B: what ratio is that?": two sides, then a ratio asked of them. */
    private static final Pattern VERSUS_HOW = pattern("^(.{3,}?)\\s+(?:vs\\.?|versus|compared (?:to|with)|against)\\s+(.{3,}?)\\s*[,;:—–?-]+\\s*"
            + "(?:so\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?(how many times|how many-?fold|by what factor|what multiple|"
            + "what(?:'s|’s|\\s+is)?\\s+(?:the\\s+)?ratio)\\b.*$");
    /**
     * "How does A compare with B?", "How does A stack up against B — how many times larger is it?": two things set against
     * each other, then maybe what is asked of them.
     */
    private static final Pattern STACK_UP = pattern("^how (?:does|do|did|would|will)\\s+(.{3,}?)\\s+(?:compare|stack up|measure up|size up)\\s+"
            + "(?:in (?:size|scale|value|amount|dollar terms)\\s+)?(?:to|with|against|versus|vs\\.?)\\s+(.{3,}?)(?:\\s*[,;:—–?]+\\s*(.*)|\\s+-\\s+(.*))?$");
    /** "Put A next to B. How do the two compare?", "set A against B — how do they compare?". */
    private static final Pattern BESIDE = pattern("^(?:put|set|place|line up|lay)\\s+(.{3,}?)\\s+(?:next to|beside|alongside|against|side by side with)\\s+"
            + "(.{3,}?)\\s*[.?!:;—–-]+\\s*(?:so\\s+)?how\\s+(?:do|does)\\s+(?:the\\s+two(?:\\s+\\w+)?|they|these|both)\\s+compare$");
    /** "Compare A with B.": two figures set against each other, which is larger asked, and by how much. */
    private static final Pattern COMPARE = pattern("^(?:please\\s+|can you\\s+|could you\\s+)?compare\\s+(.{3,}?)\\s+(?:with|to|and|against|versus|vs\\.?)\\s+(.{3,}?)$");
    private static final Pattern YEARS_AFTER = pattern(
            "^how (?:many|much|long)\\s+(?:\\w+\\s+)?(?:later|after|before|earlier|longer)\\s+(?:than\\s+)?(.{3,}?)\\s+(?:" + AUX + ")\\s+(.{3,})$");

    /** "..., and by how much?", "? How many years apart?": a trailing request for the gap between the sides. */
    static final Pattern GAP_TAIL = pattern("(?:\\s*[—–]\\s*|[?.,;:]+\\s*|\\s+and\\s+)(?:and\\s+|if so,?\\s+)?(?:(?:the\\s+)?(?:gap|difference)\\s*[:,]?\\s+(?=how\\b))?(?:by\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?(?:by\\s+)?(?:how\\s+(?:much|many\\s+(?:percentage\\s+)?\\w+|long|far)"
            + "(?:\\s+(?:apart|later|earlier|sooner|longer|more|less|bigger|larger|smaller))?|(?:what(?:'s|’s|\\s+is|\\s+was)|how\\s+(?:big|large|wide)\\s+(?:is|was))\\s+(?:the|that|this)\\s+(?:gap|difference)"
            + "(?:,?\\s+(?:in|of)\\s+(?:dollars|years|months|percentage points|points))?(?:\\s+between\\s+(?:them|the two|those|these|both))?)"
            // "... how many years apart are the two end dates?": the sides pointed back to
            + "(?:\\s+(?:are|is|were|was)\\s+(?:they|them|those|these|both|the two)(?:\\s+[\\p{L}-]+){0,3})?\\s*[?.!]*$");
    /** "...: roughly how many times larger is it now?": a trailing request for the ratio of the sides. */
    private static final Pattern RATIO_TAIL = pattern("[?.,;:]+\\s*(?:and\\s+)?(?:roughly\\s+|about\\s+|approximately\\s+)?how many times\\s+"
            + "(?:bigger|larger|more|higher|greater)(?:\\s+(?:is|was)\\s+(?:it|that)(?:\\s+now)?)?\\s*[?.!]*$");
    /** "..., and what is it?", "? And when was each?": a trailing request for the figures themselves, which a comparison's answer gives anyway. */
    static final Pattern FIGURE_TAIL = pattern("(?:[?.,;]+\\s*|\\s+and\\s+)(?:and\\s+)?(?:what(?:'s|’s|\\s+is|\\s+was|\\s+are)\\s+(?:it|that|they|"
            + "the (?:figure|number|value|stake|share|amount|percentage))(?:\\s+now)?|to what(?:\\s+(?:figure|level|number|value))?|to how (?:much|many|high|low|far)"
            // "... ? And when was each one?": the time of each side, which the answer gives with it
            + "|when\\s+(?:was|were|did)\\s+(?:each(?:\\s+one)?|both|they|these|those|the two)(?:\\s+(?:happen|take place|occur|come))?)\\s*[?.!]*$");
    /**
     * "..., and what does that suggest about ...?", "what does this mean?": a trailing request for what the worked-out
     * figure means; the answer gives the figures, and what they suggest is no part of a side.
     */
    static final Pattern MEANING_TAIL = pattern("(?:[?.,;]+\\s*|\\s+and\\s+)(?:and\\s+)?(?:(?:what|how)\\s+(?:does|do|did|would|might|could|should)\\s+"
            + "(?:that|this|it|these|those)(?:\\s+[\\p{L}-]+)?\\s+(?:suggest|mean|imply|indicate|tell|signal|show|reveal|say)\\b|why\\s+(?:does|would|might)\\s+"
            + "(?:that|this|it)(?:\\s+[\\p{L}-]+)?\\s+matter\\b)[^?]*[?.!]*$");
    /** "half of X", "twice X", "three times X": a side that scales its figure. */
    private static final Pattern MULTIPLIER = pattern("^(?:the\\s+)?(half|a half|one half|a third|one third|one-third|a quarter|one quarter|"
            + "twice|double|triple|three times|(\\d+(?:\\.\\d+)?) times)(?:\\s+of)?\\s+");

    /** What a side scales its figure by: 0.5 for "half of X", 2 for "twice X"; 1 for a plain side. */
    public static double multiplier(String side) {
        Matcher m = MULTIPLIER.matcher(side.strip());
        if (!m.find()) return 1;
        if (m.group(2) != null) return Double.parseDouble(m.group(2));
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "half", "a half", "one half" -> 0.5;
            case "a third", "one third", "one-third" -> 1.0 / 3;
            case "a quarter", "one quarter" -> 0.25;
            case "twice", "double" -> 2;
            default -> 3;
        };
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** Longer text is no comparison question; the patterns' lazy groups would cost time cubic in its length. */
    static final int MAX_CHARS = 300;

    /**
     * The comparison in {@code question}, or null when it compares nothing. A tail asking how far apart the sides are
     * that asks for a ratio ("Compare A with B: how many times larger is it now?") makes a difference or choice a ratio.
     */
    public static Comparison of(String question) {
        String q = RECENTLY.matcher(question.strip().replaceAll("\\s+", " ")).replaceAll("later");
        if (q.length() > MAX_CHARS) return null;
        Comparison c = ofText(q);
        // "From the announcement, how many years ...?": the point counted from, put after what is counted, when the
        // question read as written compares nothing
        Matcher from = FROM_FIRST.matcher(q);
        if (c == null && from.matches()) c = ofText(from.group(2) + " from " + from.group(1) + "?");
        // a multiple of a thing between two points, in a sentence none of the forms above reads
        if (c == null) c = SpanGrowth.of(q.replaceFirst("[?!.]+$", ""), false);
        return c == null ? null : unlabelled(c, q);
    }

    /**
     * A label the asker put before the question ("Ratio check for my table: A versus B"): words of the asker's own, no
     * name, owner or figure among them ("Microsoft's stake: October value vs ..." names the thing, and stays).
     */
    static final Pattern LABEL = pattern("^([^:?]{3,60}):\\s+(?=\\S)");
    private static final Pattern NAMES_THING = Pattern.compile("['’]s?\\b|\\d|(?<=\\S\\s)\\p{Lu}");

    /** The comparison without the label its first side begins with, when that side opens the question. */
    private static Comparison unlabelled(Comparison c, String q) {
        String first = c.sides().get(0);
        Matcher label = LABEL.matcher(first);
        if (!q.startsWith(first) || !label.find() || NAMES_THING.matcher(label.group(1)).find()) return c;
        List<String> sides = new java.util.ArrayList<>(c.sides());
        sides.set(0, first.substring(label.end()));
        return new Comparison(List.copyOf(sides), c.kind(), c.op(), c.larger(), c.word(), c.gap(), c.stated());
    }

    private static Comparison ofText(String q) {
        Matcher ratio = RATIO_TAIL.matcher(q);
        Comparison before = ratio.find() ? read(q.substring(0, ratio.start()), true) : null;
        if (before != null) return framed(q.substring(ratio.start()), before);
        Matcher tail = GAP_TAIL.matcher(q);
        return tail.find() ? framed(q.substring(tail.start()), read(q.substring(0, tail.start()), true)) : read(q, false);
    }

    /**
     * "Which happened more recently, ...?", "which is more recent, ...?": later in time. Not "the most recent funding
     * round", a thing named by its time.
     */
    private static final Pattern RECENTLY = Pattern.compile("\\b(?:more|most) recently\\b|(?<=\\b(?:is|was|are|were|one)\\s)(?:the\\s+)?(?:more|most) recent\\b"
            + "(?=\\s*(?:[,?:;—–-]|$|\\s+(?:of|between|among)\\b))", Pattern.CASE_INSENSITIVE);

    /** "From the announcement, about how many years ...?", "Counting from 2026, how long ...?": a start named first. */
    private static final Pattern FROM_FIRST = Pattern.compile("^(?:(?:counting|starting|measured|reckoning)\\s+)?from\\s+([^,?]{3,40}?)\\s*,\\s*"
            + "((?:about\\s+|roughly\\s+|approximately\\s+)?how\\s+(?:many|long|much\\s+time)\\b[^?]*?)\\s*\\?*$", Pattern.CASE_INSENSITIVE);

    private static Comparison read(String asked, boolean gap) {
        String q = asked;
        Matcher meaningTail = MEANING_TAIL.matcher(q);
        if (meaningTail.find()) q = q.substring(0, meaningTail.start());
        Matcher figureTail = FIGURE_TAIL.matcher(q);
        if (figureTail.find()) q = q.substring(0, figureTail.start());
        q = q.replaceAll("[?.!]+$", "");
        q = UNIT_ASKED.matcher(q).replaceFirst(""); // "..., in dollars": the unit of the answer, no part of a side
        q = HEDGE.matcher(q).replaceFirst(""); // "about how many months ..." asks how many months
        // "how many years longer does A run compared with B": after a comparative, "compared with" is "than"
        q = COMPARED_WITH.matcher(q).replaceFirst("$1$2 than ");
        // "by how much ..." asks what "how much ..." asks: the amount of a difference; "for how many years ..." a span
        q = q.replaceFirst("(?i)^(?:by|for)\\s+(?:(?:about|roughly|approximately|around)\\s+)?(?=how (?:much|many|long)\\b)", "");
        q = q.replaceFirst("(?i)(,\\s*)for\\s+(?:(?:about|roughly|approximately|around)\\s+)?(?=how (?:many|long)\\b)", "$1"); // "..., for about how many years"
        // "If X went from A to B, by how many points did it shrink?": the change asked of the thing the supposition moves
        Matcher supposed = SUPPOSED_CHANGE.matcher(q);
        if (supposed.matches()) return read(supposed.group(4) + " did " + supposed.group(1) + " change from " + supposed.group(2) + " to " + supposed.group(3), gap);
        // "From A to B, by how much did X rise?": the change of X between the two points named first
        Matcher spanFirst = SPAN_THEN_CHANGE.matcher(q);
        if (spanFirst.matches()) return read(spanFirst.group(3) + " did " + spanFirst.group(4) + " " + spanFirst.group(5) + " from " + spanFirst.group(1) + " to " + spanFirst.group(2), gap);
        // "How far above A is B?": how much higher B is than A
        Matcher above = HOW_FAR_PAST.matcher(q);
        if (above.matches() && hasContent(above.group(2)) && hasContent(above.group(3))) {
            boolean higher = !above.group(1).toLowerCase(Locale.ROOT).matches("below|under|lower than|less than|behind");
            return new Comparison(List.of(above.group(3), above.group(2)), kindOf(q, ""), Op.DIFFERENCE, true, higher ? "higher" : "lower", gap);
        }
        // the points of a growth named first ("going from A to B, how many times has X grown?"), before "from A to B" is read as a span
        Comparison fronted = FrontedComparisons.growth(q, gap);
        if (fronted != null) return fronted;
        // "A vs B — how many years apart?": two sides set against each other, then the gap between them asked
        Matcher m = gap ? SET_AGAINST.matcher(q) : null;
        if (m != null && m.matches() && hasContent(m.group(1)) && hasContent(m.group(2)))
            return new Comparison(List.of(m.group(1), m.group(2)), kindOf(asked, ""), Op.DIFFERENCE, true, "apart", gap);
        m = HOW_MUCH_THAN.matcher(q);
        if (m.matches()) { // "how many times bigger is A than B?" asks for a ratio, "how much bigger" for a difference
            Op op = TIMES.matcher(q).find() ? Op.RATIO : Op.DIFFERENCE;
            // "how much longer does A run than B?": the verb of lasting is no word of the side
            String first = kindOf(q, m.group(1)) == Kind.TIME ? LASTING.matcher(m.group(2)).replaceFirst("") : m.group(2);
            return new Comparison(List.of(first, m.group(3)), kindOf(q, m.group(1)), op, true, m.group(1), gap);
        }
        // "how many years is A shorter than B?": the comparative after the first side asks the same amount
        m = HOW_MUCH_IS_THAN.matcher(q);
        if (m.matches() && hasContent(m.group(1))) {
            Op op = TIMES.matcher(q).find() ? Op.RATIO : Op.DIFFERENCE;
            String first = kindOf(q, m.group(2)) == Kind.TIME ? LASTING.matcher(m.group(1)).replaceFirst("") : m.group(1);
            return new Comparison(List.of(first, m.group(3)), kindOf(q, m.group(2)), op, true, m.group(2), gap);
        }
        // how far one side runs past the other is a span, not which ends later
        m = BEYOND.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.DIFFERENCE, true, "apart", gap);
        m = TAIL_WITHOUT.matcher(q);
        if (m.matches() && hasContent(m.group(1)) && hasContent(m.group(2)))
            return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.DIFFERENCE, true, "apart", gap);
        Comparison order = Ordering.of(q);
        if (order != null) return order;
        Comparison way = UpOrDown.of(q, gap);
        if (way != null) return way;
        // a change of one thing between two points in time, before the looser "from A to B" and "between A and B"
        m = CHANGE.matcher(q);
        if (m.matches() && POINT_IN_TIME.matcher(m.group(3)).find() && POINT_IN_TIME.matcher(m.group(4)).find()) {
            Op op = RATIO_WORD.matcher(m.group(1)).matches() ? Op.RATIO : Op.DIFFERENCE;
            String thing = m.group(2).strip();
            return new Comparison(List.of(at(thing, m.group(3)), at(thing, m.group(4))), kindOf(q, ""), op, true, "apart", gap);
        }
        // "... go up between the October estimate and the book value": two figures of the thing, each named by itself
        if (m.matches() && !onlyNames(m.group(3)) && !onlyNames(m.group(4)) && hasContent(m.group(3)) && hasContent(m.group(4))) {
            Op op = RATIO_WORD.matcher(m.group(1)).matches() ? Op.RATIO : Op.DIFFERENCE;
            String thing = m.group(2).strip();
            // a side that is a point in time is the thing at that point; the other names its figure itself
            List<String> sides = java.util.stream.Stream.of(m.group(3).strip(), m.group(4).strip())
                    .map(side -> POINT_IN_TIME.matcher(side).find() ? at(thing, side) : side).toList();
            return new Comparison(sides, kindOf(q, ""), op, true, "apart", gap);
        }
        m = IS_BEFORE.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.DIFFERENCE, true, "apart", gap);
        m = AWAY_FROM.matcher(q);
        if (m.matches()) {
            int first = m.group(1) != null ? 1 : 3;
            return new Comparison(List.of(m.group(first), m.group(first + 1)), Kind.TIME, Op.DIFFERENCE, true, "apart", gap);
        }
        Comparison left = TimeLeft.of(q, gap);
        if (left != null) return left;
        Comparison span = TimeSpans.of(q, gap);
        if (span != null) return span;
        m = COUNTING_FROM.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.DIFFERENCE, true, "apart", gap);
        m = OUTLAST.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.DIFFERENCE, true, "outlast", gap);
        m = OUTLASTS.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.YES_NO, true, "longer", gap);
        m = TIMES_IS.matcher(q);
        if (m.matches() && !onlyNames(m.group(1)) && !onlyNames(m.group(2)))
            return new Comparison(List.of(m.group(2), m.group(1)), kindOf(q, ""), Op.RATIO, true, "apart", gap);
        m = RATIO_COMPARED.matcher(q);
        if (!m.matches()) m = RATIO_WHEN_COMPARED.matcher(q);
        if (!m.matches()) m = RATIO_OF.matcher(q);
        if (!m.matches()) m = DIVIDE.matcher(q);
        // a ratio is of amounts, never of dates: "when you compare" is no time asked
        if (m.matches() && !onlyNames(m.group(1)) && !onlyNames(m.group(2)))
            return new Comparison(List.of(m.group(1), m.group(2)), unitKind(q.toLowerCase(Locale.ROOT)), Op.RATIO, true, AGAINST, gap);
        m = CHANGE_FROM.matcher(q);
        // since a point named by an event ("since Microsoft's $10 billion round", "since the January 2023 round"): the thing
        // then and now, as is a month with its year ("since January 2023"); a month or year alone ("since October", "since
        // 2019") names no figure of the thing; a year alone with the event ("since its 2019 round") may date another
        // figure's sentence: only a month with it does not
        if (m.matches() && (EVENT_POINT.matcher(m.group(3)).find() || monthOfYear(m.group(3))) && LEVEL.matcher(m.group(2)).find() && !bareYear(m.group(3))) {
            Op op = RATIO_WORD.matcher(m.group(1)).matches() ? Op.RATIO : Op.DIFFERENCE;
            String thing = m.group(2).strip();
            // how far a share went is which way and by how many points ("how much has its stake shrunk since ...?")
            String word = op == Op.DIFFERENCE && kindOf(q, "") == Kind.PERCENT ? UP_OR_DOWN : "since";
            return new Comparison(List.of(thing + " at " + m.group(3).strip(), thing), kindOf(q, ""), op, true, word, gap);
        }
        // else only an earlier figure written out is a side
        if (m.matches() && writes(m.group(3), kindOf(q, ""))) {
            Op op = RATIO_WORD.matcher(m.group(1)).matches() ? Op.RATIO : Op.DIFFERENCE;
            return new Comparison(List.of(m.group(3), m.group(2).strip()), kindOf(q, ""), op, true, "since", gap);
        }
        m = BEFORE_OR_AFTER.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(3)), Kind.TIME, Op.WHICH, false, "before", gap);
        m = STILL_AFTER.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.YES_NO, true, "after", gap);
        m = ONCE_STILL.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(2), m.group(1)), Kind.TIME, Op.YES_NO, true, "after", gap);
        m = WHILE_STILL.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), Kind.TIME, Op.YES_NO, false, "before", gap);
        m = APART.matcher(q);
        boolean apart = m.matches();
        if (!apart) m = COMES_HOW_LONG.matcher(q);
        if (apart || m.matches()) { // "how many years apart are Microsoft and OpenAI?" sets parties apart, not figures
            if (onlyNames(m.group(1)) || onlyNames(m.group(2))) return null;
            return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, apart ? "" : "after"), Op.DIFFERENCE, true, "apart", gap);
        }
        m = BETWEEN.matcher(q);
        if (m.matches() && (onlyNames(m.group(1)) || onlyNames(m.group(2)))) return null; // "change between Microsoft and OpenAI"
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, ""), Op.DIFFERENCE, true, "apart", gap);
        m = EXCEEDS.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, ""), Op.DIFFERENCE, true, "apart", gap);
        m = FROM_TO.matcher(q);
        // "from OpenAI to Microsoft" is the way a payment runs between parties, no two points
        if (m.matches() && !onlyNames(m.group(1))) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, "after"), Op.DIFFERENCE, true, "apart", gap);
        Comparison sum = SumQuestions.of(q, gap);
        if (sum != null) return sum;
        Comparison share = ShareQuestions.of(q, gap);
        if (share != null) return share;
        Comparison product = ProductQuestions.of(q, gap);
        if (product != null) return product;
        m = FROM_TO_FIRST.matcher(q);
        if (m.matches() && !onlyNames(m.group(1))) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, "after"), Op.DIFFERENCE, true, "apart", gap);
        // "Put A next to B. How do the two compare?" asks what "How does A compare with B?" asks
        Matcher beside = BESIDE.matcher(q);
        Comparison stacked = stackedUp(beside.matches() ? "How does " + beside.group(1) + " compare with " + beside.group(2) + "?" : q, gap);
        if (stacked != null) return stacked;
        m = COMPARE.matcher(q);
        if (m.matches() && !onlyNames(m.group(1)) && !onlyNames(m.group(2)) && kindOf(q, "") != Kind.NUMBER)
            return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, ""), Op.WHICH, true, kindOf(q, "") == Kind.TIME ? "later" : "larger", true);
        Comparison first = FrontedComparisons.of(q, gap);
        if (first != null) return first;
        m = VERSUS_HOW.matcher(q);
        if (m.matches() && !onlyNames(m.group(1)) && !onlyNames(m.group(2)))
            return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, ""), Op.RATIO, true, "apart", gap);
        m = VERSUS.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, m.group(3)), Op.WHICH, more(m.group(3)), m.group(3), gap);
        m = YEARS_AFTER.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(1), m.group(2)), kindOf(q, "after"), Op.DIFFERENCE, true, "apart", gap);
        m = BEFORE_AFTER.matcher(q);
        if (m.matches())
            return new Comparison(List.of(m.group(2), m.group(4)), Kind.TIME, Op.YES_NO, m.group(3).equalsIgnoreCase("after"), m.group(3), gap);
        m = EITHER_THAN.matcher(q);
        if (m.matches()) { // said of the side that is the smaller ("A is smaller: ..."), whichever it is
            String smaller = more(m.group(2)) ? m.group(3) : m.group(2);
            return new Comparison(List.of(m.group(1), m.group(4)), kindOf(q, smaller), Op.WHICH, false, smaller, gap);
        }
        m = A_THAN_B.matcher(q);
        // "Of the more than $13 billion ..., how much ...?": a bound on a figure, no side before it; "X has put in more
        // than $13B", "did X put in more than $13B?": a threshold its figure is checked against, no second thing
        // a side that points back ("is that more than half of ...?") is a statement before the question (StatedComparisons)
        if (m.matches() && (hasContent(m.group(2)) || BACK.matcher(m.group(2).strip()).matches()) && !BOUND_FIGURE.matcher(m.group(4)).lookingAt()) {
            Op op = m.group(1) != null ? Op.YES_NO : Op.WHICH;
            return new Comparison(List.of(m.group(2), m.group(4)), kindOf(q, m.group(3)), op, more(m.group(3)), m.group(3), gap);
        }
        m = WHO_MORE.matcher(q);
        // only a sum one doer gave and the other did too: who gains or gets more, or a share, is no amount of the deed
        if (m.matches() && kindOf(q, m.group(2)) == Kind.MONEY && !SHARE_WORDS.matcher(q).find()) {
            String deed = (m.group(1) + m.group(3)).strip();
            return new Comparison(List.of(m.group(4).strip() + " " + deed, m.group(5).strip() + " " + deed), kindOf(q, m.group(2)), Op.WHICH,
                    more(m.group(2)), m.group(2), gap);
        }
        m = WHICH_A_OR_B.matcher(q);
        if (m.matches()) return new Comparison(List.of(m.group(2), m.group(3)), kindOf(q, m.group(1)), Op.WHICH, more(m.group(1)), m.group(1), gap);
        return null;
    }

    /** A word that asks for a ratio wherever it stands: "multiple", "ratio", "times", "-fold". */
    private static final Pattern RATIO_CUE = pattern("\\b(?:multiples?|ratio|times|\\w*-?fold)\\b");

    /**
     * The comparison {@code asked} after a phrase framing it ({@code frame}: "On a simple money-multiple basis, how does A
     * compare with B?"): a frame that asks for a ratio makes a difference or a choice of amounts a ratio.
     */
    public static Comparison framed(String frame, Comparison asked) {
        if (asked == null || asked.kind() == Kind.TIME || asked.op() != Op.DIFFERENCE && asked.op() != Op.WHICH
                || !RATIO_CUE.matcher(frame).find()) return asked;
        return new Comparison(asked.sides(), asked.kind(), Op.RATIO, true, "apart", asked.gap(), asked.stated());
    }

    private static final Pattern AT_NOW = pattern("\\b(?:" + Sides.NOW_WORDS + ")\\s*$");

    /** A side that is its thing as it is now ("Microsoft's stake value now"). */
    public static boolean atNow(String side) {
        return AT_NOW.matcher(side.strip()).find();
    }

    /** This comparison's sides as a ratio in percent, the first over the second ({@link #PERCENT_OF}). */
    public Comparison percentOf() {
        return new Comparison(sides, kind, Op.RATIO, true, PERCENT_OF, gap, stated);
    }

    /** A unit asked for at the end ("..., in dollars?", "... in percentage points"). */
    private static final Pattern UNIT_ASKED = pattern("[,;]?\\s+in\\s+(?:dollars|dollar terms|percentage points|points|percent)$");

    /** The thing at a point in time: "OpenAI's valuation at January 2023", "OpenAI's valuation now". */
    static String at(String thing, String point) {
        return point.strip().matches("(?i)" + Sides.NOW_WORDS) ? thing + " " + point.strip() : thing + " at " + point;
    }

    /**
     * {@link #STACK_UP}: how many times, when the rest asks it; which is larger, when it asks that; else how far apart, for
     * sides of a kind with a unit (sums, shares, dates): how two things without figures compare is no sum to work out.
     */
    private static Comparison stackedUp(String q, boolean gap) {
        Matcher m = STACK_UP.matcher(q);
        if (!m.matches() || onlyNames(m.group(1)) || onlyNames(m.group(2))) return null;
        String rest = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        List<String> sides = List.of(m.group(1).strip(), m.group(2).strip());
        Kind kind = kindOf(q, "");
        if (TIMES.matcher(rest.strip()).find()) return new Comparison(sides, kind, Op.RATIO, true, "apart", gap);
        Matcher which = pattern("\\b(?:which|who)\\b.{0,30}?\\b(" + COMPARATIVE + ")\\b").matcher(rest);
        if (which.find()) return new Comparison(sides, kindOf(q, which.group(1)), Op.WHICH, more(which.group(1)), which.group(1), gap);
        if (!rest.isBlank() && !pattern("^(?:by\\s+)?how (?:much|many|long|far)\\b").matcher(rest.strip()).find()) return null;
        return kind == Kind.NUMBER ? null : new Comparison(sides, kind, Op.DIFFERENCE, true, rest.isBlank() && !gap && kind == Kind.MONEY ? COMPARED : "apart", gap);
    }

    /**
     * The comparison in {@code question}, a side of which only points back ("... than that?", or no "than" at all:
     * "How many times bigger is it now?") to a figure stated before the question: that side is the nearest statement
     * before it that states a figure of the kind compared. With no such statement the side stays as written, and no
     * figure answers it. A comparison whose question names no unit compares what the statements measure ("Amazon
     * announced its investment. How many times bigger is its figure than Microsoft's?" compares sums).
     *
     * @param statements the statements before the question, nearest first
     */
    public static Comparison of(String question, List<String> statements) {
        return StatedComparisons.of(question, statements);
    }


    /** Whether {@code text} writes a figure of {@code kind} ("one article" writes no sum). */
    static boolean writes(String text, Kind kind) {
        return Figures.of(text).stream().anyMatch(f -> switch (kind) {
            case PERCENT -> f.type() == Figure.Type.PERCENT;
            case MONEY, AMOUNT -> f.type() == Figure.Type.MONEY;
            case TIME, YEAR -> f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE;
            default -> f.type() == Figure.Type.NUMBER;
        });
    }

    /** The figure a product is checked against: the third side, or null when none is asked. */
    public String checkedSide() {
        return op == Op.PRODUCT && sides.size() == 3 ? sides.get(2) : null;
    }

    /** The side has a word that is not a function word ("the licence", not "of the"). */
    static boolean hasContent(String side) {
        for (String w : side.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d$%]+"))
            if (!w.isEmpty() && !Terms.isFunctionWord(w) && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) return true;
        return false;
    }

    /** A side that is only capitalised names ("Microsoft", "the OpenAI") names parties, not a figure or a time. */
    static boolean onlyNames(String side) {
        return side.strip().replaceAll("[?.!,]+$", "").matches("(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*");
    }

    static boolean more(String comparative) {
        return comparative.toLowerCase(Locale.ROOT).matches(MORE);
    }

    /**
     * A clause opened by "when" that gives its own date ("when Microsoft invested in January 2023"): it dates a side. One
     * without a date ("the valuation when Microsoft invested") names no figure the side can be found by, and stays a
     * question of time.
     */
    private static final Pattern DATED_WHEN = pattern("\\bwhen\\b[^,;?]{0,60}?\\b(?:(?:19|20)\\d\\d|january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\b");

    /**
     * "when" that asks: opening the question or a clause of it ("..., and when?", "by when", "between when A and when B"),
     * not the conjunction of a clause that dates one side ("the valuation used when Microsoft invested in 2023").
     */
    private static final Pattern ASKS_WHEN = Pattern.compile("(?:^\\W*|[,;:]\\s*|\\b(?:and|or|by|since|until|till|between)\\s+)when\\b");

    /** A "when" that asks (ASKS_WHEN), or a clause it opens that names no date of its own (DATED_WHEN). */
    private static boolean whenOfTime(String question) {
        return ASKS_WHEN.matcher(question).find() || question.matches(".*\\bwhen\\b.*") && !DATED_WHEN.matcher(question).find();
    }

    static Kind kindOf(String asked, String asComparative) {
        String question = asked.toLowerCase(Locale.ROOT), comparative = asComparative.toLowerCase(Locale.ROOT);
        if (comparative.matches(TIME_WORDS) || question.matches(".*\\b(years?|months?|weeks?|days?|date|until|end|expire|how long|how much time)\\b.*")
                || whenOfTime(question))
            return Kind.TIME;
        Kind unit = unitKind(question);
        // no unit, but a month named ("between the recapitalization and the April 27 revision"): a gap in time
        return unit == Kind.NUMBER && question.matches(".*\\b(january|february|march|april|may|june|july|august|september|october|"
                + "november|december)\\b.*") ? Kind.TIME : unit;
    }

    /** The kind of figure {@code lower} text is about by the units and amount words it uses; NUMBER when none. */
    static Kind unitKind(String question) {
        // a unit written in the question decides before the words around it: "the $228.3B value of its stake" is a sum
        if (question.matches(".*(%|\\bpercent\\w*\\b).*")) return Kind.PERCENT;
        if (question.matches(".*(\\$|\\d\\s*(b|bn|m)\\b|\\b(billion|million|dollars?)\\b).*")) return Kind.MONEY;
        if (question.matches(".*\\b(share|stake|proportion|ownership)\\b.*") && !question.matches(".*\\b(valu\\w*|worth)\\b.*")) return Kind.PERCENT;
        // words of sums of money: what is put in, paid, earned, lost or raised
        if (question.matches(".*\\b(invest\\w*|money|cash|worth|valu\\w*|pa(y|id)|pledge\\w*|commit\\w*|cost|tranches?|gain(s|ed)?|loss(es)?|"
                + "(?<!-)profits?|earn(s|ed|ing|ings)?|fund(s|ed|ing)?|raised?)\\b.*")) return Kind.MONEY; // not "for-profit"
        return Kind.NUMBER;
    }

    /**
     * It asks for a figure worked out from both sides (a difference, a ratio, a product): without a figure for each
     * side there is nothing to answer with, and a sentence about one side would answer something else.
     */
    public boolean computes() {
        // a share no quote gives with its sum is left to the ordinary answer, which may quote both figures
        return op == Op.DIFFERENCE || op == Op.RATIO || op == Op.PRODUCT || op == Op.ORDER || op == Op.SUM;
    }
}
