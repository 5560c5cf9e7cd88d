package dev.dealbot.answer;

import dev.dealbot.helper.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wording of a question tells the extractive answerer: the kind of answer it wants, numbers and
 * names that must occur in the evidence, and whether it is an attempt to override instructions.
 */
record QuestionSignals(Set<Kind> kinds, Set<String> numbers, List<String> unknownNames, String measured,
        boolean injection) {

    enum Kind { TIME, NUMBER, PERCENT, MONEY }

    private static final Pattern TIME = Pattern.compile(
            "\\b(when|until|till|through|what (year|date|day|month|time)|how long|by when|since when|which year|deadline|expire)\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(how (much|many|big|large)|what (amount|size|stake|valuation|value|figure|sum|gain)|valued?|valuation|worth|stake)\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "\\b(percent(age)?|what (share|portion|proportion|cut|rate)|how (much|big a (share|part|portion)) of)\\b|%");
    private static final Pattern MONEY = Pattern.compile(
            "\\b(invest(ed|ment|s)?|valuation|valued|worth|dollars?|billion|million|money|gain|funding|paid|pay)\\b|\\$");
    private static final Pattern INJECTION = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules?|prompts?|guidelines|above|previous|prior)\\b"
                    + "|\\b(system|developer|hidden|initial) (prompt|message|instructions?)\\b"
                    + "|\\byou are now\\b|\\bact as\\b|\\bpretend (to be|you)\\b|\\bjailbreak\\b|\\bDAN\\b",
            Pattern.CASE_INSENSITIVE);
    /** "how many employees": the thing counted, which the articles must mention for an answer. */
    private static final Pattern MEASURED = Pattern.compile("\\bhow (?:many|much) ([\\p{L}]{3,})");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]*(?:[-'’][\\p{L}]+)*");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "when", "where", "who", "whom", "whose", "which",
            "why", "how", "is", "are", "was", "were", "does", "did", "do", "can", "could", "will", "would", "should",
            "has", "have", "had", "tell", "please", "and", "or", "the", "a", "an", "in", "on", "i", "according", "give",
            "list", "explain", "describe", "summarize", "summarise", "name", "show", "any", "if", "under", "after",
            "before", "since", "as", "so", "ok", "okay", "also", "then", "for", "to", "by");

    static QuestionSignals of(String question, SentenceTable table) {
        String lower = question.toLowerCase(Locale.ROOT);
        var kinds = java.util.EnumSet.noneOf(Kind.class);
        if (TIME.matcher(lower).find()) kinds.add(Kind.TIME);
        if (NUMBER.matcher(lower).find()) kinds.add(Kind.NUMBER);
        if (PERCENT.matcher(lower).find()) kinds.add(Kind.PERCENT);
        if (MONEY.matcher(lower).find() && kinds.contains(Kind.NUMBER)) kinds.add(Kind.MONEY);
        Matcher measured = MEASURED.matcher(lower);
        return new QuestionSignals(kinds, SentenceTable.numbers(question), unknownNames(question, table),
                measured.find() ? measured.group(1) : null, INJECTION.matcher(question).find());
    }

    /** Capitalised words (names) that occur nowhere in the articles, allowing for a typo or two. */
    private static List<String> unknownNames(String question, SentenceTable table) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(question);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replaceAll("[’'].*$", "");
            if (QUESTION_WORDS.contains(word) || word.length() < 2 || table.hasWord(word)) continue;
            if (word.contains("-") && java.util.Arrays.stream(word.split("-")).allMatch(table::hasWord)) continue;
            if (!nearKnownWord(word, table)) out.add(m.group());
        }
        return out;
    }

    private static boolean nearKnownWord(String word, SentenceTable table) {
        int budget = word.length() <= 5 ? 0 : word.length() <= 8 ? 1 : 2; // "World" is not a typo of "would"
        if (budget == 0) return false;
        for (String known : table.surfaceWords()) {
            if (Math.abs(known.length() - word.length()) <= budget && EditDistance.within(word, known, budget)) return true;
        }
        return false;
    }

    /** Whether {@code entry} has the kind of content this question asks for. */
    boolean satisfiedBy(SentenceTable.Entry entry) {
        String text = entry.text();
        for (Kind k : kinds) {
            boolean ok = switch (k) {
                case TIME -> DATE.matcher(text).find();
                case NUMBER -> !entry.numbers().isEmpty();
                case PERCENT -> PERCENTAGE.matcher(text).find();
                case MONEY -> text.contains("$") || text.matches("(?s).*\\b(billion|million)\\b.*");
            };
            if (!ok) return false;
        }
        return true;
    }

    /** Every number the question names occurs in the sentence. */
    boolean numbersIn(SentenceTable.Entry entry) {
        return entry.numbers().containsAll(numbers);
    }

    private static final Pattern PERCENTAGE = Pattern.compile("\\d\\s*(%|percent\\b)");
    private static final Pattern DATE = Pattern.compile(
            "\\b(1[89]\\d\\d|20\\d\\d|January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|quarter|year)\\b");
}
