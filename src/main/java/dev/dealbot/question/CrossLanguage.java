package dev.dealbot.question;

import dev.dealbot.index.SentenceTable;
import dev.dealbot.index.Spelling;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question in another language says without translation: the names it shares with the articles
 * ("Microsoft", "OpenAI"), its figures, the domain words the {@link Glossary} knows in its language ("ingresos" →
 * revenue, "微软" → Microsoft), and words that are close to an English article word (cognates such as "licencia" →
 * "licence", "exclusiva" → "exclusive", found by the spell checker with a wider edit budget).
 */
final class CrossLanguage {
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{N}'’]*");
    /** French, Italian and Catalan elisions before a word: d', l', qu', dell', sull' ... */
    private static final String ELISION = "^(d|l|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|all|nell|sull|quest|un)['’]";

    /**
     * @param text the anchors as English search text
     * @param names the article names among them (lower case)
     * @param words the cognates (English article words)
     */
    record Anchors(String text, List<String> names, List<String> words, List<Figure> figures, Set<Kind> kinds) {}

    private static final Pattern TIME = Pattern.compile("(cu[aá]ndo|qu[eé] (año|fecha|d[ií]a)|quando|que ano|que data|"
            + "\\bquand\\b|quelle (année|date)|\\bwann\\b|welche[mns]? (jahr|datum|tag)|fino a quando|che anno|qual[e]? (anno|data)|"
            + "什么时候|何时|哪一?年|哪一?天|几月|日期|いつ|何年|언제|몇 ?년|어느 해)");
    private static final Pattern AMOUNT = Pattern.compile("(cu[aá]nt[oa]s?|quant[oa]s?|combien|wie ?viel|wie hoch|"
            + "多少|几|いくら|どのくらい|どれくらい|どれだけ|얼마|몇)");
    private static final Pattern PERCENT = Pattern.compile("(porcentaje|porcentagem|pourcentage|prozent|percentuale|百分|比例|パーセント|割合|퍼센트|비율)");

    private CrossLanguage() {}

    static Anchors anchors(String question, Language language, SentenceTable table, Spelling spelling) {
        Set<String> names = new LinkedHashSet<>(), words = new LinkedHashSet<>();
        for (String english : Glossary.english(question, language)) {
            String lower = english.toLowerCase(Locale.ROOT);
            if (table.names().known(lower)) names.add(lower); // 微软 is Microsoft
            else words.add(lower);
        }
        Set<String> read = Glossary.covered(question, language); // a glossary phrase's words are not read again as cognates
        Matcher m = LATIN_WORD.matcher(question);
        while (m.find()) {
            // "d'Amazon", "l'accord", "dell'accordo": an elided article or preposition is not part of the word
            String lower = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll(ELISION, "");
            if (table.names().known(lower)) names.add(lower);
            else if (!Terms.QUESTION_STOPWORDS.contains(lower) && !Language.functionWord(lower) && !read.contains(lower)) {
                // a word the articles use as it is ("round", "cloud"), else an English article word close to it
                String english = lower.length() >= 4 && spelling.known(lower) ? lower : spelling.cognate(lower);
                if (english != null) words.add(english);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : Figures.of(question)) if (f.inDigits()) figures.add(f);
        Set<Kind> kinds = holding(kinds(question), words);
        words.remove("worth"); // it says what is asked of a holding; sentences say it in other words ("valued its stake")
        List<String> parts = new ArrayList<>(names);
        parts.addAll(words);
        figures.forEach(f -> parts.add(f.text()));
        return new Anchors(String.join(" ", parts), List.copyOf(names), List.copyOf(words), List.copyOf(figures), kinds);
    }

    /** Words of what something is worth: a holding asked with one is asked for its value, not its size. */
    private static final Set<String> WORTH = Set.of("valuation", "worth", "value");

    /**
     * A holding asked for as an amount with no word of worth ("Wie hoch ist der Anteil ...?", "quanto è la quota ...?") is
     * asked for its size, a percentage of the company; what it is worth is asked with such a word.
     */
    static Set<Kind> holding(Set<Kind> kinds, Set<String> words) {
        if (!kinds.contains(Kind.NUMBER) || !words.contains("stake") || words.stream().anyMatch(WORTH::contains)) return kinds;
        Set<Kind> out = EnumSet.copyOf(kinds);
        out.remove(Kind.NUMBER);
        out.add(Kind.PERCENT);
        return out;
    }

    /**
     * The kind of answer the question's interrogative asks for, in the languages with the most speakers after
     * English: "hasta cuándo", "bis wann", "jusqu'à quand", "quanto", "多少" ...
     */
    static Set<Kind> kinds(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        if (TIME.matcher(lower).find()) out.add(Kind.TIME);
        if (PERCENT.matcher(lower).find()) out.add(Kind.PERCENT);
        else if (AMOUNT.matcher(lower).find()) out.add(Kind.NUMBER);
        return out;
    }
}
