package dev.dealbot.index;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import java.util.regex.Pattern;

/**
 * A sentence that leans on the one before it ("The revised agreement lifts this restriction", "However, ...")
 * is quoted together with that sentence, so the quote still makes sense on its own.
 */
public final class Context {
    private static final Pattern LEANS_ON_PREVIOUS = Pattern.compile(
            "^(however|but|this|these|that|those|it|its|they|their|such|together|concurrently|notably|"
                    + "simultaneously|meanwhile|instead|still|yet|also|then|at that time|at the time|since then)\\b"
                    // "this restriction" refers back; "this year" and "such as" do not
                    + "|\\b(this|these|those)\\s+(?!(year|month|week|quarter|time)\\b)\\w+|\\bsuch\\s+(?!as\\b)\\w+"
                    // "in that round" points back; "that" opening a clause ("in that it ...", "since that is ...") does not
                    + "|\\b(in|at|during|from|after|before|since|by)\\s+that\\s+(?!(is|was|are|were|has|had|will|would|it|its|they|he|she|we|"
                    + "you|there|this|these|those|the|a|an)\\b)(?-i:[a-z]+)\\b",
            Pattern.CASE_INSENSITIVE);

    private Context() {}

    public static boolean leansOnPrevious(String sentence) {
        return LEANS_ON_PREVIOUS.matcher(sentence).find();
    }

    /** The next sentence of the same paragraph, else null. */
    public static Sentence next(Corpus corpus, Sentence s) {
        Article article = corpus.article(s.docId()).orElseThrow();
        if (s.ordinal() + 1 >= article.sentences().size()) return null;
        Sentence next = article.sentences().get(s.ordinal() + 1);
        return next.paragraph() == s.paragraph() ? next : null;
    }

    /** The next sentence of the same paragraph when it refers back to {@code s}, else null. */
    public static Sentence follower(Corpus corpus, Sentence s) {
        Article article = corpus.article(s.docId()).orElseThrow();
        if (s.ordinal() + 1 >= article.sentences().size()) return null;
        Sentence next = article.sentences().get(s.ordinal() + 1);
        return next.paragraph() == s.paragraph() && leansOnPrevious(next.text()) ? next : null;
    }

    /** {@code quote} followed by {@code next}, when that is verbatim article text; else {@code quote}. */
    public static String extend(Corpus corpus, String quote, Sentence next) {
        String joined = quote + " " + next.text();
        return corpus.article(next.docId()).orElseThrow().body().contains(joined) ? joined : quote;
    }

    /** The sentence, preceded by its predecessor in the same paragraph when it leans on it; verbatim. */
    public static String quote(Corpus corpus, Sentence s) {
        if (s.ordinal() == 0 || !leansOnPrevious(s.text())) return s.text();
        Article article = corpus.article(s.docId()).orElseThrow();
        Sentence previous = article.sentences().get(s.ordinal() - 1);
        if (previous.paragraph() != s.paragraph()) return s.text();
        String joined = previous.text() + " " + s.text();
        return article.body().contains(joined) ? joined : s.text();
    }
}
