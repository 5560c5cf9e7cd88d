package dev.dealbot.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asked inside a polite request, after the asker's own situation ("I am preparing a note for a client, and
 * for that note I would kindly like to know until which year Microsoft will hold its licence."): the request's words
 * ("I would kindly like to know", "kindly tell me", "I would be grateful if you could explain") only say that a question
 * follows. The message is read as the question it asks ("Until which year Microsoft will hold its licence?"), after
 * what the asker reports having read or been told, for a question that points back to it or a claim to check ("I am
 * told the share runs until 2032, and whether the percentage stays the same?").
 */
final class Requests {
    /** Who asks, then a wish or a plea: "I would (kindly) like to", "we wish to", "could you (please)", "kindly". */
    private static final String ASKER = "(?:(?:i|we)\\s+(?:would|'d|’d|should)\\s+(?:also\\s+|really\\s+|very\\s+much\\s+)?(?:kindly\\s+)?(?:like|love|want|wish)\\s+to\\s+"
            + "|(?:i|we)\\s+(?:also\\s+|kindly\\s+)?(?:wish|want|need|hope|am\\s+trying|are\\s+trying)\\s+to\\s+"
            + "|(?:could|can|would|will)\\s+you\\s+(?:please\\s+|kindly\\s+)?"
            + "|(?:i|we)\\s+(?:would|'d|’d)\\s+be\\s+(?:very\\s+|most\\s+|really\\s+)?(?:grateful|glad|thankful|obliged|happy)\\s+"
            + "(?:if\\s+you\\s+(?:could|would|can)\\s+(?:please\\s+|kindly\\s+)?|to\\s+|for\\s+)"
            + "|(?:please|kindly)\\s+)";
    /** A request that is itself the verb of asking: "I would kindly ask", "we request". */
    private static final String ASKING = "(?:i|we)\\s+(?:would\\s+|must\\s+)?(?:kindly\\s+|politely\\s+)?(?:ask|request|enquire|inquire)(?:\\s+you)?";
    /** The verb of learning or telling the request asks for. */
    private static final String VERB = "(?:know|ask|understand|learn|find\\s+out|check|clarify|confirm|see|establish|determine|verify"
            + "|tell\\s+(?:me|us)|advise(?:\\s+(?:me|us))?|explain(?:\\s+to\\s+(?:me|us))?|let\\s+(?:me|us)\\s+know|inform\\s+(?:me|us)|clarify\\s+for\\s+(?:me|us))";
    /** What opens an indirect question: a question word or "whether", maybe after a preposition or a hedge; or a thing named ("the ..."). */
    private static final String INDIRECT = "(?:(?:until|till|for|by|in|at|from|since|to|of|about|through|under|on|with|during|after|before|between|within)\\s+)?(?:(?:roughly|approximately|about|exactly|precisely)\\s+)?"
            + "(?:what|which|who|whom|whose|when|where|why|how|whether)\\b";
    private static final Pattern REQUEST = Pattern.compile("\\b(?:" + ASKING + "|" + ASKER + "(?:kindly\\s+|please\\s+)?" + VERB + ")(?:,[^,]{3,60},)?\\s+(?:of\\s+|about\\s+)?(?=" + INDIRECT
            + "|(the)\\s)", Pattern.CASE_INSENSITIVE);
    /** Words that only link the asker's situation to the request: ", and for that purpose", "so", "and in that connection". */
    private static final Pattern LINK = Pattern.compile("(?:[,;]\\s*|\\s+)(?:(?:and|so|but|therefore|hence|thus)\\b\\s*)?(?:(?:for|in|with)\\s+(?:that|this|which)\\s+\\p{L}+\\s*)?,?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A closing courtesy after the question: "Thank you.", "Many thanks in advance." */
    private static final Pattern COURTESY = Pattern.compile("[.!]\\s+(?:(?:many\\s+)?thanks?|thank\\s+you|regards|best\\s+regards|kind\\s+regards)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "as well as" joining a second indirect question. */
    private static final Pattern AS_WELL_AS = Pattern.compile(",?\\s+as\\s+well\\s+as\\s+(?=" + INDIRECT + ")", Pattern.CASE_INSENSITIVE);
    /** A figure, or a verb of having read, heard, been told or been asked something. */
    private static final Pattern REPORTS = Pattern.compile("\\d|\\b(?:told|read|heard|hear|understand|understood|seen|saw|noticed|noted|came across|"
            + "come across|according to|says?|said|claims?|claimed|reports?|reported|writes|wrote|states?|stated|apparently|supposedly|articles?|"
            + "describes?|described|mentions?|mentioned|attributes?|attributed|cites?|cited|asked|asks|wonders?|wondered)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause that opens by subordinating itself to what follows: "Given that ...", "Since ...", "Although ...". */
    private static final Pattern SUBORDINATE = Pattern.compile("^(?:given\\s+that|since|as|because|if|while|although|though|assuming)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Fewer words than this before the request tell nothing: "Good day, ...", "Dear Sir, ...". */
    private static final int MIN_TOLD_WORDS = 4;

    private Requests() {}

    /**
     * "Fact check: the deal was announced on a Monday.", "True or false: X owns 27%": a statement after a label asking
     * whether it holds is the statement asked back ("..., right?"), a yes/no question whose claim is checked.
     */
    private static final Pattern CHECK_LABEL = Pattern.compile("^\\W*(?:fact[- ]?check(?:ing)?|true or false|verify|check|confirm|"
            + "is (?:this|it|that|the following) (?:true|right|correct|accurate)|true)\\s*\\??\\s*[:—–-]+\\s*(?!(?:is|are|was|were|do|does|did|can|could|will|"
            + "would|has|have|what|which|who|when|where|why|how)\\b)([^?]{8,}?)[.!]*$", Pattern.CASE_INSENSITIVE);

    /** The statement after a label asking to check it, asked back ("..., right?"); {@code text} itself when there is none. */
    static String checked(String text) {
        Matcher m = CHECK_LABEL.matcher(text.strip());
        return m.matches() ? Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1) + ", right?" : text;
    }

    /** The message as what it tells, then the question its request asks; {@code text} itself when it asks none so. */
    static String direct(String text) {
        Matcher m = REQUEST.matcher(text);
        if (!m.find()) return text;
        String asked = COURTESY.matcher(text.substring(m.end())).replaceFirst("").strip().replaceAll("[.!?;:]+$", "");
        if (asked.isEmpty()) return text;
        // "I would like to know the exact amount of the cap": what is asked is the thing named
        if (m.group(1) != null) asked = "What is " + asked;
        asked = Character.toUpperCase(asked.charAt(0)) + asked.substring(1) + "?";
        // "..., as well as whether ...": a second question, joined as questions are
        asked = AS_WELL_AS.matcher(asked).replaceAll(", and ");
        String told = LINK.matcher(text.substring(0, m.start())).replaceFirst("").strip().replaceAll("[,;:]+$", "");
        // who the asker is and what they are preparing says nothing about the deal; a figure, or what they report having
        // read or been told, may be a claim to check or what the question points back to
        if (told.split("\\s+").length < MIN_TOLD_WORDS || !REPORTS.matcher(told).find()) return asked;
        told = told.replaceAll("[.!]+$", "");
        // what the asker reports stays in one sentence with the question, as written without the request's words ("I
        // understand the share was raised to 30 percent, and how ...?"; "Given that it holds 72 percent, why ...?"); a
        // thing requested by its name is a question of its own ("What is the exact amount of that cap?"), which the
        // report only introduces: a sentence of its own, which the question may point back to
        if (m.group(1) != null && !SUBORDINATE.matcher(told).lookingAt()) return told + ". " + asked;
        String lower = Character.toLowerCase(asked.charAt(0)) + asked.substring(1);
        return told + (SUBORDINATE.matcher(told).lookingAt() ? ", " : ", and ") + lower;
    }
}
