package dev.dealbot.cli;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges an answer against a question-set line: answered or not as expected, every {@code expect} regex
 * matches (case-insensitive), a citation from an allowed source, quotes verbatim, no dangling {@code [n]}.
 */
public final class EvalScorer {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    /** The verdict; {@code problems} is empty when it passed. */
    public record Outcome(EvalCase testCase, Answer answer, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private EvalScorer() {}

    public static Outcome judge(EvalCase c, Answer answer, Corpus corpus) {
        List<String> problems = new ArrayList<>(integrity(answer, corpus));
        if (!Boolean.TRUE.equals(c.answerable())) {
            if (answer.answered()) problems.add("answered a question the articles don't answer");
            return new Outcome(c, answer, problems);
        }
        if (!answer.answered()) problems.add("said the articles don't answer");
        for (String regex : c.expect()) {
            if (!Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(answer.answer()).find())
                problems.add("answer does not match /" + regex + "/");
        }
        if (!c.sources().isEmpty() && answer.citations().stream().noneMatch(x -> c.sources().contains(x.docId())))
            problems.add("no citation from " + c.sources());
        return new Outcome(c, answer, problems);
    }

    /** Checks that hold for every answer: verbatim quotes and markers that match citations one to one. */
    public static List<String> integrity(Answer answer, Corpus corpus) {
        List<String> problems = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (Citation cit : answer.citations()) {
            numbers.add(cit.n());
            String body = corpus.article(cit.docId()).map(Article::body).orElse(null);
            if (body == null) problems.add("citation [" + cit.n() + "] names unknown doc " + cit.docId());
            else if (cit.quote() == null || cit.quote().isBlank() || !body.contains(cit.quote()))
                problems.add("quote of [" + cit.n() + "] is not verbatim in " + cit.docId());
        }
        Set<Integer> used = new HashSet<>();
        Matcher m = MARKER.matcher(answer.answer());
        while (m.find()) used.add(Integer.parseInt(m.group(1)));
        for (int n : used) if (!numbers.contains(n)) problems.add("dangling marker [" + n + "]");
        for (int n : numbers) if (!used.contains(n)) problems.add("citation [" + n + "] is never referenced");
        return problems;
    }
}
