package dev.dealbot.answer.grounding;

import dev.dealbot.answer.Draft;
import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.text.Clauses;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
import dev.dealbot.text.Polarity;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sources a claim cites support it, and which sentence each quotes. A quoted sentence is given
 * (extractive drafts) or is the source passage's sentence most alike to the claim, which must be at least
 * {@link #MIN_SIMILARITY} alike (model drafts in English; the embedding model cannot compare other languages). Either way the cited text together must state the claim's figures
 * and names, and for a model's claim, no quoted sentence may have the claim's parties the other way round ("OpenAI
 * pays Microsoft" is not supported by "Microsoft will no longer pay OpenAI") or say it stops where the claim says it
 * continues.
 */
final class Support {
    /** Embedding similarity the best sentence of a cited passage needs for the citation to stand. */
    static final double MIN_SIMILARITY = 0.35;
    /** Weight of shared words next to embedding similarity when picking the quote: figures must match. */
    static final double LEXICAL_WEIGHT = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Embedder embedder;
    private final Names names;
    private final Corpus corpus;
    /** When the articles were written: where a month a quote gives without a year falls. */
    private final java.time.YearMonth written;

    Support(Embedder embedder, Names names, Corpus corpus) {
        this.embedder = embedder;
        this.names = names;
        this.corpus = corpus;
        this.written = dev.dealbot.text.CalendarDates.latest(corpus.datedTexts(), java.time.YearMonth.now());
    }

    java.time.YearMonth written() {
        return written;
    }

    /** The quoted sentence of each cited source that supports the claim; empty when the claim is not supported. */
    Map<Integer, SentenceInfo> quotes(String claim, Set<Integer> cited, Draft draft, String wholeAnswer, List<String> dropped) {
        if (cited.isEmpty()) {
            dropped.add("no source named");
            return Map.of();
        }
        float[] claimVector = draft.modelWritten() ? embedder.embed(claim.isBlank() ? wholeAnswer : claim) : null;
        Map<Integer, SentenceInfo> quotes = new LinkedHashMap<>();
        StringBuilder evidence = new StringBuilder();
        for (int n : cited) {
            Draft.Source source = draft.sources().get(n - 1);
            SentenceInfo quoted = source.quote() != null ? source.sentences().get(0) : best(source.sentences(), claimVector, claim);
            if (draft.modelWritten()) {
                double similarity = Embedder.dot(quoted.vector(), claimVector);
                if (similarity < MIN_SIMILARITY && draft.english()) { // the embedding model reads English only
                    dropped.add(String.format(Locale.ROOT, "[%d] only %.2f alike", n, similarity));
                    continue;
                }
                if (contradicts(claim, quoted)) {
                    dropped.add("[" + n + "] has the parties or the polarity the other way");
                    continue;
                }
            }
            quotes.put(n, quoted);
            evidence.append(text(source, !draft.modelWritten())).append('\n');
        }
        List<String> missing = new ArrayList<>(ClaimSupport.unsupported(claim, evidence.toString(), names, !draft.modelWritten(), written));
        missing.removeAll(draft.denied()); // the question's own figure, named to correct it
        if (missing.isEmpty()) return quotes;
        dropped.add(quotes.keySet() + " do not state " + missing);
        return Map.of();
    }

    /** Everything the draft's sources say: what a sentence without markers may draw on. */
    String evidence(List<Draft.Source> sources, boolean metadata) {
        StringBuilder sb = new StringBuilder();
        for (Draft.Source s : sources) sb.append(text(s, metadata)).append('\n');
        return sb.toString();
    }

    /**
     * A source's text as its reader saw it: a model's passage with its article's title and source; the bot's own quote
     * with its article's title, source, author and date ({@code metadata}: what a citation shows, so the bot may say
     * who published or wrote it; a model's draft gets no figures from a date).
     */
    private String text(Draft.Source source, boolean metadata) {
        SentenceInfo first = source.sentences().get(0);
        Article a = Grounding.article(corpus, first.docId());
        if (!metadata) return source.quote() != null ? source.quote() : a.title() + "\n" + a.source() + "\n" + first.passage().text();
        String shown = a.title() + "\n" + a.source() + "\n" + (a.author() == null ? "" : a.author() + "\n")
                + (a.date() == null ? "" : a.date() + "\n") + (a.writtenDate() == null ? "" : a.writtenDate() + "\n");
        return shown + (source.quote() != null ? source.quote() : first.passage().text());
    }

    /** The claim's parties are the other way round in the quote, or it says stops where the quote says continues. */
    private boolean contradicts(String claim, SentenceInfo quoted) {
        List<Token> tokens = Tokens.of(claim);
        Direction claimed = Direction.of(tokens, names.in(claim, tokens), names);
        Polarity polarity = polarity(claim, claimed);
        boolean agrees = false, reversed = false, opposed = false;
        for (ClauseInfo c : quoted.clauses()) {
            if (c.direction().sameAs(claimed, names)) {
                agrees = true;
                opposed |= !dated(c.text()) && c.polarity().opposes(polarity);
            }
            reversed |= c.direction().reverses(claimed, names);
        }
        return !agrees && reversed || opposed;
    }

    /**
     * Whether the claim says the thing between its parties stops or continues: said by the claim's clause that runs
     * between them the same way ("keeps paying OpenAI, but gave up the licence" continues the paying), else by the whole
     * claim; a clause with a year says neither.
     */
    private Polarity polarity(String claim, Direction claimed) {
        for (int[] span : Clauses.of(claim)) {
            String clause = claim.substring(span[0], span[1]);
            List<Token> tokens = Tokens.of(clause);
            if (Direction.of(tokens, names.in(clause, tokens), names).sameAs(claimed, names))
                return dated(clause) ? Polarity.NEUTRAL : Polarity.of(clause);
        }
        return dated(claim) ? Polarity.NEUTRAL : Polarity.of(claim);
    }

    /** A stop with a year is the end of a term ("ends in 2030"), which does not contradict "continues until 2030". */
    private static boolean dated(String text) {
        return Figures.of(text).stream().anyMatch(f -> f.type() == Figure.Type.YEAR);
    }

    private static SentenceInfo best(List<SentenceInfo> sentences, float[] claimVector, String claim) {
        Set<String> claimWords = words(claim);
        SentenceInfo best = sentences.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SentenceInfo s : sentences) {
            double score = Embedder.dot(s.vector(), claimVector) + LEXICAL_WEIGHT * overlap(claimWords, words(s.text()));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) if (m.group().length() >= 3 || Character.isDigit(m.group().charAt(0))) out.add(m.group());
        return out;
    }

    private static double overlap(Set<String> claim, Set<String> sentence) {
        if (claim.isEmpty()) return 0;
        int shared = 0;
        for (String w : claim) if (sentence.contains(w)) shared++;
        return (double) shared / claim.size();
    }
}
