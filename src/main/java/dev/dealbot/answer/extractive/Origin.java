package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a figure the question names comes from ("Where does the 20% figure come from? Is it official?"): each
 * article that states it of what the question says it measures (a word of the question in the part of the sentence
 * that states it, its parties in the sentence, not the other way round), with the source it gives: its own
 * "according to X", or an "According to X, ..." opening an earlier sentence of its paragraph. The bot says which
 * sources the articles name and how many name none; whether a source is "official" is the reader's to judge.
 */
final class Origin {
    /** "according to sources familiar with the deal": the source, a short run of words up to the clause's end. */
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to ([\\p{L}'’ -]{3,60}?)\\s*(?=[,.;:]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING = Pattern.compile("^according to ([\\p{L}'’ -]{3,60}?)\\s*,", Pattern.CASE_INSENSITIVE);
    /** A source named in more words than this is not a name but a clause, which is not the bot's to repeat. */
    static final int MAX_SOURCE_WORDS = 8;
    /** Stems that ask for the source, not what the figure measures. */
    private static final Set<String> ASKING = Set.of("offici", "confirm", "come", "claim", "behind", "word", "authoriti", "base",
            "seem", "agre", "disagre", "differ", "put", "give", "gave", "sourc", "same", "way", "date", "figur", "number");

    private static final String[] COUNTS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "many"};

    private final SentenceTable table;
    private final Corpus corpus;
    private final Names names;

    Origin(SentenceTable table, Corpus corpus) {
        this.table = table;
        this.corpus = corpus;
        this.names = table.names();
    }

    private record Source(String name, SentenceInfo naming) {}

    /** The sources the articles give for the question's figure; null when no article states it of the question's thing. */
    DraftBuilder answer(Question q) {
        Figure figure = q.figures().stream().filter(f -> f.type() != Figure.Type.YEAR).findFirst().orElse(q.figures().get(0));
        Set<String> own = FigurePart.ownWords(q.query(), names, ASKING);
        List<Token> tokens = Tokens.of(q.english());
        List<Token> named = names.inQuestion(q.english(), tokens);
        List<String> parties = named.stream().filter(t -> names.party(t.lower())).map(Token::lower).toList();
        Direction asked = Direction.of(tokens, named, names);
        Map<String, SentenceInfo> stating = new LinkedHashMap<>(); // per article, its first sentence stating the figure so
        for (SentenceInfo s : table.all()) {
            if (stating.containsKey(s.docId()) || !says(s, figure, own, parties, asked)) continue;
            stating.put(s.docId(), s);
        }
        if (stating.isEmpty()) return null;
        DraftBuilder draft = new DraftBuilder();
        List<String> parts = new ArrayList<>(), sourcesNamed = new ArrayList<>();
        List<SentenceInfo> quoted = new ArrayList<>(); // in the order of their source numbers
        int unnamed = 0;
        for (SentenceInfo s : stating.values()) {
            Source source = source(s);
            if (source == null) {
                unnamed++;
                continue;
            }
            if (sourcesNamed.contains(source.name().toLowerCase(Locale.ROOT))) continue;
            sourcesNamed.add(source.name().toLowerCase(Locale.ROOT));
            int n = draft.cite(source.naming(), source.naming().quote());
            if (n > quoted.size()) quoted.add(source.naming());
            int m = draft.cite(s, s.quote());
            if (m > quoted.size()) quoted.add(s);
            parts.add(source.name() + (m == n ? " [" + n + "]" : " [" + n + "][" + m + "]"));
        }
        if (parts.isEmpty()) {
            if (!q.yesNo()) return null; // the ordinary answer quotes what the articles say
            // a sentence giving the figure with a source, in words further from it than the question's, makes "without
            // naming a source" untrue
            if (table.all().stream().anyMatch(s -> says(s, figure, Set.of(), parties, asked) && source(s) != null)) return null;
            SentenceInfo first = stating.values().iterator().next();
            int n = draft.cite(first, first.quote());
            draft.say("The articles give " + figure.display() + " without naming a source for it.", List.of());
            draft.say(first.quote(), List.of(n));
            return draft;
        }
        // a count in words: every figure in digits of the bot's own sentence must be one the articles state
        String others = unnamed == 0 ? "" : unnamed == 1 ? "; one other names none" : "; " + COUNTS[Math.min(unnamed, COUNTS.length - 1)] + " others name none";
        draft.say(parts.size() == 1 ? "Of the articles that give " + figure.display() + ", one gives it on the word of " + parts.get(0) + others + "."
                : "The articles give " + figure.display() + " on the word of different sources: " + String.join("; ", parts) + others + ".", List.of());
        for (int i = 0; i < quoted.size(); i++) draft.say(quoted.get(i).quote(), List.of(i + 1));
        return draft;
    }

    /** {@code s} states the figure of the question's thing, names its parties, and does not run the other way. */
    private boolean says(SentenceInfo s, Figure figure, Set<String> own, List<String> parties, Direction asked) {
        String lower = s.quote().toLowerCase(Locale.ROOT);
        if (parties.stream().anyMatch(p -> !names.mentioned(lower, p))) return false;
        if (s.clauses().stream().anyMatch(c -> c.direction().reverses(asked, names))) return false;
        for (Figure f : s.figures())
            if (f.sameAs(figure) && f.end() <= s.quote().length() && (own.isEmpty() || FigurePart.related(own, FigurePart.around(s.quote(), f))))
                return true;
        return false;
    }

    /** The source {@code s} gives: its own "according to X", else one opening an earlier sentence of its paragraph. */
    private Source source(SentenceInfo s) {
        Matcher own = ACCORDING.matcher(s.text());
        if (own.find()) return named(own.group(1), s);
        Article article = corpus.article(s.docId()).orElse(null);
        if (article == null) return null;
        Sentence at = s.sentence();
        for (int i = at.ordinal() - 1; i >= 0; i--) {
            Sentence before = article.sentences().get(i);
            if (before.paragraph() != at.paragraph()) break;
            Matcher opening = OPENING.matcher(before.text());
            SentenceInfo info = table.of(before);
            if (opening.find() && info != null) return named(opening.group(1), info);
        }
        return null;
    }

    private static Source named(String name, SentenceInfo naming) {
        String n = name.strip();
        return n.split("\\s+").length > MAX_SOURCE_WORDS ? null : new Source(n, naming);
    }
}
