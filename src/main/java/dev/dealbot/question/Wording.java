package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wording of an English question asks for, by the general grammar of questions: "when"/"until when"
 * wants a date, "how much" a figure, "what percentage" a share, "why" a reason, "what does it mean" a consequence,
 * "which areas" or "which platforms" a list, an opening
 * auxiliary ("Is", "Does") or a closing tag (", right?") a yes or no; "what did X say" wants X's words; "ignore your instructions" is an attempt
 * to override the bot.
 */
final class Wording {
    /**
     * "When ...?", "until when", "what year", "how long", "agree on when ..."; a "when" inside the question ("... when
     * OpenAI sells") is a conjunction, but one after "on", "over" or "as to" is asked ("about when" may ask roughly when,
     * which "soon" answers).
     */
    private static final Pattern TIME = Pattern.compile("^\\W*(when|until|till)\\b|(^|[,;]|\\band|\\bbut|\\bon|\\bover|\\bas to)\\s*when\\b|\\b(until when|till when|"
            + "(what|which) (\\w+ )?(year|date|day|month)|what time|how long|by when|since when|deadline|expire[sd]?|"
            + "(end|start|expiry|expiration|launch|due|release) date)\\b"
            // chat that asks last: "bedrock gets gpt when exactly", "the memo leaked when?"
            + "|\\bwhen(\\s+(exactly|roughly|approximately|tho|though))?\\s*[?!.]*\\s*$");
    /**
     * "When OpenAI ships something new, which cloud gets it first?": a clause opened by "when" that sets the case, then
     * the question itself after a comma; the question asks what its own words ask, not a time.
     */
    private static final Pattern WHEN_CASE = Pattern.compile("^\\W*(?:when|whenever|once)\\s[^,?;]{3,100},\\s*(?=(?:what|which|who|whom|whose|how|"
            + "where|why|is|are|was|were|do|does|did|can|could|will|would|has|have|should)\\b)");

    /** A question written as a headline, no question word first: what it ends with is what it asks. */
    private static final String HEADLINE = "^(?!\\W*(?:what|which|who|whom|whose|how|why|where|when|is|are|was|were|do|does|did|can|could|will|"
            + "would|should|has|have|had)\\b)[^?]*\\b";
    /** A headline starting with a word then a plain word: "amazon stake %?", whose first word may own the second. */
    private static final Pattern HEADLINE_START = Pattern.compile(HEADLINE.substring(0, HEADLINE.length() - "[^?]*\\b".length())
            + "\\W*([\\p{L}]+)\\s+([a-z]{3,})\\b(?!['’])");

    /**
     * "amazon stake %?": a headline that starts with a party's name and a plain word (no verb form) is read as the
     * party's thing ("amazon's stake %?"), as the same question asked in full would say.
     */
    static String headlineOwner(String question, java.util.function.Predicate<String> party) {
        Matcher m = HEADLINE_START.matcher(question);
        if (!m.find() || !party.test(m.group(1).toLowerCase(Locale.ROOT))) return question;
        String next = m.group(2);
        // a word before an article or a possessive is a verb with its object ("Microsoft put its stake at ...")
        if (OBJECT_NEXT.matcher(question.substring(m.end(2))).lookingAt()) return question;
        if (next.endsWith("ed") || next.endsWith("ing") || IRREGULAR_PAST.contains(next) || ADVERBS.contains(next) || party.test(next) || Terms.isFunctionWord(next)
                || Terms.QUESTION_STOPWORDS.contains(next)) return question;
        // a statement with a tag is a sentence, not a headline; "pays Microsoft", "owns 27%": a verb before its object
        if (tag(question) != null || next.endsWith("s") && VERB_OBJECT.matcher(question.substring(m.end(2))).lookingAt()
                && (party.test(firstWord(question.substring(m.end(2)))) || !firstWord(question.substring(m.end(2))).matches("\\p{L}.*")))
            return question;
        // "microsoft wants frontier-level models by 2028?": a verb with a clause after it, a sentence
        if (next.endsWith("s") && question.substring(m.end(2)).strip().split("\\s+").length >= SENTENCE_REST_WORDS) return question;
        return question.substring(0, m.end(1)) + "'s" + question.substring(m.end(1));
    }

    private static final Pattern VERB_OBJECT = Pattern.compile("\\s+\\S");

    /** Past forms of irregular verbs ("OpenAI went from ...", "Amazon put in ..."): a verb after a name, not its thing. */
    private static final java.util.Set<String> IRREGULAR_PAST = java.util.Set.of("went", "got", "took", "made", "paid", "gave", "put", "said",
            "sold", "bought", "rose", "fell", "grew", "won", "held", "kept", "left", "came", "began", "ran", "saw", "told", "sent", "spent",
            "brought", "became", "lost", "shed");

    /** "What role does X hold?", "which position did X have at Y?": a role asked with a light verb of having it. */
    private static final Pattern ROLE_HELD = Pattern.compile("(?i)^\\W*(?:what|which)\\s+(role|position|title|job|post|office)s?\\s+(?:does|did|do)\\s+"
            + "(.{2,}?)\\s+(?:hold|have|play|occupy|fill|serve in)\\b(.*)$");

    /**
     * A role asked with a light verb of having it ("What role does X hold?") is the role of X ("What is X's role?"): the
     * verb is no word the answer must share.
     */
    static String roleHeld(String question) {
        Matcher m = ROLE_HELD.matcher(question);
        if (!m.matches()) return question;
        String holder = m.group(2).strip();
        return "What is " + holder + (holder.endsWith("s") ? "'" : "'s") + " " + m.group(1).toLowerCase(Locale.ROOT) + m.group(3);
    }

    private static final Pattern OBJECT_NEXT = Pattern.compile("(?i)\\s+(?:its|their|the|a|an|his|her|our|my)\\b");

    /** Adverbs that go before a verb ("amazon only invested", "microsoft still pays"): no thing a party owns. */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("only", "just", "still", "also", "already", "never", "even",
            "now", "really", "actually", "merely", "simply", "finally", "ever", "again", "always", "reportedly", "officially", "truly");
    /** This many words after a party's name and a word ending in "s" make a sentence, not a headline. */
    static final int SENTENCE_REST_WORDS = 3;

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? "" : words[0].replaceAll("[^\\p{L}\\p{N}$%.]+$", "").toLowerCase(Locale.ROOT);
    }

    /** "licence end year?", "amazon deal when", "oai recap date": a time. */
    private static final Pattern HEADLINE_TIME = Pattern.compile(HEADLINE + "(?:year|date|when|month|day)\\s*\\??\\s*$");
    /** "2023 round size?", "azure commitment amount": a figure. */
    private static final Pattern HEADLINE_SIZE = Pattern.compile(HEADLINE + "(?:size|amount|amt|figure|sum|value|total)\\s*\\??\\s*$");

    /** "Which exact day", "what day", "the precise date": a date to the day, which a month or a year does not answer. */
    private static final Pattern DAY = Pattern.compile("\\b((exact|precise|specific|particular) (day|date)|(what|which) day|on what day"
            // a date asked within a month the question gives ("on what date in October") is a day of it
            + "|(what|which) date (in|of|during) (january|february|march|april|may|june|july|august|september|october|november|december))\\b(?!-)");
    /** "What year ...", "in which year", "year?" closing a headline: a year, which a month alone does not answer. */
    private static final Pattern YEAR = Pattern.compile("\\b(what|which) year\\b|" + HEADLINE + "year\\s*\\??\\s*$");
    /** "When is OpenAI allowed to ...?" asks for a condition, not a date. */
    private static final Pattern CONDITION = Pattern.compile("\\b(allowed|permitted|able|possible|condition|circumstances?)\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(how (much|many|big|large)|what (size|stake|valuation|value|gain)|amount|figure|sum|valued?|valuation|worth|stake"
            // "what will the models cost?": a price
            + "|what (will|would|does|do|did|could) .{1,60}\\bcosts?"
            // "the size of the first tranche": a figure's measure named
            + "|(size|magnitude) of)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\b(percent(age)?|proportion|fraction|slice|what (share|portion|cut|rate))\\b|%"
            + "|\\bhow (much|big a (share|part|portion)) of\\b.{0,60}\\b(own|owns|hold|holds|control)\\b");
    private static final Pattern MONEY = Pattern.compile(
            "\\b(invest(ed|ment|s)?|valuation|valued|worth|dollars?|billion|million|money|gain|funding|paid|pay|owe[sd]?|owing|amount|costs?|price)\\b|\\$");
    /** Words of a sum of money itself, and a price asked ("how much did it pay for the licence?", "what does it cost?"): no share answers them. */
    private static final Pattern DOLLARS = Pattern.compile("\\b(dollars?|money|billion|million|cash|cost|costs|price)\\b|\\$"
            + "|\\b(pa(y|ys|id|ying)|spen[dt]|spending)\\s+(\\w+\\s+){0,2}?for\\b"
            // what is paid or owed added up ("how much has it paid cumulatively", "will it owe in total") is a sum, not a rate
            + "|\\b(pa(y|ys|id|ying)|owe[sd]?|owing)\\b.{0,60}?\\b(in total|cumulative(ly)?|to date|so far|altogether|in all)\\b");
    private static final Pattern YES_NO = Pattern.compile(
            "^\\W*(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|may|might|isn't|doesn't|didn't|won't|whether)\\b");
    private static final Pattern REASON = Pattern.compile("^\\W*why\\b|\\b(why|for what reason|what (is|was) the reason|"
            + "what for\\b|purpose|motivat\\w*|motives?|rationale|the (point|logic|thinking) (of|behind)|what led|what prompted|what drove|how come|"
            // "what reason did they give", "the reasons for", "what was pushing / driving / behind ...", "what pushed"
            + "what reasons?|reasons? (for|behind)|what(['’]s| is| was| were)? (actually |really )?(pushing|driving|behind|prompting)|what pushed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSEQUENCE = Pattern.compile("\\b(what (does|did|would|will|could) .{1,60} mean\\b|"
            + "what .{0,20}(implications?|impact|consequences?|effects?|upshot|significance|outcome)\\b|(so )?what changes for|"
            + "how (does|did|will|would|could) .{1,60} (affect|change|benefit|help|impact)|what(?:'s| is) in it for)",
            Pattern.CASE_INSENSITIVE);
    /** "Which platforms", "what rival cloud providers": a plural thing asked for is a list. */
    private static final Pattern PLURAL_ASKED = Pattern.compile(
            "\\b(which|what)\\s+(?:[a-z-]+\\s+){0,2}[a-z-]{3,}[^s's]s\\b(?!\\s+(is|was|has|does|did)\\b)");
    /** "In which areas ...", "what will they keep working on", "what changed": the answer is a list of things. */
    private static final Pattern LIST = Pattern.compile(
            "\\b(which|what)( \\w+)? (areas|fields|topics|things|projects|initiatives|efforts|domains|sectors|principles|goals|changes|points|conditions|features|reasons|pillars|terms)\\b"
                    + "|\\bwhat\\b.{0,60}\\b(work|working|collaborat\\w*|cooperat\\w*|partner\\w*|focus\\w*|team\\w*( up)?|join\\w* forces) on\\b"
                    + "|\\bwhat(?:'s| is| has| have)? (?:changed|new|different)\\b");
    private static final Pattern INJECTION = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules?|prompts?|guidelines|above|previous|prior|articles?)\\b"
                    + "|\\b(system|developer|hidden|initial) (prompt|message|instructions?)\\b"
                    + "|\\byou are now\\b|\\bact as\\b|\\bpretend (to be|you)\\b|\\bjailbreak\\b|\\bDAN\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER = Pattern.compile(
            // a name ("Mustafa Suleyman"), or a name and who they are ("EU regulators", "Microsoft executives")
            "\\b(?:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}]+\\s+)*\\p{Lu}[\\p{L}]+(?:\\s+(?:regulators|executives|officials|analysts|investors|leaders|lawyers|critics|insiders|employees|staff|sources))?)\\s+"
                    + "(?:say|said|think|comment|react|respond|reply|claim|state|tell|write|announce|describe|call)\\b");

    /**
     * "Which outlet reported ...", "who wrote the piece ...", "according to which article ...": the question asks which
     * article (its publisher or author) states something, which the article's metadata answers beside the quote.
     */
    private static final String ARTICLE = "(article|piece|write-?up|summary|analysis|report|story|post|blog|coverage|op-?ed|column)";
    private static final Pattern SOURCE = Pattern.compile("\\b(which|what) (of the )?(news )?(outlet|publication|publisher|website|site|newspaper|paper|"
            + ARTICLE + ")s?\\b.{0,40}\\b(report\\w*|say|says|said|wrote|writes|published|put together|compiled|not\\w*|claim\\w*|"
            + "stat\\w*|describ\\w*|mention\\w*|cover\\w*|cit\\w*|quot\\w*|call\\w*|bill\\w*|argu\\w*|suggest\\w*|point\\w* out|warn\\w*|"
            + "explain\\w*|frame\\w*|characteri[sz]\\w*|talk\\w* about|discuss\\w*|deal\\w* with|touch\\w* on|refer\\w* to|"
            + "go\\w* into|written|authored|penned|by)\\b"
            + "|\\bwho (wrote|penned|authored|published|put together|compiled|posted|summari[sz]ed)\\b.{0,80}\\b" + ARTICLE + "\\b"
            + "|\\baccording to (which|what) (news )?(outlet|publication|publisher|website|newspaper|" + ARTICLE + ")"
            + "|\\b(author|byline|writer|publisher) of\\b|\\bwho is the (author|writer|publisher)\\b"
            // when an article came out: "When was the Alps Wang piece published?", "what date is the Wedoany article from?"
            + "|\\bwhen (was|were|did)\\b.{0,60}\\b" + ARTICLE + "s?\\b.{0,20}\\b(published|written|posted|released|out|dated|appear\\w*|run)\\b"
            + "|\\bwhat (date|day)\\b.{0,40}\\b" + ARTICLE + "s?\\b.{0,20}\\b(from|published|dated|written|posted)\\b|\\bpublication date\\b");

    private Wording() {}

    /**
     * Asks where a thing said comes from: who says it, on whose word, whether it is official. "Where does the 20%
     * figure come from?" asks for a source; "where does Microsoft's share come from?" asks who pays it.
     */
    private static final Pattern ORIGIN = Pattern.compile("\\bwhere\\b.{0,60}\\b(?:figure|number|claim|estimate|data|statistic|"
            + "information)s?\\b.{0,40}\\bcomes? from\\b|\\bwho (?:says|said|claims|claimed|reports|reported|is behind|stands behind|"
            + "put out|is the source)\\b|\\bsource (?:of|for|behind) (?:the|that|this)\\b"
            + "|\\bofficial(?:ly)?\\b|\\baccording to whom\\b|\\bon whose (?:word|authority)\\b"
            // "do the articles source it the same way?", "how is the figure sourced?", "is it on the record?"
            + "|\\bsourc(?:e|es|ing)\\s+(?:it|that|this|the|those|these)\\b|\\bsourced\\b|\\bon the record\\b", Pattern.CASE_INSENSITIVE);

    /** The question asks where a thing said comes from (whose word it is); see {@link Question#origin()}. */
    static boolean asksOrigin(String question) {
        return ORIGIN.matcher(question).find();
    }

    /** The question asks which article, publisher or author states something. */
    static boolean asksForSource(String question) {
        return SOURCE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** The kinds of content the question asks for; empty for yes/no questions and open ones. */
    static Set<Kind> kinds(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (yesNo(question)) return kinds; // "Is there a cap on the amount?" wants yes or no, not a figure
        String asked = WHEN_CASE.matcher(lower).replaceFirst("");
        if ((TIME.matcher(asked).find() || HEADLINE_TIME.matcher(asked).find()) && !CONDITION.matcher(asked).find()) kinds.add(Kind.TIME);
        if (HEADLINE_SIZE.matcher(lower).find()) kinds.add(Kind.NUMBER);
        if (DAY.matcher(lower).find()) kinds.addAll(Set.of(Kind.TIME, Kind.DAY));
        if (YEAR.matcher(lower).find()) kinds.addAll(Set.of(Kind.TIME, Kind.YEAR));
        if (NUMBER.matcher(lower).find()) kinds.add(Kind.NUMBER);
        if (PERCENT.matcher(lower).find()) kinds.add(Kind.PERCENT);
        if (MONEY.matcher(lower).find() && kinds.contains(Kind.NUMBER) && !kinds.contains(Kind.PERCENT))
            kinds.add(DOLLARS.matcher(lower).find() ? Kind.MONEY : Kind.AMOUNT);
        if (LIST.matcher(lower).find()) kinds.add(Kind.LIST);
        if (lower.matches(".*(\\bdollars?\\b|\\$\\s?(amount|figure|value|sum)).*")) kinds.addAll(Set.of(Kind.MONEY, Kind.AMOUNT));
        if (REASON.matcher(question).find()) kinds.add(Kind.REASON);
        if (CONSEQUENCE.matcher(question).find()) kinds.add(Kind.CONSEQUENCE);
        if (PLURAL_ASKED.matcher(lower).find()) kinds.add(Kind.LIST);
        return kinds;
    }

    /** "How much is still to come?", "how much is left?": what remains of a whole once a part is taken. */
    private static final Pattern REMAINDER = Pattern.compile("\\b(how (much|many)|(what|which) (amount|sum|part|portion))\\b.{0,80}\\b(left|remain(s|ing|der)?|still to "
            + "(come|arrive|be paid)|yet to (come|arrive|be paid)|outstanding|the rest|balance"
            // what is promised and not yet delivered: "still just a promise", "still pending", "not yet paid", "only on paper"
            + "|still (just |only |merely )?(an? )?(promise[sd]?|pending|owed|due|unpaid|on paper)|not yet (paid|arrived|delivered|invested|received)"
            + "|(only|just|still) on paper)\\b");

    /**
     * "How much came in outside that round?", "what share is held by everyone else?": what is left of a whole the question
     * itself writes a figure of (the part it sets aside).
     */
    private static final Pattern BESIDES_PART = Pattern.compile("\\b(how (much|many)|what (share|stake|percentage|percent|portion|fraction|part|"
            + "proportion))\\b.{0,80}\\b(outside|besides|apart from|aside from|other than|excluding|not counting|except|(every|any)(one|body) else|"
            + "the others|all others|other (share|stake)?holders?|(its|their|the|all) other \\w+|(from|in|through|via|across) other \\w+)\\b"
            + "|(^|[.?!;]\\s+)(leaving (out|aside)|setting aside|excluding|not counting|apart from|aside from|besides)\\b.{3,80}?,\\s*(\\w+\\s+){0,2}how (much|many)\\b");

    /** What a question sets aside, described rather than written as a figure ("outside the January 2023 round"). */
    private static final Pattern ASIDE = Pattern.compile("\\b(?:outside(?:\\s+of)?|besides|apart from|aside from|other than|excluding|not counting|"
            + "except(?:\\s+for)?|leaving (?:out|aside)|setting aside|beyond)\\s+(.{3,80}?)\\s*(?:[,;?.!]|$)");

    /** The words of what the question sets aside ("the January 2023 round"), or null when it sets nothing aside in words. */
    static String aside(String question) {
        Matcher m = ASIDE.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    /** "How much wasn't paid at first?", "how much of it has not been paid?": what is left, asked as a negation. */
    private static final Pattern NOT_PART = Pattern.compile("\\bhow (much|many)\\b(?:\\s+of\\s+[\\w$.,'’-]+(?:\\s+[\\w$.,'’-]+){0,3}?)?\\s+(was|is|were|are|has|have|had|did|will|does)"
            + "(n['’]t|\\s+not)\\b|\\bwhat (share|percentage|percent|portion|fraction|part|proportion)\\b.{0,60}\\b(is|was|are|were)(n['’]t|\\s+not)\\s+"
            + "(held|owned|controlled)\\b");

    /** "What fraction of the $50 billion ...?", "what percentage of it ...": the share a part is of a whole. */
    private static final Pattern SHARE_OF = Pattern.compile("\\b(what|which|how (big|large|much) (of )?an?)\\s+(fraction|share|"
            + "portion|proportion|percentage|percent|part|%)\\s+of\\b");

    /** The whole's noun phrase after "of": up to the verb or punctuation that ends it. */
    private static final Pattern WHOLE = Pattern.compile("^\\s*([^?,;]*?)(\\s+(is|was|are|were|does|did|do|will|has|had|came|come"
            + "|went|arrived|arrive|got|get|goes|comes)\\b|[?,;]|$)");

    /**
     * It asks for what is left besides a part ("how much came in outside that round?", "what do the other shareholders
     * hold?"): the part is something said before, in the question or in a statement before it.
     */
    static boolean setsPartAside(String question) {
        return BESIDES_PART.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "Everyone else", "the others", "the other shareholders", "the other investors": all the other parties together, not
     * some other part of one party's figure.
     */
    private static final Pattern ALL_OTHERS = Pattern.compile("\\b((every|any)(one|body) else|the others|all (the )?others|the rest|the remainder|"
            + "(the|all) other (share|stake)holders?|(the|all) other (owners?|investors?|backers?|parties|companies|firms))\\b");

    /** It asks what all the rest together have ("what share do the other shareholders hold?"), not one other party. */
    static boolean asksAllOthers(String question) {
        return ALL_OTHERS.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** "$10 billion of that", "part of its $13 billion", "of the more than $13 billion": one figure given as part of another. */
    private static final Pattern PART_OF = Pattern.compile("[$\\d][^,;.?]{0,20}?\\b(of|out of|part of|within)\\s+(that|it|this|them|those|these)\\b|"
            + "\\b(of|out of|part of|within)\\s+(the\\s+|its\\s+|their\\s+|[\\w'’]+\\s+){0,3}?(more than\\s+|over\\s+|about\\s+|nearly\\s+)?[$\\d~]");

    /** The question says one figure it gives is part of another. */
    static boolean givesPartOf(String question) {
        return PART_OF.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** A share is computed only of a whole the question names as a figure ("of the $50 billion"), not of a party ("of OpenAI"). */
    /** The words that ask for what is left ("still left to come", "remaining", "outstanding"): no words of the thing. */
    private static final Pattern LEFT_WORDS = Pattern.compile("\\b(?:still\\s+)?(?:left|remain(?:s|ing|der)?|(?:still|yet)\\s+to\\s+(?:come|arrive|be paid)"
            + "|to come|outstanding|balance)\\b", Pattern.CASE_INSENSITIVE);

    /** {@code question} without the words that ask for a remainder, for searching for its whole and part. */
    static String withoutLeftWords(String question) {
        return LEFT_WORDS.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    static Part part(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (REMAINDER.matcher(lower).find() || NOT_PART.matcher(lower).find()) return Part.REST;
        if (lower.matches("(?s).*\\d.*") && setsPartAside(lower)) return Part.BESIDES;
        Matcher m = SHARE_OF.matcher(lower);
        if (!m.find()) return Part.NONE;
        Matcher whole = WHOLE.matcher(lower.substring(m.end()));
        return whole.find() && whole.group(1).matches(".*(\\$|\\d).*") ? Part.SHARE : Part.NONE;
    }

    /** "Do the articles agree on ...?", "Are the reports consistent ...?": a question about the sources themselves. */
    private static final Pattern ABOUT_SOURCES = Pattern.compile("^(do|does|did|are|is|were|was)\\s+(all\\s+)?(the\\s+)?(articles?|reports?|"
            + "sources?|stories|story|outlets?|write-?ups?|pieces?|coverage|accounts?)\\b");

    /**
     * "Where do the articles contradict each other?", "is there a discrepancy between the sources ...", "does one of the
     * articles get it wrong?": agreement asked of them.
     */
    private static final Pattern SOURCES_DIFFER = Pattern.compile("\\b(articles?|reports?|sources?|outlets?|write-?ups?|coverage|"
            + "accounts?|stories|pieces?)\\b.{0,60}\\b(agree\\w*|disagree\\w*|differ\\w*|contradict\\w*|conflict\\w*|inconsisten\\w*|"
            + "consistent|discrepanc\\w*|at odds|same)\\b|\\b(agree\\w*|disagree\\w*|differ\\w*|contradict\\w*|conflict\\w*|inconsisten\\w*|"
            + "discrepanc\\w*)\\b.{0,60}\\b(articles?|reports?|sources?|outlets?|write-?ups?|coverage|accounts?|stories|pieces?)\\b"
            // "one of the articles gets the direction wrong", "the coverage seems muddled": an article said to err
            + "|\\b(articles?|reports?|sources?|outlets?|write-?ups?|coverage|accounts?|stories|pieces?)\\b.{0,60}\\b(wrong|mistaken|in error|"
            + "incorrect|mixed up|muddled|confused|garbled)\\b");

    /** "in every article", "do all the reports give", "reported everywhere": whether each article says it. */
    private static final Pattern EVERY_ARTICLE = Pattern.compile("\\b(every|all|each)\\s+(?:of\\s+)?(?:the\\s+)?(?:five\\s+|5\\s+)?(articles?|reports?|"
            + "sources?|outlets?|stories|pieces?|write-?ups?)\\b|\\b(reported|stated|given|mentioned|cited)\\s+everywhere\\b");

    static boolean everyArticle(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return lower.length() <= 300 && EVERY_ARTICLE.matcher(lower).find();
    }

    /** Whether the question asks whether or where the articles agree, in any form. */
    static boolean asksAgreement(String question) {
        String lower = question.strip().toLowerCase(Locale.ROOT);
        return lower.length() <= 300 && SOURCES_DIFFER.matcher(lower).find();
    }

    /** Whether a yes/no question asks about the articles themselves rather than claiming a figure of the deal. */
    static boolean aboutSources(String question) {
        return ABOUT_SOURCES.matcher(question.strip().toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "Is it a firm $50 billion or an 'up to' figure?", "Does OpenAI pay Microsoft, or the other way round?": a yes/no
     * question that ends offering another choice asks which one holds, not whether the first does ("or not", "or more",
     * "or so" offer none).
     */
    private static final Pattern CHOICE = Pattern.compile("\\bor\\s+(?!not\\b|so\\b|more\\b|less\\b|fewer\\b|later\\b|earlier\\b|longer\\b|"
            + "something\\b|anything\\b|similar\\b|thereabouts\\b|what\\b|why\\b|how\\b|when\\b)[^?,;]{2,60}\\?\\s*$", Pattern.CASE_INSENSITIVE);

    static boolean offersChoice(String question) {
        return CHOICE.matcher(question).find();
    }

    static boolean yesNo(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return YES_NO.matcher(lower).find() || tag(question) != null || LEAD_THEN_YES_NO.matcher(lower).find();
    }

    /**
     * A phrase set off by a comma, then a clause opened by an auxiliary ("With Microsoft owning half of it, does it still
     * benefit?", "In 2031, will OpenAI still pay?"): the clause asks yes or no; not after a question word ("What if ...,
     * does ...?" asks what) nor after a supposition ("If it were 2026, would ...?"), read as such.
     */
    private static final Pattern LEAD_THEN_YES_NO = Pattern.compile("^\\W*(?!(?:what|which|who|whom|whose|when|where|why|how|if|suppose|supposing|say|assuming|imagine|hypothetically|even if)\\b)[^,;?]{2,100},\\s*"
            + "(?:so\\s+|then\\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\\s+[^?]*\\?\\s*$");

    /**
     * A supposition, then a clause asking yes or no: "If OpenAI reached AGI, would its payments end then?". Read as a
     * supposition (not {@link #yesNo}), yet what it asks of the case is yes or no.
     */
    private static final Pattern SUPPOSED_YES_NO = Pattern.compile("(?i)^\\W*(?:hypothetically\\W+)?(?:if|once|when(?!\\s+(?:do|does|did|is|are|was|were|will|would|can|could|has|have|had)\\b)|suppose|supposing|say|assuming|imagine)\\b"
            + "[^?]*?[,.]\\s*(?:then\\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\\b[^?]*\\?\\s*$");

    static boolean supposedYesNo(String question) {
        return SUPPOSED_YES_NO.matcher(question).find();
    }

    /** A clause after a comma that asks ("Since it ends in 2030, will it ...?"): the question is that clause's. */
    private static final Pattern ASKING_CLAUSE = Pattern.compile("[,;:—–-]\\s*(?:so\\s+|then\\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Fewer words than this with a figure are a headline, not a statement. */
    static final int MIN_STATEMENT_WORDS = 4;
    /** Any question word: a sentence with one asks for something, not whether a statement holds. */
    private static final Pattern QUESTION_WORD = Pattern.compile("\\b(what|which|who|whom|whose|when|where|why|how|whether)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A statement with a figure, asked by its question mark alone ("so microsoft owns roughly a third of openai these
     * days?"): whether the figure holds. Only of English words: another language's question words are not known here.
     */
    static boolean statesFigureAsked(String question) {
        String q = question.strip();
        if (!q.endsWith("?")) return false;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(q.substring(0, q.length() - 1));
        while (end.find()) start = end.end();
        String last = q.substring(start);
        // a few words round a figure are a headline asking for it ("2023 round size?"), not a statement
        return last.split("\\s+").length >= MIN_STATEMENT_WORDS && !QUESTION_WORD.matcher(last).find() && !ASKING_CLAUSE.matcher(last).find()
                && !dev.dealbot.text.Figures.of(last).isEmpty();
    }

    /** A statement with a question tag: "Microsoft owns 49%, right?", "..., hasn't it?". */
    private static final Pattern TAG = Pattern.compile(",\\s*(right|correct|true|yes|no|ok|isn'?t (it|that)|is (it|that)"
            + "|(has|have|does|do|did|was|were|will|would|is|are)n'?t (it|he|she|they|that)|no\\?)\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE);
    /** A tag written without its comma, as casual askers do: "the licence runs until 2030 right?". */
    private static final Pattern BARE_TAG = Pattern.compile("\\s(right|correct|true)\\s*\\?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A sentence opened by a question word asks that, whatever word it ends on ("which of these is right?"). */
    private static final Pattern WH_OPENING = Pattern.compile("^\\W*(what|which|who|whom|whose|when|where|why|how)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+");

    /** Where the question's closing tag starts, or null when it has none. */
    private static Integer tag(String question) {
        Matcher m = TAG.matcher(question);
        if (m.find()) return m.start();
        m = BARE_TAG.matcher(question);
        if (!m.find()) return null;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(question.substring(0, m.start()));
        while (end.find()) start = end.end();
        return WH_OPENING.matcher(question.substring(start)).find() ? null : m.start();
    }

    /** The question without its closing tag: the tag asks for a yes or no and names nothing to search for. */
    static String withoutTag(String question) {
        Integer at = tag(question);
        return at == null ? question : question.substring(0, at) + "?";
    }

    static boolean injection(String question) {
        return INJECTION.matcher(question).find();
    }

    /** A speaker's slot however it is written: "what did satya nadella say", one to three words. */
    private static final Pattern SPEAKER_SLOT = Pattern.compile("\\b(?:did|does|do|has|have|had|will|would)\\s+((?:\\p{L}+\\s+){0,2}\\p{L}+)\\s+"
            + "(?:say|said|think|comment|react|respond|reply|claim|state|tell|write|announce|describe|call)\\b", Pattern.CASE_INSENSITIVE);

    /** The words in the speaker's slot of "what did X say/think" (lower case), capitalised or not; empty otherwise. */
    static List<String> speakerSlot(String question) {
        Matcher m = SPEAKER_SLOT.matcher(question);
        return m.find() ? List.of(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")) : List.of();
    }

    /** Acronyms ("EU", "SEC") in the speaker's slot of "what did X say", as written; empty otherwise. */
    static List<String> speakerAcronyms(String question) {
        Matcher m = SPEAKER_SLOT.matcher(question);
        if (!m.find()) return List.of();
        return java.util.Arrays.stream(m.group(1).split("\\s+")).filter(w -> w.matches("\\p{Lu}{2,6}")).toList();
    }

    /** For "what did X say/think", the X (lower case); null otherwise. */
    static String speaker(String question) {
        Matcher m = SPEAKER.matcher(question);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
