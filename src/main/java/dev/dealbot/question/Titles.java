package dev.dealbot.question;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An article named by its title, in quotes or not ("Who wrote 'Microsoft & OpenAI: A New Era of AI Partnership'?"),
 * is an article: the question about who wrote or published it, or when, asks about that article. The titles' patterns
 * are made once, when the index is read.
 */
final class Titles {
    /** Titles shorter than this many words are phrases a question may use of its own ("Revised terms"). */
    static final int MIN_WORDS = 4;

    private final List<Pattern> patterns;

    Titles(List<String> titles) {
        this.patterns = titles.stream().map(Titles::pattern).filter(java.util.Objects::nonNull).toList();
    }

    /** A title's words in order, whatever stands between them, in its quotes if any; null for a short title. */
    private static Pattern pattern(String title) {
        List<String> kept = java.util.Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (kept.size() < MIN_WORDS) return null;
        // a word may be written with another ending ("revised" for "revise"), as spelling correction may leave it
        String body = String.join("[^\\p{L}\\p{N}]+", kept.stream().map(w -> w.length() > 4
                ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}{0,3}" : Pattern.quote(w)).toList());
        return Pattern.compile("['\"“‘]?" + body + "['\"”’]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code english} with each article title it writes (and its quotes) read as "the article"; unchanged when it writes none. */
    String asArticle(String english) {
        String out = english;
        for (Pattern p : patterns) out = p.matcher(out).replaceAll("the article");
        return out;
    }
}
