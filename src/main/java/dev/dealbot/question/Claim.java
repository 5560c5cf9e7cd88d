package dev.dealbot.question;

import dev.dealbot.text.Figure;

/**
 * What a question claims beside what it asks, to be checked against the articles before it is answered.
 *
 * @param figure for a yes/no question stating a figure, that figure; for another question, a figure it takes for
 *     granted that no article states ("Why does the licence run until 2040?"); else null
 * @param premise the question without {@code figure}, analysed (what do the articles say instead?); with no figure,
 *     the clause the question states as fact beside what it asks (see Presumption) analysed; else null
 * @param presumed {@code premise} is a clause the question states as fact beside what it asks (see Presumption)
 * @param rest for a question that is not yes/no and has {@code figure} in a clause of its own, the whole question
 *     without the figure, analysed: what it still asks once the figure is corrected ("Given its cut rose to 25%, how long
 *     does it keep getting it?"); else null
 * @param asks with {@code rest}, the stems of the question's own words outside the clause ("until when does it hold its
 *     license?": hold, license), which an answer to the rest must have; else empty
 */
public record Claim(Figure figure, Question premise, boolean presumed, Question rest, java.util.List<String> asks) {
    /** A question that claims nothing. */
    public static final Claim NONE = new Claim(null, null, false, null, java.util.List.of());

    public Claim {
        asks = java.util.List.copyOf(asks);
    }
}
