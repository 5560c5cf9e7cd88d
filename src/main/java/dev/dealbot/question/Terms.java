package dev.dealbot.question;

import dev.dealbot.index.Analysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Analysis for questions: the index's English chain (possessives, lower case, Porter stems) with Lucene's
 * {@link SynonymGraphFilter} over the Solr-format {@code dealbot/synonyms.txt}, and question words such as "what"
 * and "does" dropped, so they add no noise to BM25.
 */
public final class Terms {
    /** The auxiliaries a question opens a clause with: "does", "will", "has", "can", "should", ... */
    public static final java.util.Set<String> AUXILIARIES = java.util.Set.of("do", "does", "did", "will", "would", "is", "are", "was", "were",
            "has", "have", "had", "can", "could", "should");

    static final String SYNONYMS = "dealbot/synonyms.txt";
    /** Question words and framing ("what", "tell me", "according to the articles"): they say nothing about the deal. */
    static final CharArraySet QUESTION_STOPWORDS;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        // "am" is a form of "be", as Lucene's "is" and "are" ("I am told ..." names no party, however short)
        set.addAll(List.of("what", "when", "where", "who", "whom", "whose", "which", "why", "how", "am", "does", "did",
                "do", "done", "has", "have", "had", "was", "were", "can", "could", "would", "should", "may", "might",
                "much", "many", "long", "still", "now", "tell", "me", "about", "please", "i", "you", "we", "our",
                "its", "any", "according", "say", "says", "said", "saying", "happen", "happened", "change", "changes", "changed", "changing", "kind", "sort", "from", "than",
                "over", "also", "just", "more", "most", "some", "other", "very", "here", "been", "being", "out", "up",
                "yet", "so", "get", "gets", "getting", "got", "going", "know", "let", "like", "mean", "means",
                // pronouns stand for something named elsewhere; Lucene's list has only "it", "they", "their"
                "he", "him", "his", "she", "her", "hers", "them", "those", "my", "your", "itself", "themselves", // not "us": the US
                "ours", "yours", "theirs",
                // a negated auxiliary opening a question asks for a yes or no, as "did" does ("Didn't the licence run until
                // 2035?"); what a statement denies is read from its text, not from search terms
                "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
                "hasn't", "haven't", "hadn't", "shouldn't",
                // an indefinite pronoun names no thing ("does it still pay anything?")
                "anything", "something", "everything",
                // chat interjections, which say nothing about the deal ("whats frontier lol")
                "lol", "lmao", "haha", "tbh", "imo", "imho", "btw", "fyi", "thx", "omg",
                // hedges on how sure or how loose the asker's wording is, not on what is asked ("so it basically owns ...?")
                "basically", "essentially", "literally", "practically", "virtually", "kinda", "sorta", "honestly", "seriously",
                // and on whether the case is real ("hypothetically, if ...")
                "hypothetically", "theoretically",
                // words about the sources rather than the deal
                "coverage", "article", "articles", "report", "reports", "reporting", "news", "press", "media",
                "source", "sources", "mention", "mentioned", "mentions", "text", "bot", "talk", "talks", "talked", "discuss", "discusses",
                "discussed",
                // words that frame a question ("in which areas", "what kind of things")
                "area", "areas", "topic", "topics", "field", "fields", "thing", "things", "aspect", "aspects",
                "detail", "details", "specifically", "exactly", "actually", "stuff", "big", "little", "really",
                "around", "across", "among", "within", "without", "upon", "via", "toward", "towards", "regarding",
                "concerning", "behind", "under", "onto", "off", "during", "roughly", "approximately",
                "exact", "precise", "currently", "anymore", "longer", "term", "terms", "even", "ever", "else",
                // the kind of answer wanted, which the figure itself gives ("what year", "end date?")
                "date", "dates", "day", "days", "month", "months", "year", "years", "figure", "figures", "number", "sum"));
        QUESTION_STOPWORDS = CharArraySet.unmodifiableSet(set);
    }

    /** The synonym list's text, read once for the filter's map and for the words of its phrases. */
    private static final String SYNONYM_TEXT = readSynonyms();
    private static final SynonymMap SYNONYM_MAP = loadSynonyms();

    static final Analyzer QUESTION = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return Analysis.spellOutSymbols(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(new EnglishPossessiveFilter(source));
            result = new FlattenGraphFilter(new SynonymGraphFilter(result, SYNONYM_MAP, true));
            result = new StopFilter(result, QUESTION_STOPWORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }
    };

    private Terms() {}

    /**
     * One position of a question: the stem the user wrote and the stems of its synonyms.
     *
     * @param stem the stem of the word as written, or null when only synonyms stand at this position
     */
    record Position(String stem, Set<String> synonyms) {}

    /** The question's positions in order; repeated words are kept. */
    static List<Position> positions(String text) {
        List<Position> out = new ArrayList<>();
        try (TokenStream ts = QUESTION.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            String stem = null;
            Set<String> synonyms = new LinkedHashSet<>();
            boolean open = false;
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 && open) {
                    out.add(new Position(stem, ordered(synonyms)));
                    stem = null;
                    synonyms.clear();
                }
                open = true;
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) synonyms.add(term.toString());
                else if (stem == null) stem = term.toString();
                else synonyms.add(term.toString());
            }
            if (open) out.add(new Position(stem, ordered(synonyms)));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The synonyms in the order the filter gave them: a position with synonyms only is read as its first, which must
     * not depend on a set's iteration order (Set.copyOf's differs from one run to the next).
     */
    private static Set<String> ordered(Set<String> synonyms) {
        return java.util.Collections.unmodifiableSequencedSet(new LinkedHashSet<>(synonyms));
    }

    /** A word that says nothing about the deal by itself: a stop word, a question word or framing. */
    public static boolean isFunctionWord(String lowerWord) {
        return QUESTION_STOPWORDS.contains(lowerWord);
    }

    /** The stem of {@code word} and the stems of the words the synonym list gives it ("limited": limit, cap, ceil, ...). */
    public static Set<String> withSynonyms(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Position p : positions(word)) {
            if (p.stem() != null) out.add(p.stem());
            out.addAll(p.synonyms());
        }
        return out;
    }

    /** The stems of {@code text} as written (no synonyms), in order. */
    public static List<String> ofQuestion(String text) {
        List<String> out = new ArrayList<>();
        for (Position p : positions(text)) if (p.stem() != null) out.add(p.stem());
        return out;
    }

    /** Stems of the words of the synonyms that are phrases ("cut" and "off" of "cut off"): no synonym on their own. */
    private static final Set<String> PHRASE_PARTS = phraseParts();

    /**
     * Whether a question term's alternative is a word of a phrase in the synonym list ("cut" of "cut off", given for
     * "restricted"), which the term's meaning does not have on its own.
     */
    public static boolean phrasePart(String stem) {
        return PHRASE_PARTS.contains(stem);
    }

    private static Set<String> phraseParts() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : SYNONYM_TEXT.split("\n")) {
            if (line.startsWith("#")) continue;
            for (String entry : line.split(","))
                if (entry.strip().contains(" ")) for (dev.dealbot.text.Token t : dev.dealbot.text.Tokens.of(entry)) out.add(t.stem());
        }
        return Set.copyOf(out);
    }

    /** The single words of the synonym list: words a question may use, never a misspelling of an article word. */
    private static final Set<String> LISTED = java.util.Arrays.stream(SYNONYM_TEXT.split("[\\n,]"))
            .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#") && w.matches("[a-z]+")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether {@code lowerWord} is a word of the synonym list. */
    static boolean listed(String lowerWord) {
        return LISTED.contains(lowerWord);
    }

    private static String readSynonyms() {
        try (InputStream in = Terms.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) throw new IllegalStateException(SYNONYMS + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SYNONYMS, e);
        }
    }

    /** Each line of the file is one group of words that stand for each other in a question. */
    private static SynonymMap loadSynonyms() {
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new java.io.StringReader(SYNONYM_TEXT));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SYNONYMS, e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
