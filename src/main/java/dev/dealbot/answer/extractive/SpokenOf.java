package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.text.Tokens;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A view asked of a speaker ("What did OpenAI's board say about the deal?"): declined when no article uses a word that names the speaker. */
final class SpokenOf {
    private SpokenOf() {}

    /** "What did OpenAI's board say ...?", "how did regulators react?": a view asked of the speaker, after its verb's auxiliary. */
    private static final Pattern SPEAKER = Pattern.compile("^\\W*(?:what|how)\\s+(?:did|does|do|has|have|will|would)\\s+"
            + "((?:[\\p{L}'’-]+\\s+){1,4}?)(?:say|said|think|thought|state|announce|write|wrote|comment|respond|react|reply|feel)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words for a piece of writing: what "says" a thing there is an article or a part of one, not someone quoted. */
    private static final Pattern WRITING = Pattern.compile("\\b(?:articles?|pieces?|reports?|posts?|blogs?|"
            + "stor(?:y|ies)|write-?ups?|coverage|titles?|headlines?|summar(?:y|ies)|analys[ie]s|sources?|outlets?|agreements?|deals?|terms)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A view asked of a speaker named by a word no article uses ("What did OpenAI's board say?"): no article tells what
     * they said. Not a piece of writing or the deal itself "saying" something, which is asked of what the articles write.
     */
    static boolean unknownSpeaker(Question q) {
        return !q.source() && unknownSpeaker(q.english(), Set.copyOf(q.query().unknownTerms()));
    }

    /** As above, of the question's words and the stems of its words no article uses. */
    static boolean unknownSpeaker(String english, Set<String> unknownStems) {
        if (unknownStems.isEmpty()) return false;
        Matcher m = SPEAKER.matcher(english);
        return m.find() && !WRITING.matcher(m.group(1)).find() && Tokens.of(m.group(1)).stream().anyMatch(t -> unknownStems.contains(t.stem()));
    }
}
