package dev.dealbot.answer.extractive;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a figure the question names comes from ("Where does the 20% come from? Is it official?"): each article that
 * states it, with the source it gives for it. A sentence's own "according to X" names its source; one that has none
 * is under an "According to X, ..." that opens an earlier sentence of its paragraph. The bot says only which sources
 * the articles name, quoting them; whether a source is "official" is the reader's to judge. With no source named
 * by any article, the ordinary answer stands.
 */
final class Origin {
    /** "according to sources familiar with the deal": the source is what follows, up to the clause's end. */
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to ([^,.;:]{3,80})", Pattern.CASE_INSENSITIVE);
    /** An attribution that opens a sentence covers the rest of its paragraph. */
    private static final Pattern OPENING = Pattern.compile("^according to ([^,.;:]{3,80}),", Pattern.CASE_INSENSITIVE);

    private final Selector selector;
    private final SentenceTable table;
    private final Corpus corpus;

    Origin(Selector selector, SentenceTable table, Corpus corpus) {
        this.selector = selector;
        this.table = table;
        this.corpus = corpus;
    }

    /** A source and the sentence that names it. */
    private record Source(String name, SentenceInfo naming) {}

    /** The sources the articles give for the question's figure, or null when none names one. */
    DraftBuilder answer(Question q, List<Candidate> candidates) {
        Figure figure = q.figures().stream().filter(f -> f.type() != Figure.Type.YEAR).findFirst().orElse(q.figures().get(0));
        Map<String, SentenceInfo> stating = new LinkedHashMap<>(); // the best relevant sentence per article stating the figure
        for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), true)) {
            if (!selector.relevant(s)) break;
            if (s.sentence().figures().stream().anyMatch(figure::sameAs)) stating.putIfAbsent(s.sentence().docId(), s.sentence());
        }
        DraftBuilder draft = new DraftBuilder();
        List<String> parts = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<SentenceInfo> quoted = new ArrayList<>(); // in the order of their source numbers
        for (SentenceInfo s : stating.values()) {
            Source source = source(s);
            if (source == null || named.contains(source.name().toLowerCase(java.util.Locale.ROOT))) continue;
            named.add(source.name().toLowerCase(java.util.Locale.ROOT));
            int n = draft.cite(source.naming(), source.naming().quote());
            if (n > quoted.size()) quoted.add(source.naming());
            int m = draft.cite(s, s.quote());
            if (m > quoted.size()) quoted.add(s);
            parts.add(source.name() + (m == n ? " [" + n + "]" : " [" + n + "][" + m + "]"));
        }
        if (parts.isEmpty()) return null;
        String lead = parts.size() == 1 ? "The articles give " + figure.display() + " on the word of " + parts.get(0) + "."
                : "The articles give " + figure.display() + " on the word of different sources: " + String.join("; ", parts) + ".";
        draft.say(lead, List.of());
        for (int i = 0; i < quoted.size(); i++) draft.say(quoted.get(i).quote(), List.of(i + 1));
        return draft;
    }

    /** The source {@code s} gives: its own "according to X", else one opening an earlier sentence of its paragraph. */
    private Source source(SentenceInfo s) {
        Matcher own = ACCORDING.matcher(s.text());
        if (own.find()) return new Source(own.group(1).strip(), s);
        Article article = corpus.article(s.docId()).orElse(null);
        if (article == null) return null;
        Sentence at = s.sentence();
        for (int i = at.ordinal() - 1; i >= 0; i--) {
            Sentence before = article.sentences().get(i);
            if (before.paragraph() != at.paragraph()) break;
            Matcher opening = OPENING.matcher(before.text());
            SentenceInfo info = table.of(before);
            if (opening.find() && info != null) return new Source(opening.group(1).strip(), info);
        }
        return null;
    }
}
