package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.text.Quotations;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who said words the question quotes at length ("Who said 'we will build AGI together'?"): only a sentence that has
 * most of the quoted words (an asker quotes from memory) answers it. When no sentence of the answer has them, the
 * articles do not quote anyone saying so, and a sentence that only shares their topic is no answer. Words quoted in
 * asking who wrote an article are its title.
 */
final class QuoteAsked {
    /** A question for the speaker or writer: "who/which .../whose ..." with a verb of saying. */
    private static final Pattern SPEAKER_ASKED = Pattern.compile("(?i)^\\W*(?:who|whom|whose|which)\\b.*\\b(?:said|say|says|wrote|write|writes|"
            + "stated|state|states|called|call|calls|described|describe|describes|coined|put it|told|tweeted|posted|quoted|claimed)\\b");

    private QuoteAsked() {}

    /** The question asks who said words it quotes, and none of the answer's sentences has them. */
    static boolean unfound(Question q, DraftBuilder draft, List<String> titles) {
        // asked who wrote an article, the quoted words are its title ("Who wrote the 'New Era of AI Partnership' piece?")
        if (q.source()) return false;
        return unfound(q.english(), draft.sentences().stream().map(s -> s.quote()).toList(), titles);
    }

    static boolean unfound(String question, List<String> quotes, List<String> titles) {
        List<String> quoted = Quotations.of(question);
        if (quoted.isEmpty() || !SPEAKER_ASKED.matcher(question).find()) return false;
        if (titles.stream().anyMatch(t -> quoted.stream().anyMatch(Quotations.normalised(t)::contains))) return false;
        return quotes.stream().noneMatch(s -> quoted.stream().allMatch(words -> mostlyIn(words, s)));
    }

    /** Share of a quote's words a sentence must have: an asker quotes from memory, seldom word for word. */
    static final double HELD = 0.75;

    /** The sentence has three in four or more of the quote's words (by stem). */
    private static boolean mostlyIn(String words, String sentence) {
        java.util.Set<String> said = new java.util.HashSet<>();
        for (var t : dev.dealbot.text.Tokens.of(sentence)) said.add(t.stem());
        var asked = dev.dealbot.text.Tokens.of(words);
        long had = asked.stream().filter(t -> said.contains(t.stem())).count();
        return had >= HELD * asked.size();
    }
}
