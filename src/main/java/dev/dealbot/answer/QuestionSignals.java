package dev.dealbot.answer;

import dev.dealbot.helper.EditDistance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wording of a question tells the extractive answerer: the kind of answer it wants, the numbers and
 * names the evidence must contain, who is quoted, and whether it is an attempt to override instructions.
 *
 * @param names lower-cased names the articles know (e.g. "google"), which the answer must mention
 * @param parties lower-cased known names in the order the question mentions them ("openai", "microsoft" in
 *     "How much does OpenAI pay Microsoft?"), distinctive or not: who does what to whom
 * @param unknownNames names the articles never mention: the question cannot be answered
 * @param speaker for "what did X say/think", the X whose words the answer must report
 * @param measured for "how many X" or "the amount of X", the X: the answer must be about it
 */
record QuestionSignals(Set<Kind> kinds, Set<String> numbers, List<String> names, List<String> parties,
        List<String> unknownNames, String speaker, String measured, boolean injection) {

    /** MONEY: a sum in dollars; AMOUNT: a sum or a share ("how much does OpenAI pay?" -> "20%"). */
    enum Kind { TIME, NUMBER, PERCENT, MONEY, AMOUNT, LIST }

    private static final Pattern TIME = Pattern.compile(
            "\\b(when|until|till|through|what (year|date|day|month|time)|how long|by when|since when|which year|deadline|expire)\\b");
    /** "When is OpenAI allowed to ...?" asks for a condition, not a date. */
    private static final Pattern CONDITION = Pattern.compile("\\b(allowed|permitted|able|possible|condition|circumstances?)\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(how (much|many|big|large)|what (size|stake|valuation|value|gain)|amount|figure|sum|valued?|valuation|worth|stake)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\b(percent(age)?|proportion|fraction|slice|what (share|portion|cut|rate))\\b|%"
            + "|\\bhow (much|big a (share|part|portion)) of\\b.{0,60}\\b(own|owns|hold|holds|control)\\b");
    private static final Pattern MONEY = Pattern.compile(
            "\\b(invest(ed|ment|s)?|valuation|valued|worth|dollars?|billion|million|money|gain|funding|paid|pay|amount)\\b|\\$");
    private static final Pattern YES_NO = Pattern.compile(
            "^\\W*(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|may|might)\\b");
    /** "In which areas ...", "what will they keep working on": the answer is a list of things. */
    private static final Pattern LIST = Pattern.compile(
            "\\b(which|what)( \\w+)? (areas|fields|topics|things|projects|initiatives|efforts|domains|sectors|principles|goals|changes|points|conditions|features|reasons|pillars)\\b"
                    + "|\\bwhat\\b.{0,60}\\b(work|working|collaborat\\w*|cooperat\\w*|partner\\w*|focus\\w*) on\\b"
                    + "|\\bwhat(?:'s| is| has| have)? (?:changed|new|different)\\b");
    private static final Pattern DOLLARS = Pattern.compile("\\b(dollars?|money|billion|million|cash|amount)\\b|\\$");
    private static final Pattern INJECTION = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules?|prompts?|guidelines|above|previous|prior)\\b"
                    + "|\\b(system|developer|hidden|initial) (prompt|message|instructions?)\\b"
                    + "|\\byou are now\\b|\\bact as\\b|\\bpretend (to be|you)\\b|\\bjailbreak\\b|\\bDAN\\b",
            Pattern.CASE_INSENSITIVE);
    /** The thing a figure is asked for: "how many employees", "the amount of the cap". */
    private static final Pattern MEASURED = Pattern.compile(
            "\\bhow (?:many|much) ([\\p{L}]{3,})|\\b(?:amount|size|value|level|figure|sum|number) of (?:the |an? )?"
                    + "((?:[\\p{L}'’-]+ ){0,3}?[\\p{L}-]{3,})(?= (?:on|of|for|to|from|in|by|that|which|paid|between)\\b|[?,.]|$)");
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:did|does|do|has|have|had|will|would)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)*)\\s+"
                    + "(?:say|said|think|comment|react|respond|reply|claim|state|tell|write|announce)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]*(?:[-'’][\\p{L}]+)*");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "when", "where", "who", "whom", "whose", "which",
            "why", "how", "is", "are", "was", "were", "does", "did", "do", "can", "could", "will", "would", "should",
            "has", "have", "had", "tell", "please", "and", "or", "the", "a", "an", "in", "on", "i", "according", "give",
            "list", "explain", "describe", "summarize", "summarise", "name", "show", "any", "if", "under", "after",
            "before", "since", "as", "so", "ok", "okay", "also", "then", "for", "to", "by", "ai", "ip", "ceo");
    /** Names an article may use for one another. */
    private static final Map<String, Set<String>> ALIASES = Map.of("aws", Set.of("amazon"), "amazon", Set.of("aws"),
            "agi", Set.of("artificial general intelligence", "general artificial intelligence"));

    static QuestionSignals of(String question, SentenceTable table) {
        String lower = question.toLowerCase(Locale.ROOT);
        var kinds = EnumSet.noneOf(Kind.class);
        if (TIME.matcher(lower).find() && !CONDITION.matcher(lower).find()) kinds.add(Kind.TIME);
        if (NUMBER.matcher(lower).find()) kinds.add(Kind.NUMBER);
        if (PERCENT.matcher(lower).find()) kinds.add(Kind.PERCENT);
        if (MONEY.matcher(lower).find() && kinds.contains(Kind.NUMBER) && !kinds.contains(Kind.PERCENT))
            kinds.add(DOLLARS.matcher(lower).find() ? Kind.MONEY : Kind.AMOUNT);
        if (LIST.matcher(lower).find()) kinds.add(Kind.LIST);
        if (YES_NO.matcher(lower).find()) kinds.clear(); // "Is there a cap on the amount?" wants yes or no, not a figure
        List<String> names = new ArrayList<>(), parties = new ArrayList<>(), unknown = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(question);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replaceAll("[’'].*$", "");
            if (QUESTION_WORDS.contains(word) || word.length() < 3) continue; // "MS", "AI": too short to judge
            // the deal's two parties (names in most sentences): their order says who pays or licenses whom
            if (table.hasWord(word) && !table.isDistinctive(word) && !parties.contains(word)) parties.add(word);
            if (startsSentence(question, m.start())) continue; // "Roughly ...", "Apart from ..." are not names
            if (table.hasWord(word) || word.contains("-") && java.util.Arrays.stream(word.split("-")).allMatch(table::hasWord)) {
                if (table.isDistinctive(word)) names.add(word);
            } else if (!nearKnownWord(word, table)) {
                unknown.add(m.group());
            }
        }
        Matcher measured = MEASURED.matcher(lower);
        Matcher speaker = SPEAKER.matcher(question);
        return new QuestionSignals(kinds, SentenceTable.numbers(question), names, parties, unknown,
                speaker.find() ? speaker.group(1).toLowerCase(Locale.ROOT) : null,
                measured.find() ? headNoun(measured.group(1) != null ? measured.group(1) : measured.group(2)) : null,
                INJECTION.matcher(question).find());
    }

    /** The last word of a noun phrase: "revenue share cap" is about the cap. */
    private static String headNoun(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        return words[words.length - 1];
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".?!:".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean nearKnownWord(String word, SentenceTable table) {
        int budget = word.length() <= 5 ? 0 : word.length() <= 8 ? 1 : 2; // "World" is not a typo of "would"
        if (budget == 0) return false;
        for (String known : table.surfaceWords()) {
            if (Math.abs(known.length() - word.length()) <= budget && EditDistance.within(word, known, budget)) return true;
        }
        return false;
    }

    /** The same signals, asking for one more kind of content. */
    QuestionSignals withKind(Kind kind) {
        var more = EnumSet.noneOf(Kind.class);
        more.addAll(kinds);
        more.add(kind);
        return new QuestionSignals(more, numbers, names, parties, unknownNames, speaker, measured, injection);
    }

    /** Whether a sentence (with its context) has every kind of content this question asks for. */
    boolean satisfiedBy(SentenceTable.Entry e) {
        return e.kinds().containsAll(kinds);
    }

    /** The kinds of answer {@code text} can give; computed once per sentence, not per question. */
    static Set<Kind> kindsOf(String text, Set<String> numbersInText) {
        var out = EnumSet.noneOf(Kind.class);
        if (DATE.matcher(text).find()) out.add(Kind.TIME);
        if (!numbersInText.isEmpty()) out.add(Kind.NUMBER);
        if (PERCENTAGE.matcher(text).find()) out.add(Kind.PERCENT);
        if (text.contains("$") || MONEY_AMOUNT.matcher(text).find()) out.add(Kind.MONEY);
        if (out.contains(Kind.MONEY) || out.contains(Kind.PERCENT)) out.add(Kind.AMOUNT);
        if (ENUMERATION.matcher(text).find()) out.add(Kind.LIST);
        return out;
    }

    /** Whether {@code sentenceNames} mention two of the question's parties the other way round. */
    boolean reversesParties(List<String> sentenceNames) {
        if (parties.size() < 2) return false;
        List<String> shared = sentenceNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(parties::contains).toList();
        for (int i = 0; i + 1 < shared.size(); i++)
            if (parties.indexOf(shared.get(i)) > parties.indexOf(shared.get(i + 1))) return true;
        return false;
    }

    /** Every number the question names occurs in the text. */
    boolean numbersIn(Set<String> numbersInText) {
        return numbersInText.containsAll(numbers);
    }

    /** The text mentions every distinctive name of the question (or an alias), and reports the speaker's words. */
    boolean mentionsNamesIn(String text) {
        if (names.isEmpty() && speaker == null) return true;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (!containsWord(lower, name) && ALIASES.getOrDefault(name, Set.of()).stream().noneMatch(a -> containsWord(lower, a)))
                return false;
        }
        return speaker == null || containsWord(lower, speaker) && SPEECH.matcher(lower).find();
    }

    /** Whole-word containment without a regex per call: this runs for every candidate sentence. */
    private static boolean containsWord(String lowerText, String word) {
        for (int i = lowerText.indexOf(word); i >= 0; i = lowerText.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1));
            boolean endOk = end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }

    /** "A, B, and C" or "including ...". */
    private static final Pattern ENUMERATION = Pattern.compile("[^,.]+,[^,.]+,\\s*(and|or)\\s|\\b(including|such as)\\b");
    private static final Pattern PERCENTAGE = Pattern.compile("\\d\\s*(%|percent\\b)");
    private static final Pattern MONEY_AMOUNT = Pattern.compile("\\b(billion|million)\\b");
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|say|stated|states|told|tells|expressed|announced|noted|emphasi[sz]ed|acknowledged|wrote|memo|statement|according to|indicat\\w*|confirmed|described)\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b(1[89]\\d\\d|20\\d\\d|January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|quarter)\\b");
}
