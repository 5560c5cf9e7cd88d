package dev.dealbot.question;

import dev.dealbot.index.Embedder;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.Spelling;
import dev.dealbot.index.Vocabulary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text ready for search: typos corrected against the articles' words (Lucene's spell checker), analysed
 * with synonyms, each term weighted by its IDF, and the text embedded. Used for the question and for each
 * sub-question of a retrieval plan.
 */
public final class QueryMaker {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Spelling spelling;
    private final Vocabulary vocabulary;
    private final Embedder embedder;

    /**
     * Chat shorthand: a letter and a digit ("b4", "2day"), a figure with its unit run on ("15b", "13bn"), a unit ("bn",
     * "mn"), a lone letter ("w", "u", "r").
     */
    private static final java.util.regex.Pattern SHORTHAND = java.util.regex.Pattern.compile("\\p{L}|\\p{L}\\d|\\d+\\p{L}+|bn|mn|tn");

    public QueryMaker(PassageIndex index, Embedder embedder) {
        this.spelling = index.spelling();
        this.vocabulary = index.vocabulary();
        this.embedder = embedder;
    }

    public Query make(String text) {
        String corrected = correct(text);
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        Set<String> phraseWords = new LinkedHashSet<>();
        Set<String> unknown = read(corrected, terms, phraseWords);
        String embedded = corrected.isBlank() ? text : corrected;
        return new Query(text, List.copyOf(terms.values()), List.copyOf(unknown), List.copyOf(phraseWords), vector(embedded));
    }

    /** The asker's words in {@code text} that neither the articles nor any synonym of theirs use (no embedding is made). */
    public Set<String> unknownTerms(String text) {
        return read(correct(text), new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    /**
     * Puts each term of {@code corrected} the articles use (itself or a synonym) into {@code terms}; returns the asker's
     * others, and puts into {@code phraseWords} those that stand only as a word of a synonym's phrase.
     */
    private Set<String> read(String corrected, Map<String, QueryTerm> terms, Set<String> phraseWords) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Terms.Position p : Terms.positions(corrected)) {
            String term = p.stem() != null ? p.stem() : p.synonyms().iterator().next();
            if (terms.containsKey(term)) continue;
            Set<String> alternatives = new HashSet<>();
            for (String alt : p.synonyms()) if (!alt.equals(term) && vocabulary.contains(alt)) alternatives.add(alt);
            boolean known = vocabulary.contains(term);
            if (!known && alternatives.isEmpty()) {
                // shorthand the articles never use ("w/", "b4", "50 bn") is not a thing asked about; "UK" or "VR" is
                if (!SHORTHAND.matcher(term).matches()) (p.stem() == null ? phraseWords : unknown).add(term); // "public" of "made public"
                continue;
            }
            double weight = known ? vocabulary.idf(term) : alternatives.stream().mapToDouble(vocabulary::idf).max().orElse(0);
            terms.put(term, new QueryTerm(term, alternatives, weight));
        }
        return unknown;
    }

    /** The query's embedding; none (length 0) when there is nothing the model can read (e.g. a digit under accent marks). */
    private float[] vector(String embedded) {
        if (embedded.isBlank()) return new float[0];
        try {
            return embedder.embedQuery(embedded);
        } catch (IllegalArgumentException e) { // the model's tokenizer left nothing of the text
            return new float[0];
        }
    }

    /**
     * {@code text} with each word the articles don't use replaced by the article word it misspells, if any (a
     * capitalised word stays capitalised: "Microsfot" becomes "Microsoft").
     */
    public String correct(String text) {
        return correct(text, w -> false);
    }

    /** {@link #correct(String)}, and a word a little further off a name of the articles ({@code name}) is that name. */
    public String correct(String text, java.util.function.Predicate<String> name) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fix = spelling.correction(word);
            // a word the synonym list gives is a word: only another form of it is taken ("payment" → "payments"), never
            // another word ("multiply" is no "multiple")
            if (fix != null && Terms.listed(word) && !dev.dealbot.text.Tokens.stem(fix).equals(dev.dealbot.text.Tokens.stem(word))) continue;
            if (fix == null && !spelling.known(word)) {
                String near = spelling.nameCorrection(word);
                if (near != null && name.test(near)) fix = near;
            }
            if (fix == null) continue;
            if (Character.isUpperCase(m.group().charAt(0))) fix = Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, last, m.start()).append(fix);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** IDF of an analysed term in the articles. */
    public double idf(String term) {
        return vocabulary.idf(term);
    }

    /** Whether some article uses the term itself. */
    public boolean known(String term) {
        return vocabulary.contains(term);
    }
}
