package dev.dealbot.question;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An article named by its title, in quotes or not ("Who wrote 'Microsoft & OpenAI: A New Era of AI Partnership'?"),
 * is an article: the question about who wrote or published it, or when, asks about that article.
 */
final class Titles {
    private Titles() {}

    /** Titles shorter than this many words are phrases a question may use of its own ("Revised terms"). */
    static final int MIN_WORDS = 4;

    /** {@code english} with each article title it writes (and its quotes) read as "the article"; unchanged when it writes none. */
    static String asArticle(String english, List<String> titles) {
        String out = english;
        for (String title : titles) {
            String[] words = title.split("[^\\p{L}\\p{N}]+");
            List<String> kept = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
            if (kept.size() < MIN_WORDS) continue;
            // a word may be written with another ending ("revised" for "revise"), as spelling correction may leave it
            String body = String.join("[^\\p{L}\\p{N}]+", kept.stream().map(w -> w.length() > 4
                    ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}{0,3}" : Pattern.quote(w)).toList());
            Pattern p = Pattern.compile("['\"“‘]?" + body + "['\"”’]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out = p.matcher(out).replaceAll("the article");
        }
        return out;
    }
}
