package dev.dealbot.question;

import dev.dealbot.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The deed an amount is asked of: "How much money will Microsoft save by ...?" (save), "how much was paid at once?"
 * (paid): the first word after the auxiliary that follows "how much" or "how many <unit>", past names, articles,
 * owners and adverbs. A verb with a particle after it ("put into", "sunk in", "supposed to") is part of a phrase, whose
 * words the articles may say otherwise, and is not taken; nor is a word of change or of stopping.
 */
final class AmountDeed {
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "will", "would", "is", "are", "was", "were",
            "has", "have", "had", "can", "could", "should", "might", "may");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her", "it", "they");
    /** Adverbs that may stand before the verb ("reportedly", "still", "no longer"). */
    private static final Set<String> ADVERBS = Set.of("still", "already", "now", "ever", "also", "just", "even", "first", "then",
            "not", "no", "longer", "actually", "really", "eventually", "ultimately", "initially", "originally");
    /** Particles that make a verb part of a phrase. */
    private static final Set<String> PARTICLES = Set.of("in", "into", "to", "up", "out", "down", "aside", "away", "back", "off");

    private AmountDeed() {}

    /** The deed's word, or null when the question asks no amount of a deed. */
    static Token of(List<Token> tokens, List<Token> names) {
        int aux = auxiliaryAfterAmount(tokens);
        if (aux < 0) return null;
        for (int i = aux + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (names.contains(t) || t.possessive() || DETERMINERS.contains(t.lower()) || ADVERBS.contains(t.lower())
                    || t.lower().endsWith("ly")) continue;
            if (!Character.isLetter(t.lower().charAt(0))) return null;
            boolean phrase = i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1).lower());
            // a word of change or of stopping ("raise", "drop") is understood though no article uses it: what changed is
            // checked against the articles' figures
            return phrase || UnknownWords.understood(t.surface()) ? null : t;
        }
        return null;
    }

    /** The auxiliary right after "how much" or "how many <unit>" (and "money"), or -1. */
    private static int auxiliaryAfterAmount(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String w = tokens.get(i).lower(), next = tokens.get(i + 1).lower();
            int from;
            if (w.equals("how") && next.equals("much")) from = i + 2;
            else if (w.equals("how") && next.equals("many")) from = i + 3;
            else continue;
            if (from < tokens.size() && (tokens.get(from).lower().equals("money") || tokens.get(from).lower().equals("cash"))) from++;
            return from < tokens.size() && AUXILIARIES.contains(tokens.get(from).lower()) ? from : -1;
        }
        return -1;
    }
}
