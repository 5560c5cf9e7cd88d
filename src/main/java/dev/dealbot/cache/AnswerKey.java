package dev.dealbot.cache;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a first-turn answer depends on: the question as normalised text, the answering mode and model, and the
 * index version. Two questions that differ only in case, spacing, punctuation or Unicode form share a key.
 *
 * @param question the normalised question ({@link #normalise})
 * @param model the configured model; empty for the extractive answerer
 */
public record AnswerKey(String question, String mode, String model, String indexVersion) {
    /** Punctuation, except '%' and a '.' or ',' between digits ("2.5", "1,000" keep their meaning). */
    private static final Pattern PUNCTUATION = Pattern.compile("(?![%])\\p{P}(?<!\\d[.,](?=\\d))");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static AnswerKey of(String question, String mode, String model, String indexVersion) {
        return new AnswerKey(normalise(question), mode, model == null ? "" : model, indexVersion);
    }

    /** NFKC, lower case, punctuation dropped (see {@link #PUNCTUATION}), runs of white space as one space. */
    static String normalise(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** One string for stores that key by text (e.g. Redis): the parts joined by a separator no part contains. */
    public String id() {
        return mode + '\u0000' + model + '\u0000' + indexVersion + '\u0000' + question;
    }
}
