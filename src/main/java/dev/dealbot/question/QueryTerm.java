package dev.dealbot.question;

import java.util.Set;

/**
 * An analysed question term with the index terms that may stand for it.
 *
 * @param term the (spell-corrected) stem, possibly absent from the index when only its synonyms occur
 * @param alternatives synonyms that occur in the index
 * @param weight its IDF (or its rarest synonym's, when the term itself never occurs)
 */
public record QueryTerm(String term, Set<String> alternatives, double weight) {
    public QueryTerm {
        alternatives = Set.copyOf(alternatives);
    }

    /** 1 when {@code terms} has the term itself, {@link #SYNONYM_CREDIT} for a synonym only, else 0. */
    public double matchIn(Set<String> terms) {
        if (terms.contains(term)) return 1;
        for (String alt : alternatives) if (terms.contains(alt)) return SYNONYM_CREDIT;
        return 0;
    }

    /** A synonym counts a little less than the word the user chose. */
    public static final double SYNONYM_CREDIT = 0.8;
}
