package dev.dealbot.index;

import dev.dealbot.corpus.Sentence;
import dev.dealbot.text.Clauses;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kinds;
import dev.dealbot.text.Names;
import dev.dealbot.text.People;
import dev.dealbot.text.Polarity;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Every sentence of the index with its features ({@link SentenceInfo}), computed once when the index opens. */
public final class SentenceTable {
    /** A word in fewer than this share of the sentences tells articles apart ("Google"); "Microsoft" does not. */
    static final double DISTINCTIVE_SHARE = 0.25;

    private final List<SentenceInfo> entries = new ArrayList<>();
    private final Map<String, SentenceInfo> byKey = new HashMap<>();
    /** The index's own sentence objects (what passages hold): found without building a key. */
    private final Map<Sentence, SentenceInfo> bySentence = new IdentityHashMap<>();
    private final Map<String, Integer> sentencesWithWord = new HashMap<>();
    private final Set<String> digits = new HashSet<>();
    private final Set<String> metadataWords = new HashSet<>();
    private final List<String> titles = new ArrayList<>();
    private final Names names;
    private final People people;

    SentenceTable(PassageIndex index) {
        List<String> texts = new ArrayList<>();
        for (Passage p : index.passages()) for (Sentence s : p.sentences()) texts.add(s.text());
        index.corpus().articles().forEach(a -> {
            if (a.title() != null) titles.add(a.title());
            for (String field : new String[] {a.title(), a.source(), a.author()})
                if (field != null) for (Token t : Tokens.of(field)) metadataWords.add(t.lower());
        });
        this.names = Names.learn(texts);
        this.people = People.learn(texts, names);
        for (Passage p : index.passages()) {
            for (int i = 0; i < p.sentences().size(); i++) {
                Sentence s = p.sentences().get(i);
                SentenceInfo e = info(index, p, s, p.sentenceVectors()[i]);
                entries.add(e);
                byKey.put(e.key(), e);
                bySentence.put(s, e);
                digits.addAll(e.digits());
                Set<String> words = new HashSet<>();
                for (Token t : e.tokens()) words.add(t.lower());
                words.forEach(w -> sentencesWithWord.merge(w, 1, Integer::sum));
            }
        }
    }

    private SentenceInfo info(PassageIndex index, Passage p, Sentence s, float[] vector) {
        String quote = Context.quote(index.corpus(), s);
        List<Token> tokens = Tokens.of(s.text());
        List<Token> nameTokens = names.in(s.text(), tokens);
        Set<String> nameSet = new LinkedHashSet<>();
        nameTokens.forEach(t -> nameSet.add(t.lower()));
        List<Figure> figures = Figures.of(quote);
        return new SentenceInfo(s, p, vector, Set.copyOf(Analysis.terms(index.analyzer(), s.text())), tokens,
                List.copyOf(nameSet), nameTokens, quote, figures, Figures.digits(quote), Kinds.of(quote, figures),
                clauses(index, s.text(), tokens, nameTokens, referent(quote, s.text())));
    }

    /** The party the sentence quoted before {@code text} names first, for a pronoun opening {@code text}; else null. */
    private String referent(String quote, String text) {
        if (quote.length() <= text.length() || !quote.endsWith(text)) return null;
        String context = quote.substring(0, quote.length() - text.length());
        for (Token t : names.in(context, Tokens.of(context))) if (names.party(t.lower())) return t.lower();
        return null;
    }

    List<ClauseInfo> clauses(PassageIndex index, String text, List<Token> tokens, List<Token> nameTokens, String referent) {
        List<ClauseInfo> out = new ArrayList<>();
        boolean first = true;
        for (int[] span : Clauses.of(text)) {
            List<Token> ct = tokens.stream().filter(t -> t.start() >= span[0] && t.end() <= span[1]).toList();
            List<Token> cn = nameTokens.stream().filter(ct::contains).toList();
            String clause = text.substring(span[0], span[1]);
            Polarity.Marker marker = Polarity.marker(clause);
            Set<String> scope = marker == null ? Set.of()
                    : topicNear(text, ct, cn, span[0] + marker.start(), span[0] + marker.end(), SCOPE_REACH);
            Set<String> topic = new HashSet<>();
            for (Token t : ct) if (content(t, cn)) topic.add(t.stem());
            Direction direction = Direction.of(ct, cn, names, first ? referent : null);
            first = false;
            out.add(new ClauseInfo(clause, ct, cn, marker == null ? Polarity.NEUTRAL : marker.polarity(),
                    direction, Figures.of(clause), Set.copyOf(Analysis.terms(index.analyzer(), clause)), topic, scope));
        }
        return out;
    }

    /** This many content words either side of a polarity marker or a figure say what it is about. */
    static final int SCOPE_REACH = 4;

    /**
     * Stems of the content words (not names, figures, polarity markers or stop words) nearest the text span
     * {@code [from, to)} of {@code text}: up to {@code reach} on each side, without crossing a comma, semicolon,
     * dash or bracket (those start another part of the sentence).
     */
    static Set<String> topicNear(String text, List<Token> tokens, List<Token> names, int from, int to, int reach) {
        Set<String> out = new HashSet<>();
        int left = 0, right = 0;
        for (int i = tokens.size() - 1; i >= 0 && left < reach; i--) {
            Token t = tokens.get(i);
            if (t.end() > from) continue;
            if (boundary(text, t.end(), from)) break;
            if (content(t, names)) { out.add(t.stem()); left++; }
        }
        for (int i = 0; i < tokens.size() && right < reach; i++) {
            Token t = tokens.get(i);
            if (t.start() < to) continue;
            if (boundary(text, to, t.start())) break;
            if (content(t, names)) { out.add(t.stem()); right++; }
        }
        return out;
    }

    private static boolean boundary(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) if (",;()—–[]".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    private static boolean content(Token t, List<Token> names) {
        return !names.contains(t) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.lower())
                && !Character.isDigit(t.lower().charAt(0)) && Polarity.of(t.lower()) == Polarity.NEUTRAL;
    }

    public List<SentenceInfo> all() {
        return entries;
    }

    public SentenceInfo of(Sentence s) {
        SentenceInfo e = bySentence.get(s);
        return e != null ? e : byKey.get(s.docId() + '#' + s.ordinal());
    }

    public List<SentenceInfo> of(Passage p) {
        List<SentenceInfo> out = new ArrayList<>(p.sentences().size());
        for (Sentence s : p.sentences()) out.add(of(s));
        return out;
    }

    /** The people the articles name with a role. */
    public People people() {
        return people;
    }

    /** The names and acronym aliases the articles use. */
    public Names names() {
        return names;
    }

    /** Whether any sentence states this number (as written in digits, e.g. "2032", "7.5"). */
    public boolean statesDigits(String number) {
        return digits.contains(number);
    }

    /**
     * Whether a sentence (with the context it is quoted with) states {@code f}, the same kind of figure with the same
     * value (a bare number matches any figure written with its digits: "13B" may be "$13 billion"), and mentions one of
     * {@code names} (each a lower-case name; any sentence when there are none).
     */
    public boolean states(Figure f, List<String> names) {
        if (!digits.contains(f.digits())) return false;
        for (SentenceInfo s : entries) {
            boolean same = s.figures().stream().anyMatch(x -> f.type() == Figure.Type.NUMBER ? x.digits().equals(f.digits()) : x.sameAs(f));
            if (!same) continue;
            String lower = s.quote().toLowerCase(java.util.Locale.ROOT);
            if (names.isEmpty() || names.stream().anyMatch(n -> this.names.mentioned(lower, n))) return true;
        }
        return false;
    }

    /**
     * Whether a sentence states a sum or percentage that {@code f}, a whole number, rounds: "$228 billion" of "$228.3
     * billion", the same figure written shorter, not another.
     */
    public boolean statesRounded(Figure f) {
        for (SentenceInfo s : entries) for (Figure x : s.figures()) if (f.rounds(x)) return true;
        return false;
    }

    /** The articles' titles. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** Whether a lower-case word is in an article's title, source or author ("Wedoany", "Alps Wang"). */
    public boolean inMetadata(String lowerWord) {
        return metadataWords.contains(lowerWord);
    }

    /** How many sentences use a lower-case word. */
    public int sentencesWith(String lowerWord) {
        return sentencesWithWord.getOrDefault(lowerWord, 0);
    }

    /** Whether a word occurs in under a quarter of the sentences (it tells articles and facts apart). */
    public boolean isDistinctive(String lowerWord) {
        return sentencesWithWord.getOrDefault(lowerWord, 0) < entries.size() * DISTINCTIVE_SHARE;
    }
}
