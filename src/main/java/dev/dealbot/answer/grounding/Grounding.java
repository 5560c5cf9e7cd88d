package dev.dealbot.answer.grounding;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Draft;
import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.Embedder;
import dev.dealbot.index.Facts;
import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check every answer passes, whoever wrote it. Each sentence carrying {@code [n]} markers is a claim; a
 * marker stands only if its source supports the claim ({@link Support}); a claim left without one is removed, and
 * a sentence without markers may connect claims but not add figures or names of its own. The citations are
 * renumbered 1..m by first appearance, each quoting verbatim article text and saying how many articles state it;
 * where a cited sentence takes a side on a point the articles disagree on, the answer says so ({@link ConflictNotes}).
 */
public final class Grounding {
    static final int MAX_CHARS = 4_000;
    private static final Logger LOG = LoggerFactory.getLogger(Grounding.class);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Corpus corpus;
    private final Facts facts;
    private final Names names;
    private final Support support;

    public Grounding(PassageIndex index, Embedder embedder) {
        this.corpus = index.corpus();
        this.facts = index.facts();
        this.names = index.sentences().names();
        this.support = new Support(embedder, names, corpus);
    }

    /** Control characters removed (newlines kept), length capped: model output is untrusted. */
    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
        for (int i = 0; i < raw.length() && sb.length() < MAX_CHARS; i++) {
            char c = raw.charAt(i);
            if (c == '\t') sb.append(' ');
            else if (c == '\n' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) sb.append(c);
        }
        return sb.toString().strip();
    }

    /** The checked answer; empty when no citation survives (the text is then not shown as grounded). */
    public Optional<Answer> check(Draft draft) {
        if (draft.reason() != null) {
            Answer no = Answer.notAnswered(draft.mode(), draft.reason(), draft.text());
            return Optional.of(draft.degraded() ? no.asDegraded() : no);
        }
        String text = clean(draft.text());
        if (text.isEmpty()) return Optional.empty();
        List<int[]> spans = Markers.sentenceSpans(text);
        int[] claimOf = new int[spans.size()]; // span of a marker -> span of the claim it supports, -1 without markers
        Arrays.fill(claimOf, -1);
        Map<Integer, Set<Integer>> cited = new LinkedHashMap<>(); // claim span -> source numbers cited for it
        Matcher m = Markers.MARKER.matcher(text);
        while (m.find()) {
            int span = spanOf(spans, m.start(2));
            claimOf[span] = claimSpan(text, spans, span);
            claimOf[claimOf[span]] = claimOf[span]; // a marker on its own line removes the sentence before it too
            cited.computeIfAbsent(claimOf[span], c -> new LinkedHashSet<>()).addAll(Markers.numbers(m.group(2), draft.sources().size()));
        }
        Map<Integer, Map<Integer, SentenceInfo>> quotes = new HashMap<>(); // claim span -> source number -> quoted sentence
        List<String> dropped = new ArrayList<>();
        cited.forEach((c, ns) -> quotes.put(c, support.quotes(claim(text, spans, c), ns, draft, text, dropped)));
        Citations citations = new Citations(corpus, facts);
        StringBuilder out = new StringBuilder();
        String pendingSpace = ""; // space before a removed claim, kept if it breaks a paragraph
        String allEvidence = null;
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String space = leadingSpace(text, span);
            boolean unsupported = claimOf[i] >= 0 && quotes.get(claimOf[i]).isEmpty();
            if (claimOf[i] < 0) {
                if (allEvidence == null) allEvidence = support.evidence(draft.sources(), !draft.modelWritten());
                List<String> missing = new ArrayList<>(ClaimSupport.unsupported(text.substring(span[0], span[1]), allEvidence, names,
                        !draft.modelWritten(), support.written()));
                missing.removeAll(draft.denied()); // the question's own figure, named to correct it
                if (!missing.isEmpty()) dropped.add("uncited sentence states " + missing);
                unsupported = !missing.isEmpty();
            }
            if (unsupported) {
                if (space.length() > pendingSpace.length()) pendingSpace = space;
                continue;
            }
            out.append(pendingSpace.length() > space.length() ? pendingSpace : space);
            pendingSpace = "";
            Map<Integer, SentenceInfo> claimQuotes = claimOf[i] >= 0 ? quotes.get(claimOf[i]) : Map.of();
            cite(text, span[0] + space.length(), span[1], claimQuotes, draft, citations, out);
        }
        if (!dropped.isEmpty()) LOG.debug("Dropped unsupported citations {}", dropped);
        if (citations.isEmpty()) return Optional.empty();
        String answer = out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" +([.,;:!?])", "$1").strip();
        ConflictNotes.Noted noted = ConflictNotes.add(answer, citations, facts);
        String preface = draft.preface().isBlank() ? "" : draft.preface().strip() + " ";
        return Optional.of(new Answer(preface + noted.text(), true, citations.list(), null, draft.mode(), draft.degraded(),
                noted.conflicts(), null, null));
    }

    /**
     * Copies {@code text[from, to)} to {@code out}, each marker replaced by the renumbered citations of the sources
     * it names that support the claim ({@code quotes}); a marker left empty is dropped with its space.
     */
    private static void cite(String text, int from, int to, Map<Integer, SentenceInfo> quotes, Draft draft,
            Citations citations, StringBuilder out) {
        Matcher m = Markers.MARKER.matcher(text).region(from, to);
        int last = from;
        String droppedSpace = ""; // space before a dropped marker, kept for a marker right after it
        while (m.find()) {
            String space = m.group(1).isEmpty() && m.start() == last ? droppedSpace : m.group(1);
            StringBuilder markers = new StringBuilder();
            Set<Integer> seen = new java.util.HashSet<>();
            for (int n : Markers.numbers(m.group(2), draft.sources().size())) {
                SentenceInfo s = quotes.get(n);
                if (s == null) continue;
                String quote = draft.sources().get(n - 1).quote() != null ? draft.sources().get(n - 1).quote() : s.text();
                Citation c = citations.of(s, quote);
                if (seen.add(c.n())) markers.append('[').append(c.n()).append(']');
            }
            out.append(text, last, m.start());
            if (!markers.isEmpty()) out.append(space).append(markers);
            droppedSpace = markers.isEmpty() ? space : "";
            last = m.end();
        }
        out.append(text, last, to);
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
    static String claim(String text, List<int[]> spans, int span) {
        return Markers.strip(text.substring(spans.get(span)[0], spans.get(span)[1])).strip();
    }

    private static String leadingSpace(String text, int[] span) {
        int i = span[0];
        while (i < span[1] && Character.isWhitespace(text.charAt(i))) i++;
        return text.substring(span[0], i);
    }

    /** The attribution metadata of an article, for building citations. */
    static Article article(Corpus corpus, String docId) {
        return corpus.article(docId).orElseThrow(() -> new IllegalStateException("unknown doc " + docId));
    }
}
