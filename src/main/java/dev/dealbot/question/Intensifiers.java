package dev.dealbot.question;

import java.util.regex.Pattern;

/**
 * Words that only stress a bound ("all the way to 2035", "right up until 2030", "up until"; not "up to", which caps a
 * sum) are read as the bound itself, a size word before a stake's figure as the stake, a hedge or a frame of the new deal
 * opening the question as nothing, topics set aside before it as nothing, "what's the deal with" as "what about" and "at
 * that point" as "then": as words they would be searched for, and no article writes them.
 */
final class Intensifiers {
    private static final Pattern BOUND = Pattern.compile("\\ball the way\\s+(to|until|till|through|into)\\b"
            + "|\\b(?:right\\s+)?up\\s+(until|till|through)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "a majority stake of roughly 72 percent": a word for a stake's size before the figure that gives it says no more than
     * the figure, which is checked; without a figure ("a majority stake?") the word is what is asked, and stays.
     */
    private static final Pattern SIZED = Pattern.compile("\\b(?:majority|minority|controlling)\\s+(stake|share|holding|interest|position)"
            + "(?=\\s+(?:of|at)\\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more than|just|close to)\\s+)?\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * "So basically, has its stake ...?", "Honestly, how much ...?": a hedge on the asker's wording that opens a question
     * (alone or after "so", "ok", "and", "but", "well") says nothing of what is asked; the opening word stays.
     */
    private static final Pattern OPENING_HEDGE = Pattern.compile("(?<=^|[.?!:;]\\s|^(?:so|ok|okay|and|but|then|well)[,]?\\s|[.?!:;]\\s(?:so|ok|okay|and|but|then|well)[,]?\\s)"
            + "(?:basically|essentially|honestly|literally|seriously|really|just)\\s*,?\\s+(?=(?:how|what|which|who|whom|when|where|why|is|are|was|were|"
            + "do|does|did|will|would|can|could|has|have|had|should|if|say|suppose)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * "Under the revised terms, how long ...?": a frame opening the question that places it under the new deal says what
     * every article is about, and hides the question's own shape behind it; a frame of the earlier terms stays (it asks
     * another time).
     */
    private static final Pattern NEW_DEAL_FRAME = Pattern.compile("^\\W*(?:(?:so|ok|okay|and|but|then|well)[,]?\\s+)?(?:under|in|with|per|according to)\\s+"
            + "(?:the|this)\\s+(?:revised|new|amended|updated|current|latest|renegotiated|refreshed|reworked)\\s+"
            + "(?:terms|deal|agreement|arrangement|contract|partnership|pact|setup|set-up)\\s*,\\s*(?=[\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * "What's the deal with X?", "what's the story on X?": an idiom asking about X, read as "What about X?" (its words
     * would be searched for, and "deal" would weigh every sentence about the partnership).
     */
    private static final Pattern ASKING_ABOUT = Pattern.compile("(?<=^|[.?!:;]\\s)(?:so\\s+|ok\\s+|okay\\s+|and\\s+)?what(?:'s|’s|\\s+is)\\s+(?:the\\s+)?"
            + "(?:deal|story|situation|score|lowdown|scoop)\\s+(?:with|on|about|regarding)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

    /**
     * "Money and licensing aside, what ...?", "Setting aside the money, what ...?": topics the asker sets aside are what
     * is not asked, so none of their words is searched for; not parties set aside ("Microsoft aside, who ...?"), which
     * the answer must leave out.
     */
    private static final Pattern SET_ASIDE = Pattern.compile("^(?:(?:so|ok|okay|and|but)[,]?\\s+)?(?:(?:[^,?.;:]{3,40}?)\\s+aside|(?:leaving|setting|putting)\\s+aside\\s+"
            + "[^,?.;:]{3,40}?)\\s*,\\s*(?=\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED_AFTER_FIRST = Pattern.compile("(?<=\\S\\s)\\p{Lu}");
    private static final Pattern TOPIC_WORD = Pattern.compile("\\b(?!(?:aside|and|or|the|a|an|so|ok|okay|but|leaving|setting|putting)\\b)\\p{Ll}{3,}");

    /** {@code text} without a leading set-aside of topics that names no party. */
    private static String withoutTopicsAside(String text) {
        var m = SET_ASIDE.matcher(text);
        // a party is capitalised: past the first word, or as the only word set aside (no topic word in lower case)
        if (!m.find() || CAPITALISED_AFTER_FIRST.matcher(m.group()).find() || !TOPIC_WORD.matcher(m.group()).find()) return text;
        String rest = text.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** "at that point", "at this point in time": a time pointed back to, as "then" says it. */
    private static final Pattern AT_THAT_POINT = Pattern.compile("\\bat\\s+(?:that|this)\\s+point(?:\\s+in\\s+time)?\\b", Pattern.CASE_INSENSITIVE);

    private Intensifiers() {}

    static String plain(String text) {
        // "up to $50 billion" is a ceiling, not a stress: it stays
        String bound = BOUND.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
        String sized = SIZED.matcher(bound).replaceAll("$1");
        // the question then opens where the hedge did, with its capital
        String plain = OPENING_HEDGE.matcher(ASKING_ABOUT.matcher(withoutTopicsAside(NEW_DEAL_FRAME.matcher(sized).replaceFirst("")))
                .replaceAll("What about ")).replaceAll("");
        if (!plain.equals(sized) && !sized.isEmpty() && Character.isUpperCase(sized.charAt(0)) && !plain.isEmpty() && Character.isLowerCase(plain.charAt(0)))
            plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        return AT_THAT_POINT.matcher(plain).replaceAll("then");
    }
}
