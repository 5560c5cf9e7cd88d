package dev.dealbot.answer;

import dev.dealbot.index.SentenceInfo;
import java.util.List;

/**
 * An answerer's answer before the shared grounding check: text with {@code [n]} markers naming {@link Source}s
 * (1-based), or a refusal.
 *
 * @param preface the bot's own framing put before the text unchecked ("Your question is in Spanish ..."); it may
 *     state no figure and no name; empty when none
 * @param text the answer with markers; every claim is checked against the sources it cites
 * @param modelWritten the text comes from a language model: each cited source must also be alike in meaning to
 *     its claim, and the quote is the source sentence that best supports it
 * @param english the text is in English (a model answers in the question's language)
 * @param reason set when the answerer declines; {@code text} is then the message to show
 * @param denied figures of the question (their digits) that a sentence of the bot's own may name only to correct them
 *     ("Not 30% — the articles say 20%."); empty for a model's draft
 */
public record Draft(String preface, String text, List<Source> sources, boolean modelWritten, boolean english, String mode,
        boolean degraded, Reason reason, List<String> denied) {
    public Draft {
        sources = List.copyOf(sources);
        denied = List.copyOf(denied);
    }

    /**
     * What a marker cites: a passage shown to a model (any of its sentences may be quoted), or one sentence quoted as
     * {@code quote} (the sentence, with its neighbour where it needs one to make sense).
     */
    public record Source(List<SentenceInfo> sentences, String quote) {
        public Source {
            sentences = List.copyOf(sentences);
        }

        public static Source of(SentenceInfo s, String quote) {
            return new Source(List.of(s), quote);
        }
    }

    public static Draft refusal(String mode, Reason reason, String message) {
        return new Draft("", message, List.of(), false, true, mode, false, reason, List.of());
    }

    public Draft asDegraded() {
        return new Draft(preface, text, sources, modelWritten, english, mode, true, reason, denied);
    }
}
