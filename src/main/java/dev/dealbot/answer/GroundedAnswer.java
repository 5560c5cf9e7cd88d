package dev.dealbot.answer;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a model's answer against the passages it was shown: keeps only {@code [n]} markers that name one of
 * them and whose passage supports the claim (the answer sentence carrying the marker): its best sentence is
 * alike enough, and the cited passages together state every figure and name of the claim. A claim left without
 * a marker is removed. The citations are renumbered 1..m by first appearance, each quoting the passage sentence
 * that best supports its claim (verbatim article text, never model text).
 */
final class GroundedAnswer {
    static final int MAX_CHARS = 4_000;
    /** Weight of shared words next to embedding similarity when picking the quote: figures must match. */
    static final double LEXICAL_WEIGHT = 0.3;
    /** Embedding similarity the best sentence of a cited passage needs for the citation to stand. */
    static final double MIN_SIMILARITY = 0.35;
    private static final Logger LOG = LoggerFactory.getLogger(GroundedAnswer.class);

    /** A citation marker: {@code [1]}, {@code [1, 2]}, {@code [1; 3]}, {@code [2-4]}, with the space before it. */
    static final Pattern MARKER = Pattern.compile("(\\s*)\\[(\\s*\\d{1,3}(?:\\s*(?:[,;–-]|and)\\s*\\d{1,3})*\\s*)]");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?](?:\\s*\\[\\s*\\d{1,3}(?:\\s*(?:[,;–-]|and)\\s*\\d{1,3})*\\s*])*(?=\\s|$)");
    private static final Pattern NO_ANSWER = Pattern.compile("\\bNO[_ -]?ANSWER\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Corpus corpus;
    private final Embedder embedder;

    GroundedAnswer(Corpus corpus, Embedder embedder) {
        this.corpus = corpus;
        this.embedder = embedder;
    }

    /** Control characters removed (newlines kept), length capped. */
    static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
        for (int i = 0; i < raw.length() && sb.length() < MAX_CHARS; i++) {
            char c = raw.charAt(i);
            if (c == '\t') sb.append(' ');
            else if (c == '\n' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) sb.append(c);
        }
        return sb.toString().strip();
    }

    static boolean saysNoAnswer(String text) {
        return NO_ANSWER.matcher(text).find();
    }

    /** The checked answer; empty when no citation survives (the text is then not shown as grounded). */
    Optional<Answer> check(String raw, Prompt prompt, String mode) {
        String text = clean(raw);
        if (saysNoAnswer(text)) return Optional.of(Answer.notAnswered(mode));
        if (text.isEmpty()) return Optional.empty();
        List<int[]> spans = sentenceSpans(text);
        int[] claimOf = new int[spans.size()]; // span of a marker -> span of the claim it supports, -1 without markers
        Arrays.fill(claimOf, -1);
        Map<Integer, Set<Integer>> cited = new LinkedHashMap<>(); // claim span -> passage numbers cited for it
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int span = spanOf(spans, m.start(2));
            claimOf[span] = claimSpan(text, spans, span);
            claimOf[claimOf[span]] = claimOf[span]; // a marker on its own line removes the sentence before it too
            cited.computeIfAbsent(claimOf[span], c -> new LinkedHashSet<>()).addAll(numbers(m.group(2), prompt.passages().size()));
        }
        Map<Integer, Map<Integer, Sentence>> quotes = new HashMap<>(); // claim span -> passage number -> quote
        List<String> dropped = new ArrayList<>(); // why citations were dropped, for the log
        cited.forEach((c, ns) -> quotes.put(c, supported(claim(text, spans, c), ns, prompt, text, dropped)));
        Map<String, Citation> citations = new LinkedHashMap<>(); // key: docId#ordinal of the quoted sentence
        StringBuilder out = new StringBuilder();
        String pendingSpace = ""; // space before a removed claim, kept if it breaks a paragraph
        int removed = 0;
        String allEvidence = null;
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String space = leadingSpace(text, span);
            boolean unsupported = claimOf[i] >= 0 && quotes.get(claimOf[i]).isEmpty();
            if (claimOf[i] < 0) { // a sentence without markers may connect claims, but may not add figures or names
                if (allEvidence == null) allEvidence = evidence(prompt.passages());
                List<String> missing = ClaimSupport.unsupported(text.substring(span[0], span[1]), allEvidence);
                if (!missing.isEmpty()) dropped.add("uncited sentence states " + missing);
                unsupported = !missing.isEmpty();
            }
            if (unsupported) {
                if (claimOf[i] == i) removed++;
                if (space.length() > pendingSpace.length()) pendingSpace = space;
                continue;
            }
            out.append(pendingSpace.length() > space.length() ? pendingSpace : space);
            pendingSpace = "";
            Map<Integer, Sentence> claimQuotes = claimOf[i] >= 0 ? quotes.get(claimOf[i]) : Map.of();
            cite(text, span[0] + space.length(), span[1], claimQuotes, prompt, citations, out);
        }
        if (!dropped.isEmpty()) LOG.debug("Dropped unsupported citations {}; removed {} of {} cited claims", dropped, removed,
                cited.size());
        if (citations.isEmpty()) return Optional.empty();
        String answer = out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([.,;:!?])", "$1").strip();
        return Optional.of(new Answer(answer, true, List.copyOf(citations.values()), null, mode, false));
    }

    /**
     * Copies {@code text[from, to)} to {@code out}, each marker replaced by the renumbered citations of the
     * passages it names that support the claim ({@code quotes}); a marker left empty is dropped with its space.
     */
    private void cite(String text, int from, int to, Map<Integer, Sentence> quotes, Prompt prompt,
            Map<String, Citation> citations, StringBuilder out) {
        Matcher m = MARKER.matcher(text).region(from, to);
        int last = from;
        String droppedSpace = ""; // space before a dropped marker, kept for a marker right after it
        while (m.find()) {
            String space = m.group(1).isEmpty() && m.start() == last ? droppedSpace : m.group(1);
            StringBuilder markers = new StringBuilder();
            Set<Integer> seen = new HashSet<>();
            for (int n : numbers(m.group(2), prompt.passages().size())) {
                Sentence quote = quotes.get(n);
                if (quote == null) continue;
                Citation c = citations.computeIfAbsent(quote.docId() + '#' + quote.ordinal(),
                        k -> Citations.of(citations.size() + 1, corpus, quote.docId(), quote.text()));
                if (seen.add(c.n())) markers.append('[').append(c.n()).append(']');
            }
            out.append(text, last, m.start());
            if (!markers.isEmpty()) out.append(space).append(markers);
            droppedSpace = markers.isEmpty() ? space : "";
            last = m.end();
        }
        out.append(text, last, to);
    }

    /**
     * The quote in each cited passage that supports the claim: its best sentence, if at least
     * {@link #MIN_SIMILARITY} alike, and only if these passages together state the claim's figures and names.
     */
    private Map<Integer, Sentence> supported(String claim, Set<Integer> cited, Prompt prompt, String wholeAnswer,
            List<String> dropped) {
        if (cited.isEmpty()) {
            dropped.add("no passage named");
            return Map.of();
        }
        float[] claimVector = embed(claim, wholeAnswer);
        Map<Integer, Sentence> quotes = new LinkedHashMap<>();
        StringBuilder evidence = new StringBuilder();
        for (int n : cited) {
            Passage p = prompt.passages().get(n - 1);
            int best = bestSentence(p, claimVector, claim);
            double similarity = Embedder.dot(p.sentenceVectors()[best], claimVector);
            if (similarity < MIN_SIMILARITY) {
                dropped.add(String.format(Locale.ROOT, "[%d] only %.2f alike", n, similarity));
                continue;
            }
            quotes.put(n, p.sentences().get(best));
            Article a = corpus.article(p.docId()).orElseThrow(); // the prompt shows title and source with the passage
            evidence.append(a.title()).append('\n').append(a.source()).append('\n').append(p.text()).append('\n');
        }
        List<String> missing = ClaimSupport.unsupported(claim, evidence.toString());
        if (missing.isEmpty()) return quotes;
        dropped.add(quotes.keySet() + " do not state " + missing);
        return Map.of();
    }

    /** What the model was shown: each passage with its title and source. */
    private String evidence(List<Passage> passages) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            Article a = corpus.article(p.docId()).orElseThrow();
            sb.append(a.title()).append('\n').append(a.source()).append('\n').append(p.text()).append('\n');
        }
        return sb.toString();
    }

    /** The cited numbers in order, ranges expanded, those outside 1..k dropped. */
    static List<Integer> numbers(String group, int k) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = NUMBER_OR_RANGE.matcher(group);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || to - from > k) to = from;
            for (int n = from; n <= to; n++) if (n >= 1 && n <= k) out.add(n);
        }
        return List.copyOf(out);
    }

    private static int bestSentence(Passage p, float[] claimVector, String claim) {
        Set<String> claimWords = words(claim);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.sentences().size(); i++) {
            double score = Embedder.dot(p.sentenceVectors()[i], claimVector)
                    + LEXICAL_WEIGHT * overlap(claimWords, words(p.sentences().get(i).text()));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private float[] embed(String claim, String wholeAnswer) {
        return embedder.embed(claim.isBlank() ? wholeAnswer : claim);
    }

    /** Spans of the answer's sentences; markers right after a full stop belong to the sentence before it. */
    private static List<int[]> sentenceSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            spans.add(new int[] {start, end.end()});
            start = end.end();
        }
        if (start < text.length()) spans.add(new int[] {start, text.length()});
        return spans;
    }

    private static int spanOf(List<int[]> spans, int pos) {
        for (int i = 0; i < spans.size(); i++) if (pos < spans.get(i)[1]) return i;
        return spans.size() - 1;
    }

    /** The span of the claim a marker in {@code span} supports: its sentence, or the last one before it with words. */
    private static int claimSpan(String text, List<int[]> spans, int span) {
        for (int i = span; i >= 0; i--) if (WORD.matcher(claim(text, spans, i)).find()) return i;
        return span;
    }

    /** A sentence of the answer without its markers. */
    private static String claim(String text, List<int[]> spans, int span) {
        return MARKER.matcher(text.substring(spans.get(span)[0], spans.get(span)[1])).replaceAll("").strip();
    }

    private static String leadingSpace(String text, int[] span) {
        int i = span[0];
        while (i < span[1] && Character.isWhitespace(text.charAt(i))) i++;
        return text.substring(span[0], i);
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
