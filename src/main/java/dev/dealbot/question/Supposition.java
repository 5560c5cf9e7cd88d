package dev.dealbot.question;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Hypothetically, if OpenAI reached AGI in 2028, would Microsoft still collect its revenue share that year?" (or "Were
 * OpenAI to reach AGI in 2028, ..."): what the asker supposes is no claim to check; the question is what follows it, at
 * the year the supposition names. The year takes the place of the words that point back to it ("that year", "then") or,
 * when none does, dates each question asked ("would Microsoft still collect ... in 2028?"). Only a supposition with one
 * year and no other figure, before a question without a figure of its own that asks whether something still holds or
 * stops ("would the payments stop at that point?" asks whether they stop in 2028): a supposed sum is worked out
 * elsewhere ({@link ProductQuestions}).
 */
final class Supposition {
    private static final Pattern IF_THEN = Pattern.compile("^(?:[^:?,]{1,40}:\\s*)?(?:(?:hypothetically|suppose|say|imagine|assume)[,:]?\\s+)?(?:that\\s+)?"
            + "(?:(?:if|suppose|assuming)\\s+|were\\s+(?=[^,]{2,40}?\\s+to\\s))(.{5,}?),\\s*(?:then\\s+)?((?:would|will|could|can|does|do|is|are|did|should|might|"
            + "how|what|when|which|who)\\b.{5,})$", Pattern.CASE_INSENSITIVE);
    /**
     * "Suppose OpenAI announces AGI in 2028. Would its payments stop at that point?", "Imagine it's 2029: is it still
     * paid?", "Pretend it's 2031 - can ...", "What if it's 2030? Is it still paid?": a supposition in a sentence or
     * clause of its own; "Assume, purely hypothetically, that ..." sets the same supposition apart; a label may come
     * before it ("Let's play it out: say ...").
     */
    private static final Pattern SUPPOSE_FIRST = Pattern.compile("^(?:[^:?,]{1,40}:\\s*)?(?:hypothetically[,:]?\\s+)?(?:suppose|imagine|assume|say|let's say|"
            + "let us say|pretend|what if)(?:\\s*,\\s*(?:purely\\s+|just\\s+|only\\s+)?hypothetically\\s*,)?\\s+(?:that\\s+)?(.{5,}?)(?:[.!;:?]|\\s+[—–-]+)\\s+(\\p{L}.{5,})$", Pattern.CASE_INSENSITIVE);
    /**
     * "It's 2031. Is OpenAI still paying?", "ok so its 2031 - can Microsoft still ...": the asker setting the present at a
     * year, in a sentence or clause of its own, supposes that year ("its" before a year can only be "it's").
     */
    private static final Pattern YEAR_SET = Pattern.compile("^(?:(?:ok|okay|so|now|and)[,]?\\s+)*(?:it's|it’s|its|it is|we're in|we’re in|we are in)\\s+"
            + "((?:19|20)\\d\\d)\\s*(?:[.!;:]|\\s+[—–-]+|\\s*,)\\s+(\\p{L}.{5,})$", Pattern.CASE_INSENSITIVE);
    /**
     * "Hypothetically, in 2031, would OpenAI still be paying ...?", "By 2031, will it still ...?": a year set before a
     * yes/no question by a comma, the time the question is asked at.
     */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(?:(?:hypothetically|theoretically|in theory|say)[,:]?\\s+)?(?:in|by|come|as of)\\s+"
            + "((?:19|20)\\d\\d)\\s*,\\s*(?:then\\s+)?((?:would|will|could|can|does|do|is|are|did|should|might)\\b.{5,})$", Pattern.CASE_INSENSITIVE);
    /**
     * "OAI hits AGI in 2028 - does the rev share switch off?": a statement in the present tense set before a yes/no
     * question by a dash is a case the asker supposes (a past one, "Microsoft invested in 2019 - ...", is a fact told).
     */
    private static final Pattern DASH_FIRST = Pattern.compile("^([^?:;,—–]{5,}?)\\s+[—–-]+\\s+((?:would|will|could|can|does|do|is|are|should|might)\\b.{5,})$",
            Pattern.CASE_INSENSITIVE);
    /** "is that still the case?", "is this right?": a question about the statement itself. */
    private static final Pattern ABOUT_IT = Pattern.compile("^(?:is|was|isn't|wasn't)\\s+(?:that|this|it)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of a clause telling of a time already past. */
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|did|\\p{L}{3,}ed|made|put|paid|sold|took|gave|got|said|won|bought|began)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Whether a thing still holds, or stops, then: a question asked at the supposed year. */
    private static final Pattern STILL = Pattern.compile("\\b(?:still|stop|stops|end|ends|cease|ceases|expire|expires|lapse|lapses|"
            + "run out|runs out|" + dev.dealbot.text.Polarity.PHRASAL_STOP + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "does Microsoft have a license to it?": whether a party has a thing then, the question's own verb ("would it have to
     * pay" asks a duty, not a thing had).
     */
    private static final Pattern HAVE_ASKED = Pattern.compile("^(?:does|do|will|would)\\s+(?:[\\p{L}'’-]+\\s+){1,2}(?:still\\s+)?(?:have|hold)\\b(?!\\s+to\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A question, then a sentence of request that asks nothing of its own ("Explain using the dates in the deal."). */
    private static final Pattern REQUEST_AFTER = Pattern.compile("^([^?]{10,}\\?)\\s+((?:please\\s+)?(?:explain|show|cite|give|walk|use|say|tell|answer)\\b[^?]*)$",
            Pattern.CASE_INSENSITIVE);
    /** "because of it", "as a result of that": a cause that points back to what is supposed. */
    private static final Pattern BECAUSE_OF_IT = Pattern.compile("\\s*,?\\s+(?:because of|due to|as a result of|on account of)\\s+(?:it|that|this)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A length of time asked up to an event: "how many years until ...", "how long before ...". */
    private static final Pattern SPAN_ASKED = Pattern.compile("^" + Comparison.SPAN_UP_TO, Pattern.CASE_INSENSITIVE);
    /** Words that point back to the supposed time. */
    private static final Pattern THAT_TIME = Pattern.compile("\\b(?:(?:in|for|during)\\s+)?(?:that year|that time|that point|then|by then|at that point|"
            + "at that time|at that moment|that moment)\\b", Pattern.CASE_INSENSITIVE);

    private Supposition() {}

    /**
     * The question asked after a supposition of a year, at that year; {@code english} itself when it has none.
     * {@code whole} is the text with its statements, where a supposition may stand in a sentence of its own.
     */
    static String asked(String english, String whole) {
        return asked(english, () -> whole);
    }

    /** The text opens with a supposition in a sentence or clause of its own ("Say OpenAI declares AGI in 2028. ..."). */
    static boolean supposesFirst(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        return SUPPOSE_FIRST.matcher(plain).matches() || YEAR_SET.matcher(plain).matches();
    }

    /**
     * As above, {@code whole} read only when {@code english} has no supposition of its own: the whole text in the
     * question's words as read (shorthand spelled out), as {@code english} is.
     */
    static String asked(String english, java.util.function.Supplier<String> whole) {
        // a request after the question ("... of them? Explain using the dates.") asks nothing of the supposed year: the
        // question alone is asked at it, the request left as it stands
        Matcher after = REQUEST_AFTER.matcher(english.strip());
        if (after.matches()) {
            String asked = asked(after.group(1), after.group(1));
            return asked.equals(after.group(1)) ? english : asked + " " + after.group(2);
        }
        Matcher m = IF_THEN.matcher(english.strip());
        // "Would it still be paid in 2031 if it declares AGI in 2028?": the case supposed after a yes/no question, as before it
        Matcher late = YES_NO_THEN_IF.matcher(english.strip());
        if (!m.matches() && late.matches()) m = IF_THEN.matcher("If " + late.group(2) + ", " + late.group(1) + "?");
        if (!m.matches()) m = YEAR_FIRST.matcher(english.strip());
        // in the question's words as read (shorthand spelled out) when it has the supposition; else as the asker wrote it
        if (!m.matches()) m = SUPPOSE_FIRST.matcher(english.strip().replaceAll("\\s+", " "));
        if (!m.matches()) m = YEAR_SET.matcher(english.strip().replaceAll("\\s+", " "));
        if (!m.matches()) m = SUPPOSE_FIRST.matcher(whole.get().strip().replaceAll("\\s+", " "));
        if (!m.matches()) m = YEAR_SET.matcher(whole.get().strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            m = DASH_FIRST.matcher(english.strip());
            // a statement the question then asks about ("... until 2030 — is that still the case?") is a claim to check,
            // and so is one that bounds a term by its year
            if (!m.matches() || PAST.matcher(m.group(1)).find() || ABOUT_IT.matcher(m.group(2)).find()) return english;
            Figure year = Figures.of(m.group(1)).stream().filter(f -> f.type() == Figure.Type.YEAR).findFirst().orElse(null);
            if (year != null && dev.dealbot.text.TimeBound.of(m.group(1), year) == dev.dealbot.text.TimeBound.UNTIL) return english;
        }
        List<Figure> supposed = Figures.of(m.group(1));
        // the question may claim a figure of its own ("still paying 20%?"), not a time of its own
        if (supposed.size() != 1 || supposed.get(0).type() != Figure.Type.YEAR
                || Figures.of(m.group(2)).stream().anyMatch(f -> f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE)) return english;
        // only a question whether something still holds then is asked at the year ("would it still collect ...?"); another
        // ("would it have to ship first on Azure that year?", "does it get a cut that year?") would take the year as a claim
        // about the thing
        if (!STILL.matcher(m.group(2)).find() && !HAVE_ASKED.matcher(m.group(2)).find()) return english;
        // a length of time asked up to an event ("how many years until the licence expires?") runs from the supposed year:
        // it is a side of the span, not the time the question is asked at
        if (SPAN_ASKED.matcher(m.group(2)).find()) return english;
        String year = supposed.get(0).text();
        // "... change because of it?": the cause pointed back to is the supposition, said already
        String question = BECAUSE_OF_IT.matcher(m.group(2)).replaceAll("");
        Matcher back = THAT_TIME.matcher(question);
        boolean several = NEXT_QUESTION.matcher(question).find();
        if (!several && back.find()) return capitalised(back.replaceFirst("in " + year));
        // each question asked is of that year: "would A ... in 2031, and would B ... in 2031?"; a word in one of them that
        // points back to it ("... that year") gives way to the year each is given
        String plain = several ? back.replaceAll("").replaceAll("\\s+([,?.!])", "$1").replaceAll("\\s{2,}", " ") : question;
        String each = NEXT_QUESTION.matcher(plain).replaceAll(" in " + year + "$1");
        return capitalised(each.replaceFirst("\\s*([?.!]*)$", " in " + year + "$1"));
    }

    /** "Say OpenAI makes $50 billion in 2029. How much would it owe?": a supposition in a sentence of its own, then one question. */
    private static final Pattern SUPPOSED_SENTENCE = Pattern.compile("^(?:hypothetically[,:]?\\s+)?(?:say|suppose|imagine|assume|let's say|let us say)\\s+"
            + "(?:that\\s+)?([^.!?;]{5,}?)\\s*[.!;]\\s+(\\p{Lu}[^.!?]{5,}\\?)\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * A supposed sum in a sentence of its own before the one question asked of it, read as one conditional question ("If
     * OpenAI makes $50 billion in 2029, how much would it owe?"), so the question is worked out from the sum; any other
     * text as it is.
     */
    static String joined(String text, java.util.function.Predicate<Figure> stated) {
        Matcher m = SUPPOSED_SENTENCE.matcher(text.strip());
        // only a supposed sum, which the question works on; a supposed time ("Say it's 2031.") is read as the question's setting
        if (m.matches() && Figures.of(m.group(1)).stream().anyMatch(f -> f.type() == Figure.Type.MONEY)) return conditional(m.group(1), m.group(2));
        // "OpenAI makes $20bn in revenue in 2027. What's Microsoft's cut?": a sum no article states, then a party's part of
        // it worked out, is supposed as well
        Matcher plain = STATEMENT_THEN_QUESTION.matcher(text.strip());
        if (!plain.matches()) return text;
        List<Figure> sums = Figures.of(plain.group(1)).stream().filter(f -> f.type() == Figure.Type.MONEY).toList();
        if (sums.size() != 1 || stated.test(sums.get(0))) return text;
        String conditional = conditional(plain.group(1), plain.group(2));
        Comparison c = Comparison.of(conditional);
        return c != null && c.op() == Comparison.Op.PRODUCT && Comparison.SUPPOSED.equals(c.word()) ? conditional : text;
    }

    /** One statement, then one question. */
    private static final Pattern STATEMENT_THEN_QUESTION = Pattern.compile("^(\\p{Lu}[^.!?;]{5,}?)\\s*[.!;]\\s+(\\p{Lu}[^.!?]{5,}\\?)\\s*$");

    /** "If <supposition>, <question>", the question's first word in lower case unless it is a name. */
    private static String conditional(String supposition, String asked) {
        String question = asked;
        // "How much ...", not "Microsoft ...": a name keeps its capital
        String first = question.split("[\\s'’]+", 2)[0];
        if (first.matches("(?i)how|what|which|who|when|where|why|would|will|could|can|does|do|did|is|are|was|were|should|might|using|at|with|under"))
            question = Character.toLowerCase(question.charAt(0)) + question.substring(1);
        return "If " + supposition.strip() + ", " + question;
    }

    /**
     * The supposition of a question and the question asked of it, or null: one it opens with ("If OpenAI reached AGI in
     * 2028", "what ...?") or one it ends with ("What would happen to its payments if OpenAI reached AGI in, say, 2028?").
     */
    static List<String> parts(String english) {
        Matcher m = IF_THEN.matcher(english.strip());
        if (m.matches()) return List.of(m.group(1), m.group(2));
        m = THEN_IF.matcher(english.strip());
        return m.matches() ? List.of(m.group(2), m.group(1).strip() + "?") : null;
    }

    /** A yes/no question, then the case it supposes, with a year: "Would it still pay in 2031 if it declares AGI in 2028?". */
    private static final Pattern YES_NO_THEN_IF = Pattern.compile("^((?:would|will|could|can|does|do|is|are|should|might)\\b.{5,}?),?\\s+(?:if|assuming|supposing|"
            + "in case)\\s+(?!(?:so|not|any|at all)\\b)([^,?]*?\\b(?:19|20)\\d\\d\\b[^,?]*?)[?.!]*$", Pattern.CASE_INSENSITIVE);

    /** A wh-question, then the case it supposes: "What would happen to X if Y?", "How much would it owe, assuming Y?". */
    private static final Pattern THEN_IF = Pattern.compile("^((?:how|what|when|which|who)\\b.{5,}?),?\\s+(?:if|assuming|supposing|in case)\\s+"
            + "(?!(?:so|not|any|at all)\\b)(.{5,}?)[?.!]*$", Pattern.CASE_INSENSITIVE);

    /** A supposition of when a term ends or starts ("if the revenue share ended in 2029"): its year is a claim about the term. */
    private static final Pattern TERM_BOUND = Pattern.compile("\\b(?:end|ends|ended|ending|expire[sd]?|expiring|runs? out|ran out|stop(?:s|ped)?|"
            + "cease[sd]?|lapse[sd]?|finish(?:es|ed)?|start(?:s|ed)?|begins?|began|continue[sd]?|lasts?|lasted|renew(?:s|ed)?|extend(?:s|ed)?)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean boundsTerm(String supposition) {
        return TERM_BOUND.matcher(supposition).find();
    }

    /** The question points back to the supposed time ("for that year", "by then"). */
    static boolean pointsBack(String question) {
        return THAT_TIME.matcher(question).find();
    }

    /** {@code english} without the words that set the supposition at {@code year} ("in 2028", "by 2028"). */
    static String withoutYear(String english, Figure year) {
        // "in, say, 2028": the aside that marks the year as an example goes with it
        return english.replaceFirst("\\s*\\b(?:(?:in|by|during|around|sometime in|as early as|as soon as)(?:,?\\s+say,)?\\s+)?" + Pattern.quote(year.text()) + "\\b", "");
    }

    /** Where a second question starts: ", and would it ...". */
    private static final Pattern NEXT_QUESTION = Pattern.compile("(,?\\s+and\\s+(?=(?:would|will|could|can|does|do|is|are|did|should)\\b))",
            Pattern.CASE_INSENSITIVE);

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
