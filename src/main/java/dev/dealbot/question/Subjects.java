package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What stake does Microsoft hold, and how much has it invested?": an "it" or "they" that a later sub-question asks of,
 * as the subject of its verb, stands for the party the sub-question before asks of as its subject, when that one names
 * one party only. Not one whose verb tells of a term ("..., and when does it end?"), which is the thing asked about,
 * nor one that asks nothing of the party but the party ("..., and what did it get?", "... and is it still?"): those are
 * read on from the sub-question before.
 */
final class Subjects {
    private static final String AUX = "(?:does|did|do|has|have|had|will|would|can|could|is|was|are|were)";
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\b(" + AUX + ")\\s+(?:it|they)\\b(?=\\s+(?:still\\s+|now\\s+|also\\s+)?(?!(?:still|now|also)\\b)([a-z]+)\\b)");

    private Subjects() {}

    /** {@code facet} with its subject pronoun replaced by the party {@code previous} asks of, or null when there is none. */
    static String resolved(String previous, String facet, Names names) {
        Matcher it = PRONOUN_SUBJECT.matcher(facet);
        if (!it.find() || Supposition.boundsTerm(it.group(2))) return null;
        List<String> parties = names.parties(previous);
        if (parties.size() != 1) return null;
        Matcher subject = Pattern.compile("(?i)\\b" + AUX + "\\s+(" + Pattern.quote(parties.get(0)) + ")\\b(?!['’])").matcher(previous);
        if (!subject.find()) return null;
        String read = facet.substring(0, it.start()) + it.group(1) + " " + subject.group(1) + facet.substring(it.end());
        // it must ask something of the party beyond the party itself: "what did it get?" says nothing of what is got
        return Terms.ofQuestion(read).stream().anyMatch(w -> !names.known(w)) ? read : null;
    }
}
