package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view asked of a speaker ("What did OpenAI's board say about the deal?", "What did Suleyman say about the cap?"):
 * declined when no article uses a word that names the speaker, and answered only by a sentence with a word of the topic
 * asked, not by the speaker's words on another thing.
 */
final class SpokenOf {
    private SpokenOf() {}

    /** "What did OpenAI's board say ...?", "how did regulators react?": a view asked of the speaker, after its verb's auxiliary. */
    private static final Pattern SPEAKER = Pattern.compile("^\\W*(?:what|how)\\s+(?:did|does|do|has|have|will|would)\\s+"
            + "((?:[\\p{L}'’-]+\\s+){1,4}?)(?:say|said|think|thought|state|announce|write|wrote|comment|respond|react|reply|feel)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "... say about the revenue share cap?": the topic a view is asked on, after "about". */
    private static final Pattern ABOUT_TOPIC = Pattern.compile("\\b(?:about|on|regarding|concerning)\\s+(.{3,80}?)\\W*$", Pattern.CASE_INSENSITIVE);

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

    /** A view asked on a topic, and the sentence answering it has no word of the topic besides names. */
    static boolean otherTopic(Question q, SentenceInfo first, Names names) {
        return otherTopic(q.english(), first.text(), names, stem -> q.query().terms().stream()
                .filter(term -> term.term().equals(stem)).flatMap(term -> term.alternatives().stream()).toList());
    }

    /** As above, of the question's words, the sentence's text and each stem's synonyms ({@code alternatives}). */
    static boolean otherTopic(String english, String sentence, Names names, Function<String, ? extends java.util.Collection<String>> alternatives) {
        Matcher speaker = SPEAKER.matcher(english);
        if (!speaker.find()) return false;
        Matcher topic = ABOUT_TOPIC.matcher(english.substring(speaker.end()));
        if (!topic.find()) return false;
        Set<String> words = new HashSet<>();
        for (Token t : Tokens.of(topic.group(1))) {
            if (Terms.isFunctionWord(t.lower()) || names.known(t.lower()) || t.lower().length() < 3) continue;
            words.add(t.stem());
            words.addAll(alternatives.apply(t.stem()));
        }
        return !words.isEmpty() && Tokens.of(sentence).stream().noneMatch(t -> words.contains(t.stem()));
    }
}
