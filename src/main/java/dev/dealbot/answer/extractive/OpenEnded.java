package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Figure;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A yes/no question whether a state holds in a year after the articles were written ("In 2029 could OpenAI sell on
 * Google Cloud?", "Does Microsoft still pay OpenAI a share in 2027?"), when no article gives that state an end: the
 * articles say how things stand with no end set, which is answered, saying so, rather than declined for the year no
 * sentence states. A deed the year dates ("Will OpenAI go public in 2029?") is not a state and is not answered so.
 */
final class OpenEnded {
    /** What the answer says before the articles' words. */
    static final String NO_END = "The articles give no later change to this; they say:";
    /** Openers that ask whether a state holds or is allowed: present tense or permission, not a future or past deed. */
    private static final Pattern STATE_ASKED = Pattern.compile("(?:^\\W*|[,:;—–-]\\s*|\\b(?:19|20)\\d\\d\\s+)(?:(?:so|and|but|then)\\W+)?(?:can|could|is|are|does|do|may|might)\\b");
    private static final Pattern STILL = Pattern.compile("\\b(?:still|anymore|any longer)\\b");

    /** How many of the best sentences about the state are looked at for an end. */
    static final int LOOKED = 3;

    private OpenEnded() {}

    /** The question asks whether a state holds in a year later than {@code writtenYear}. */
    static boolean asks(Question q, int writtenYear) {
        Figure year = q.claimed();
        if (!q.yesNo() || year == null || year.type() != Figure.Type.YEAR || year.value() <= writtenYear || q.comparison() != null
                || q.premise() == null) return false;
        Figure asked = Premise.inQuestion(q, year);
        // "after 2032" asks past an end the asker knows of: not open-ended
        if (asked == null || Years.asked(q.english(), asked) != Years.Asked.AT) return false;
        String lower = q.english().toLowerCase(Locale.ROOT);
        String clause = lower.substring(Math.max(0, Math.max(lower.lastIndexOf(". ", asked.start()), lower.lastIndexOf(": ", asked.start()))));
        return STATE_ASKED.matcher(lower).find() || STILL.matcher(clause).find();
    }

    /** The sentence gives something an end year ("valid until 2032"). */
    static boolean givesEnd(dev.dealbot.index.SentenceInfo s) {
        return s.figures().stream().anyMatch(f -> f.type() == Figure.Type.YEAR && f.end() <= s.quote().length()
                && dev.dealbot.text.TimeBound.of(s.quote(), f) == dev.dealbot.text.TimeBound.UNTIL);
    }

    /**
     * The sentence tells the state asked in every word of the question's own (each word or a synonym; names, numbers and
     * words the articles never use aside; a word of a phrase synonym is no synonym alone): "primary cloud partner" does not
     * tell whether OpenAI is "restricted to Azure".
     */
    static boolean tellsState(Question now, dev.dealbot.index.SentenceInfo s, dev.dealbot.text.Names names) {
        return now.query().terms().stream().filter(t -> !names.known(t.term()) && !Character.isDigit(t.term().charAt(0)))
                .allMatch(t -> s.terms().contains(t.term()) || t.alternatives().stream().anyMatch(a -> !Terms.phrasePart(a) && s.terms().contains(a)));
    }
}
