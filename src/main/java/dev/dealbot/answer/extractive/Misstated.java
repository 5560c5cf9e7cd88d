package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A question that states several figures of one event, one of them wrong: no sentence states them all, but one states
 * every other and, in the wrong one's place, another figure of its kind ("put $10 billion in in 2019 at a $29 billion
 * valuation": the sentence with the $10 billion and the $29 billion dates them January 2023). The bot corrects that
 * figure with the sentence ("Not 2019 — the articles say January 2023."). The others must include a sum, a share or a
 * count (a year alone ties nothing); the figure in its place must stand as the wrong one does: a year in the same role
 * and the only such year, another figure beside a word (not a name) the question writes beside the wrong one ("valuation").
 * A figure in a clause that imagines a case ("if OpenAI books $10 billion in 2029") is no claim, nor are two figures set
 * as the ends of a change ("the increase from $29B to $850B").
 */
final class Misstated {
    /** "from $29B to $850B", "between 2030 and 2032": two figures as the ends of a change, two points, not one event. */
    static final java.util.regex.Pattern CHANGE_ENDS = java.util.regex.Pattern.compile(
            "\\b(?:from|between)\\s+[^,;?]{0,30}?\\d[^,;?]{0,30}?\\s(?:to|and)\\s+[^,;?]{0,12}?\\d", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How many words either side of a figure tell what it measures. */
    static final int REACH = 4;

    private Misstated() {}

    static DraftBuilder correct(Question q, List<Candidate> candidates, Selector selector, Composer composer, SentenceTable table) {
        if (q.figures().size() < 2 || q.crossLanguage() || q.comparison() != null || CHANGE_ENDS.matcher(q.english()).find()) return null;
        Names names = table.names();
        List<Scored> ranked = selector.rank(q, q.query(), candidates, Set.of(), false).stream().filter(selector::relevant).toList();
        if (ranked.stream().anyMatch(s -> Selector.statesFigures(q, s.sentence()))) return null; // one sentence states them all
        for (Figure wrong : q.figures()) {
            if (hypothetical(q.english(), wrong) || statedInItsPlace(q, wrong, table) || Figuring.impliedRemainder(q, wrong, table)) continue;
            List<Figure> others = q.figures().stream().filter(f -> f != wrong).toList();
            if (others.stream().allMatch(f -> f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE)) continue;
            for (Scored s : ranked) {
                // the sentence's own figures: a neighbour quoted with it tells of another event
                String text = s.sentence().text();
                List<Figure> own = Figures.of(text);
                if (!states(q, others, text, own) || Figuring.implied(own, wrong) || !sameThings(q, others, text, names)) continue;
                Figure stated = inPlace(q, wrong, others, text, names);
                if (stated == null) continue;
                // "still ... in 2028" against "until 2030": the term reaches the year asked, which is no misstated end
                if (reaches(q, wrong, text, stated)) continue;
                DraftBuilder draft = new DraftBuilder().deny(wrong.digits());
                List<Integer> cited = composer.cite(draft, s.sentence());
                draft.say(Premise.verdict(q.yesNo(), false, wrong, stated), List.of());
                draft.say(s.sentence().quote(), cited);
                return draft;
            }
        }
        return null;
    }

    /** "$10bn of OpenAI revenue", "20% of its revenue": a figure of a whole it names, after an owner or an article. */
    private static final java.util.regex.Pattern OF_WHOLE = java.util.regex.Pattern.compile(
            "^\\s+of\\s+(?:(?:the|its|their|a|an)\\s+)?(?:(?:\\p{L}+['’]s|\\p{Lu}\\p{L}*)\\s+)?(\\p{L}+)");

    /**
     * The sentence's figures may be the question's others as the same things: a figure the question gives of a whole
     * ("$10bn of OpenAI revenue") is not the same figure in a sentence that never names that whole or a synonym of it
     * (the "$10 billion" invested in 2023).
     */
    private static boolean sameThings(Question q, List<Figure> others, String text, Names names) {
        java.util.Set<String> stems = null; // the sentence's stems, read only when the question names a whole
        for (Figure f : others) {
            if (f.type() == Figure.Type.YEAR || f.type() == Figure.Type.DATE || f.end() > q.english().length()) continue;
            java.util.regex.Matcher m = OF_WHOLE.matcher(q.english().substring(f.end()));
            if (!m.find() || names.known(m.group(1).toLowerCase(java.util.Locale.ROOT))) continue;
            List<Token> whole = Tokens.of(m.group(1));
            if (whole.isEmpty()) continue;
            String stem = whole.get(0).stem();
            java.util.Set<String> words = new HashSet<>(java.util.Set.of(stem));
            for (var term : q.query().terms()) if (term.term().equals(stem)) words.addAll(term.alternatives());
            if (stems == null) {
                stems = new HashSet<>();
                for (Token t : Tokens.of(text)) stems.add(t.stem());
            }
            if (words.stream().noneMatch(stems::contains)) return false;
        }
        return true;
    }

    /** A year asked with "still" that a term the sentence ends at or after that year covers. */
    private static boolean reaches(Question q, Figure asked, String text, Figure stated) {
        return asked.type() == Figure.Type.YEAR && stated.type() == Figure.Type.YEAR && Years.still(q.english())
                && Years.asked(q.english(), asked) == Years.Asked.AT && Years.asked(text, stated) == Years.Asked.UNTIL
                && asked.value() <= stated.value();
    }

    /** Every one of {@code figures} is in {@code text}, of its kind, a year standing there as in the question. */
    static boolean states(Question q, List<Figure> figures, String text, List<Figure> own) {
        for (Figure f : figures) {
            Years.Asked role = f.type() == Figure.Type.YEAR ? Years.asked(q.english(), f) : null;
            // of the same kind: the day of "April 27" is no 27%
            boolean found = own.stream().anyMatch(g -> g.digits().equals(f.digits()) && g.type() == f.type()
                    && (role == null || g.type() != Figure.Type.YEAR || Years.comparable(role, Years.asked(text, g))));
            if (!found) return false;
        }
        return true;
    }

    /**
     * Some sentence states the figure beside a word the question writes beside it ("$850 billion in its latest round"):
     * the figure is right there, whatever else the question ties it to. A year is judged by the sentence that corrects it.
     */
    static boolean statedInItsPlace(Question q, Figure f, SentenceTable table) {
        if (f.type() == Figure.Type.YEAR) return false;
        Set<String> asked = near(q.english(), f, table.names());
        for (SentenceInfo s : table.all())
            for (Figure g : Figures.of(s.text()))
                if (g.sameAs(f)) for (Token t : Tokens.of(FigurePart.around(s.text(), g))) if (asked.contains(t.stem())) return true;
        return false;
    }

    /** "if", "suppose", "assuming" ... before a figure in its clause: a case the asker imagines, not a fact they state. */
    private static final java.util.regex.Pattern HYPOTHETICAL = java.util.regex.Pattern.compile(
            "\\b(?:if|suppose|supposing|assum(?:e|ing)|imagine|hypothetically|let's say|in case)\\b[^.;?!]*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * An amount asked of what follows: "how much would ...", or what someone gets from it ("what does Microsoft pocket",
     * "how much is its stake worth"); not what is left of a sum taken as given ("if it is $50 billion, how much is left?").
     */
    private static final java.util.regex.Pattern WOULD_AMOUNT = java.util.regex.Pattern.compile(
            "\\b(how much|what)\\b.*\\b(would\\b|(does|do|will|is)\\b.*\\b(get|gets|receive|collect|earn|pocket|take|worth)\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * It asks what would follow from a sum it supposes ("If OpenAI made $10 billion, how much would Microsoft get?"): the
     * articles state no such consequence, and a quote that happens to state the same sum answers something else.
     */
    static boolean asksFromSupposedSum(Question q) {
        return WOULD_AMOUNT.matcher(q.english()).find()
                && Figures.of(q.english()).stream().anyMatch(f -> f.type() == Figure.Type.MONEY && hypothetical(q.english(), f));
    }

    static boolean hypothetical(String question, Figure f) {
        if (f.start() > question.length()) return false;
        String before = question.substring(0, f.start());
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(" — ")));
        return HYPOTHETICAL.matcher(before.substring(clause + 1)).find();
    }

    /** The figure of {@code text} that stands where the question's wrong one does, or null when none or several do. */
    static Figure inPlace(Question q, Figure wrong, List<Figure> others, String text, Names names) {
        boolean year = wrong.type() == Figure.Type.YEAR;
        Years.Asked role = year ? Years.asked(q.english(), wrong) : null;
        Set<String> asked = year ? Set.of() : near(q.english(), wrong, names);
        Figure found = null;
        for (Figure g : Figures.of(text)) {
            boolean kind = year ? g.type() == Figure.Type.YEAR || g.type() == Figure.Type.DATE : g.type() == wrong.type();
            // a figure the question gives elsewhere may be the one in this place (two swapped); a year is told only by its role
            if (!kind || g.sameAs(wrong) || year && others.stream().anyMatch(g::sameAs)) continue;
            if (year ? !Years.comparable(role, Years.asked(text, g)) : !besideSameWords(asked, text, g, names)) continue;
            if (found != null && !found.sameAs(g)) return null;
            found = g;
        }
        return found;
    }

    /** A word of {@code asked} stands beside {@code f} in {@code text}: the figure measures the same thing. */
    static boolean besideSameWords(Set<String> asked, String text, Figure f, Names names) {
        if (f.end() > text.length()) return false;
        return near(text, f, names).stream().anyMatch(asked::contains);
    }

    /** {@code a} in {@code textA} and {@code b} in {@code textB} stand beside a word in common. */
    static boolean besideSameWords(String textA, Figure a, String textB, Figure b, Names names) {
        return a.end() <= textA.length() && besideSameWords(near(textA, a, names), textB, b, names);
    }

    /**
     * Stems of the content words within {@link #REACH} words of {@code f} in {@code text}, not past another figure: not
     * names (the parties stand beside every figure), hedges, units, months or numbers.
     */
    static Set<String> near(String text, Figure f, Names names) {
        List<Token> tokens = Tokens.of(text);
        Set<String> out = new HashSet<>();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).end() <= f.start()) at++;
        int after = at;
        while (after < tokens.size() && tokens.get(after).start() < f.end()) after++;
        // outwards from the figure, up to another figure: words beyond it tell of that one
        for (int i = at - 1; i >= Math.max(0, at - REACH) && !Character.isDigit(tokens.get(i).lower().charAt(0)); i--) add(tokens.get(i), names, out);
        for (int i = after; i < Math.min(tokens.size(), after + REACH) && !Character.isDigit(tokens.get(i).lower().charAt(0)); i++) add(tokens.get(i), names, out);
        return out;
    }

    private static void add(Token t, Names names, Set<String> out) {
        if (says(t, names)) out.add(t.stem());
    }

    /** The word says what a figure beside it measures: not a name, hedge, unit, month, number or function word. */
    static boolean says(Token t, Names names) {
        return Character.isLetter(t.lower().charAt(0)) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.lower()) && !Terms.isFunctionWord(t.lower())
                && !FigurePart.isFigureWord(t.stem()) && !Names.calendar(t.lower()) && !names.known(t.lower());
    }
}
