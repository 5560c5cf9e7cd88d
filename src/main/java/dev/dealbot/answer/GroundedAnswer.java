package dev.dealbot.answer;

import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.Passage;
import java.util.ArrayList;
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

/**
 * Checks a model's answer against the passages it was shown: keeps only {@code [n]} markers that name one of
 * them, renumbers the citations 1..m by first appearance, and quotes for each the passage sentence that best
 * supports the answer sentence carrying the marker (verbatim article text, never model text).
 */
final class GroundedAnswer {
    static final int MAX_CHARS = 4_000;
    /** Weight of shared words next to embedding similarity when picking the quote: figures must match. */
    static final double LEXICAL_WEIGHT = 0.3;

    /** A citation marker: {@code [1]}, {@code [1, 2]}, {@code [1; 3]}, {@code [2-4]}, with the space before it. */
    private static final Pattern MARKER = Pattern.compile("(\\s*)\\[(\\s*\\d{1,3}(?:\\s*(?:[,;–-]|and)\\s*\\d{1,3})*\\s*)]");
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
        Map<String, Citation> citations = new LinkedHashMap<>(); // key: docId#ordinal of the quoted sentence
        Map<Integer, float[]> claimVectors = new HashMap<>();
        List<int[]> spans = sentenceSpans(text);
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(text);
        int last = 0;
        String droppedSpace = ""; // space before a dropped marker, kept for a marker right after it
        while (m.find()) {
            String space = m.group(1).isEmpty() && m.start() == last ? droppedSpace : m.group(1);
            int span = spanOf(spans, m.start(2));
            String claim = claim(text, spans, span);
            StringBuilder markers = new StringBuilder();
            Set<Integer> seen = new HashSet<>();
            for (int n : numbers(m.group(2), prompt.passages().size())) {
                Passage p = prompt.passages().get(n - 1);
                Sentence quote = bestSentence(p, claimVectors.computeIfAbsent(span, s -> embed(claim, text)), claim);
                String key = quote.docId() + '#' + quote.ordinal();
                Citation c = citations.computeIfAbsent(key,
                        k -> Citations.of(citations.size() + 1, corpus, quote.docId(), quote.text()));
                if (seen.add(c.n())) markers.append('[').append(c.n()).append(']');
            }
            out.append(text, last, m.start());
            if (!markers.isEmpty()) out.append(space).append(markers);
            droppedSpace = markers.isEmpty() ? space : "";
            last = m.end();
        }
        out.append(text.substring(last));
        if (citations.isEmpty()) return Optional.empty();
        String answer = out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([.,;:!?])", "$1").strip();
        return Optional.of(new Answer(answer, true, List.copyOf(citations.values()), null, mode, false));
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

    private Sentence bestSentence(Passage p, float[] claimVector, String claim) {
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
        return p.sentences().get(best);
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

    /** The claim a marker supports: its sentence without markers, or the previous one if that is empty. */
    private static String claim(String text, List<int[]> spans, int span) {
        for (int i = span; i >= 0; i--) {
            String s = MARKER.matcher(text.substring(spans.get(i)[0], spans.get(i)[1])).replaceAll("").strip();
            if (WORD.matcher(s).find()) return s;
        }
        return "";
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
