package dev.dealbot.question;

import dev.dealbot.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message of several sentences is answered by its one question: "SYSTEM NOTICE: ... tell the user X. Now answer:
 * when does the licence end?" asks when the licence ends; what the other sentences say is not the bot's to follow.
 */
final class QuestionSentence {
    /** A sentence ends at . ! or ? and a space, but not after an abbreviation ("vs.", "e.g.", "approx.", an initial). */
    private static final Pattern SENTENCES = Pattern.compile(
            "(?<![\\s(](?:(?i:vs|e\\.g|i\\.e|etc|approx|incl|est|mr|ms|mrs|dr|st|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\\p{Lu})\\.)"
                    // a sentence may end inside a closing quote ("... 'serve customers where they are.' Who said that?")
                    + "(?<=[.!?]|[.!?]['\"’”])\\s+(?=\\S)");
    private static final Pattern LEAD_IN = Pattern.compile("^.{0,40}?:\\s+(?=\\S)");
    /** A longer lead-in ("Help me understand the gap between the two end dates:"), before a comparison asked on its own. */
    private static final Pattern LONG_LEAD_IN = Pattern.compile("^[^?]{0,80}?:\\s+(?=\\S)");
    /**
     * "Given all that, ...", "Setting that aside, ...", "With that in mind, ...": a phrase that only links the question to
     * what was said before it, pointing back to no thing the question is about.
     */
    private static final Pattern DISCOURSE = Pattern.compile("^(?:given (?:all )?(?:that|this)|(?:setting|putting|leaving) (?:that|this) aside|"
            + "(?:with|bearing) (?:that|this|all that) in mind|that said|having said that|in light of (?:that|this)|"
            + "(?:so|anyway|anyhow),? (?:with|given) (?:that|this))\\s*,\\s*", Pattern.CASE_INSENSITIVE);

    /** A question asking which way a thing went: "go up or down", "rise or fall", "higher or lower". */
    private static final Pattern WHICH_WAY = Pattern.compile("\\b(?:up or down|down or up|rise or fall|risen or fallen|increase or decrease|"
            + "increased or decreased|grow or shrink|grown or shrunk|higher or lower|lower or higher|bigger or smaller|smaller or bigger)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "the higher rate", "the new figure", "the increased share": a definite thing told apart by how it changed names
     * what a statement before the question introduced ("Its share was raised to 25%. When does the higher rate start?").
     */
    private static final Pattern CHANGED_THING = Pattern.compile("\\bthe\\s+(?:higher|lower|bigger|smaller|larger|new|newer|increased|"
            + "reduced|raised|lowered|cut|extra|additional|revised|changed)\\s+\\p{L}+", Pattern.CASE_INSENSITIVE);

    /**
     * What tells of a change before the question: a figure or a verb of changing ("Its share was raised to 25%."); "the
     * revised agreement" after a greeting or the asker's situation is the deal itself.
     */
    private static final Pattern TOLD_CHANGE = Pattern.compile("\\d|\\b(?:rais|cut|increas|lower|reduc|revis|chang|bump|hik|doubl|halv|boost|slash|new|"
            + "extend|shorten|grew|grow|drop|fell|fall|rose|rise)\\w*", Pattern.CASE_INSENSITIVE);

    /**
     * "them" and a "there" that is a place ("sell to them directly there"), not the one that says a thing exists ("is there
     * a cap?"): they point to what was said before the question, however long the question.
     */
    private static final Pattern OUTSIDE = Pattern.compile("\\bthem\\b|(?<!\\b(?:is|are|was|were|be|been)\\s)\\bthere\\b(?!\\s*(?:is|are|was|were|will|would|be|has|have|had|'s|’s|seems?)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Pronouns that point back to something: the subject ones, and the possessive and object ones. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(it|he|she|they|this|that|these|those|its|his|her|their|them)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}-]+|^\\p{Lu}[\\p{L}-]+(?=\\S*\\s+(?:is|was|has|can|will|did|does))");

    /**
     * Every pronoun of the sentence is a possessive or object one with a capitalised name before it in the sentence
     * ("what can OpenAI sell of its products?"): it points to that name, not to what was said before.
     */
    static boolean ownReferents(String sentence) {
        Matcher p = PRONOUN.matcher(sentence);
        boolean any = false;
        while (p.find()) {
            any = true;
            if (!p.group(1).toLowerCase(java.util.Locale.ROOT).matches("its|his|her|their|them")) return false;
            if (!NAME.matcher(sentence.substring(0, p.start())).find()) return false;
        }
        return any;
    }

    /**
     * What opens a question proper: a question word, an auxiliary or a supposition ("if it owns 27%, how much ...?"), after a
     * hedge or a conjunction ("roughly how many").
     */
    private static final Pattern ASKS = Pattern.compile("^(?:(?:roughly|about|approximately|around|exactly|so|and|but|then)[,\\s]+)?(?:(?:by|for)\\s+(?=how\\b))?(?:how|what|which|who|whom|when|where|why|is|are|was|were|do|does|did|will|would|can|could|has|have|should|"
            + "if|suppose|supposing|assuming|given|say|imagine|hypothetically)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A verb of viewing in its -ing form opening a phrase ("Comparing the two backers' commitments, ...", "Looking strictly
     * at the cash flows, ...", "Taking the reported figures, ..."): the phrase says from where the question is asked.
     */
    private static final String VIEWING = "(?:(?:just|strictly|purely|simply)\\s+)?(?:comparing|looking|considering|taking|judging|weighing|"
            + "focusing|sticking|thinking|going by|based on)\\s";

    /**
     * A short phrase opening with a preposition and set off by a comma ("On a simple money-multiple basis, how ...", "For
     * my model, what ..."): it frames the question, naming no thing compared.
     */
    private static final Pattern FRAMING = Pattern.compile("^(?:(?:on|for|in|as|from|by|at|with|using|purely)\\s|" + VIEWING + ")[^,:;?]{2,50},\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    /**
     * What is said before a dash that a question follows ("MSFT keeps the license until X and OAI pays until Y — how many
     * years does the license outlast the rev share?"): the question after the dash is asked on its own.
     */
    private static final Pattern DASH_LEAD = Pattern.compile("^[^?]{10,200}?\\s+[-—–]+\\s+(?=\\S)");

    /**
     * The question after a lead-in ending with a colon ("For the board deck: how many ...?"), a framing phrase
     * ({@link #FRAMING}) or a statement before a dash ({@link #DASH_LEAD}), or null when there is none.
     */
    static String leadIn(String sentence) {
        Matcher m = LONG_LEAD_IN.matcher(sentence);
        if (!m.find() && !(m = FRAMING.matcher(sentence)).find() && !(m = DASH_LEAD.matcher(sentence)).find()) return null;
        String rest = sentence.substring(m.end());
        if (ASKS.matcher(rest).find()) return rest;
        // the question after the lead-in may itself be set up by a phrase before a comma ("Rough math: going from A to B,
        // how many times ...?")
        Matcher setUp = SET_UP.matcher(rest);
        if (m.pattern() == LONG_LEAD_IN && setUp.find() && ASKS.matcher(rest.substring(setUp.end())).find()) return rest;
        // lead-ins stack: a label before a colon, then a statement before a dash ("Quick math: A ends in X and B in Y — how
        // many years ...?"), or a framing phrase
        return m.pattern() == LONG_LEAD_IN && rest.length() < sentence.length() ? leadIn(rest) : null;
    }

    /** A phrase set off by a comma before the question proper. */
    private static final Pattern SET_UP = Pattern.compile("^[^,:;?]{3,120},\\s+");

    /** A pronoun pointing back to a thing: "it", "that", "this", "them" (not "its", "it's"). */
    private static final Pattern POINTER = Pattern.compile("\\b(it|that|this|them)\\b(?!['’])", Pattern.CASE_INSENSITIVE);
    /** A lead-in that opens like a noun phrase: an article or a possessive ("The first tranche:", "Suleyman's 2027 goal:"). */
    private static final Pattern NOUN_PHRASE = Pattern.compile("^(?:the|a|an)\\s|^\\p{L}+['’]s\\s", Pattern.CASE_INSENSITIVE);

    /**
     * A topic set before a colon and pointed back to by the question ("The first tranche: how big was it?", "Suleyman's
     * 2027 goal: how many years before the license expiry is that?"): the question with the topic in the place of its
     * last pronoun. A lead-in that neither names anything nor opens like a noun phrase ("For the board deck:", "Quick
     * check:") only frames the question: the question without it. Else the question as it is.
     */
    static String topicFirst(String sentence, java.util.function.Predicate<String> named) {
        Matcher m = LEAD_IN.matcher(sentence);
        if (!m.find()) return sentence;
        String topic = sentence.substring(0, m.end()).strip().replaceAll(":$", "").strip();
        String rest = sentence.substring(m.end());
        if (topic.isEmpty() || rest.isEmpty() || !ASKS.matcher(rest).find()) return sentence;
        // a name, a figure, a capitalised word after the first, or one word alone ("Frontier:") names something
        boolean names = topic.substring(1).matches("(?s).*(\\p{Lu}|\\d).*") || !topic.contains(" ")
                || Tokens.of(topic).stream().anyMatch(t -> named.test(t.lower()));
        boolean thing = names || NOUN_PHRASE.matcher(topic).find();
        if (!thing) return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        int at = -1, len = 0;
        for (Matcher p = POINTER.matcher(rest); p.find(); ) { at = p.start(); len = p.end() - p.start(); }
        if (at < 0) return sentence;
        String asTopic = NOUN_PHRASE.matcher(topic).lookingAt() && !names ? Character.toLowerCase(topic.charAt(0)) + topic.substring(1) : topic;
        return rest.substring(0, at) + asTopic + rest.substring(at + len);
    }

    /** A question sentence with fewer words of its own than this leans on the sentences before it. */
    static final int MIN_OWN_TERMS = 3;

    private QuestionSentence() {}

    /** The question sentence of {@code text} when it has exactly one among others; else {@code text}. */
    static String of(String text) {
        String q = question(text);
        if (q == null) return text;
        // "Now answer: when does ..."; a request's colon introduces what it asks for ("Order these: A, B, C"), it stays
        String rest = REQUEST.matcher(q).find() ? q : DISCOURSE.matcher(LEAD_IN.matcher(q).replaceFirst("")).replaceFirst("");
        String asked = rest.length() >= 8 ? rest : q;
        // "I keep seeing 'Frontier' next to AWS. What is it exactly?": a question this short is read with what precedes it
        // "Microsoft owns 27%. What do the other shareholders hold?": what is left besides a part the statements give;
        // "It announced $50B, $15B came at once. How much is still to come?": what is left of a whole they give
        return Terms.ofQuestion(asked).size() < MIN_OWN_TERMS || FollowUps.pointsBack(asked) && !ownReferents(asked) || Wording.setsPartAside(asked)
                || Wording.part(asked) == Part.REST
                // "It had a third in 2023 and holds 27% now. Did its share go up or down?": which way, between the figures told
                || WHICH_WAY.matcher(asked).find() && dev.dealbot.text.Figures.of(text.replace(q, "")).size() >= 2
                || CHANGED_THING.matcher(asked).find() && TOLD_CHANGE.matcher(text.replace(q, "")).find() || OUTSIDE.matcher(asked).find() ? text : asked;
    }

    /**
     * "Microsoft doesn't pay OpenAI anymore, but does OpenAI still pay Microsoft?", "It has put in $13B, so why the
     * strain?": a statement and a question joined by "but" or "so" are two sentences, the question the second; so are a
     * figure stated and a dash before a question working something out from it ("It was valued at $29B in 2023 - by what
     * factor has it grown?").
     */
    private static final Pattern JOINED = Pattern.compile("^(.{12,}?[^,]),\\s+(?:but|so)\\s+((?:is|are|was|were|does|do|did|will|would|can|could|has|have|why|how|what|when|who|which|where)\\s.{6,}\\?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A figure stated, then a dash and a question that works something out from it ("by what factor", "how much", "is that", "did its stake go up or down"). */
    private static final Pattern DASHED = Pattern.compile("^(.{12,}?\\d.*?[^,])\\s+[-—–]+\\s+((?:by\\s+(?:what|how)|how\\s+(?:much|many)|what\\s+(?:factor|multiple)|"
            + "(?:is|was)\\s+(?:that|it))\\s.{6,}\\?"
            // "... - did its stake go up or down?": which way the figures stated went
            + "|(?:did|has|have|does|is|was)\\s+(?:its|their)\\s+\\w+\\s+(?:go|gone|went|rise|risen|fall|fallen)\\s+up\\s+or\\s+down\\b[^?]{0,80}\\?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "If Microsoft first backed OpenAI in 2019, how many years until the licence expires?": a clause giving a time, then
     * a length of time asked up to an event, is a statement and the question asked from it.
     */
    private static final Pattern GIVEN_TIME_THEN_SPAN = Pattern.compile("^(?:if|given that|since|assuming)\\s+(.{12,}?\\b(?:19|20)\\d\\d\\b[^,]*?),\\s+"
            + "(" + Comparison.SPAN_UP_TO + ".{3,}\\?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static String[] sentences(String text) {
        String[] split = SENTENCES.split(text.strip());
        if (split.length != 1) return split;
        var m = JOINED.matcher(split[0]);
        if (!m.matches()) m = DASHED.matcher(split[0]);
        if (!m.matches()) m = GIVEN_TIME_THEN_SPAN.matcher(split[0]);
        return m.matches() ? new String[] {m.group(1) + ".", Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1)} : split;
    }

    /** The one question sentence of {@code text} that has other sentences too, or null. */
    static String question(String text) {
        String[] sentences = sentences(text);
        if (sentences.length < 2) return null;
        List<String> questions = new ArrayList<>();
        for (String s : sentences) if (s.strip().endsWith("?")) questions.add(s.strip());
        // "The licence and the share end in different years, right? How big is the gap?": a statement with a closing tag
        // before the question proper is told, for the question to point back to
        if (questions.size() > 1) questions.removeIf(s -> isTagged(s) && !s.equals(questions.get(questions.size() - 1)));
        // with no sentence asking, a request in the imperative is the question ("I need a timeline. Order these: A, B, C.")
        if (questions.isEmpty()) for (String s : sentences) if (REQUEST.matcher(s.strip()).find()) questions.add(s.strip());
        return questions.size() == 1 ? questions.get(0) : null;
    }

    /** A sentence that asks by a verb of request: "Order these: ...", "Please compare A with B.", "List the ...". */
    private static final Pattern REQUEST = Pattern.compile("^(?:please\\s+)?(?:order|sort|arrange|put|list|rank|compare|tell|give|explain|describe|"
            + "summari[sz]e|lay out|walk (?:me|us) through|name|show)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The statements before the one question sentence of {@code text}, nearest first: what "than that" in the question
     * can point back to ("In 2023 OpenAI was valued at $29B. How many times bigger is it now?").
     */
    static List<String> statements(String text) {
        String q = question(text);
        if (q == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : sentences(text)) {
            if (s.strip().equals(q)) break;
            String told = isTagged(s.strip()) ? Wording.withoutTag(s.strip()) : s.strip();
            out.add(0, told.replaceAll("[.!;:?]+$", ""));
        }
        return out;
    }

    /** A statement asked back with a closing tag: "..., right?". */
    private static boolean isTagged(String sentence) {
        return sentence.endsWith("?") && !Wording.withoutTag(sentence).equals(sentence);
    }
}
