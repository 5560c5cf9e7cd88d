package dev.dealbot.answer.extractive;

import dev.dealbot.answer.Draft;
import dev.dealbot.index.SentenceInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects an extractive draft: sentences of text, each followed by the markers of the sources it cites. */
final class DraftBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Draft.Source> sources = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private String preface = "";
    private final List<String> denied = new ArrayList<>();

    /** The source number (1-based) of {@code quote} from {@code s}, added on first use. */
    int cite(SentenceInfo s, String quote) {
        return numbers.computeIfAbsent(s.key() + '\n' + quote, k -> {
            sources.add(Draft.Source.of(s, quote));
            return sources.size();
        });
    }

    /** Appends a sentence and its markers. */
    DraftBuilder say(String sentence, List<Integer> cited) {
        if (!text.isEmpty()) text.append(' ');
        text.append(sentence);
        if (!cited.isEmpty()) {
            text.append(' ');
            for (int n : cited) text.append('[').append(n).append(']');
        }
        return this;
    }

    /** Puts a sentence of the bot's own before everything said so far. */
    DraftBuilder lead(String sentence) {
        text.insert(0, text.isEmpty() ? sentence : sentence + " ");
        return this;
    }

    /**
     * Puts a quote of {@code s}, with its marker, before everything said so far; after the opening verdict when there is
     * one ("No — the articles say “independent”."), which stays first.
     */
    DraftBuilder leadQuote(SentenceInfo s) {
        String quote = s.quote() + " [" + cite(s, s.quote()) + "]";
        java.util.regex.Matcher verdict = OPENING_VERDICT.matcher(text);
        if (!opensWithVerdict() || !verdict.lookingAt()) return lead(quote);
        text.insert(verdict.end(), quote + " ");
        return this;
    }

    /** An opening verdict of one sentence: up to its full stop (after a closing quotation mark, if any) and a space. */
    private static final java.util.regex.Pattern OPENING_VERDICT = java.util.regex.Pattern.compile("^[^\\[]*?[.][”\"]?\\s+(?=\\S)");

    /** Takes back an opening sentence of the bot's own ("Yes."), when what is said first now says otherwise. */
    DraftBuilder withoutOpening(String sentence) {
        if (text.indexOf(sentence) == 0) text.delete(0, Math.min(text.length(), sentence.length() + 1));
        return this;
    }

    private static final java.util.regex.Pattern DENIAL = java.util.regex.Pattern.compile("^(?:No|Not [^—]{1,60}) — the articles say ");

    /** An opening denial ("No — the articles say 2032.", "Not $29 billion — the articles say ...") said as what the articles say. */
    DraftBuilder sayingInsteadOfDenying() {
        var m = DENIAL.matcher(text);
        if (m.find()) text.replace(0, m.end(), "The articles say ");
        return this;
    }

    /** The figure an opening denial says instead ("No — the articles say 2032."), or null when it opens with none. */
    dev.dealbot.text.Figure saidInstead() {
        return figureAfter(DENIAL);
    }

    /** The first figure right after what {@code opening} matches at the start of the text, or null. */
    private dev.dealbot.text.Figure figureAfter(java.util.regex.Pattern opening) {
        var m = opening.matcher(text);
        if (!m.find()) return null;
        var figures = dev.dealbot.text.Figures.of(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
        return figures.isEmpty() ? null : figures.get(0);
    }

    private static final java.util.regex.Pattern VERDICT_SAYING = java.util.regex.Pattern.compile("^(?:Yes|No|Not [^—]{1,60}) — the articles say ");

    /** The figure an opening verdict gives ("Yes — the articles say $10 billion."), or null when it opens with none. */
    dev.dealbot.text.Figure verdictFigure() {
        return figureAfter(VERDICT_SAYING);
    }

    /** An opening "Yes." confirming one of two figures offered, said as what the articles say: "The articles say $10 billion." */
    DraftBuilder sayingConfirmed(String figure) {
        var m = BARE_YES.matcher(text);
        if (m.find()) text.replace(0, m.end(), "The articles say " + figure + ". ");
        return this;
    }

    private static final java.util.regex.Pattern BARE_YES = java.util.regex.Pattern.compile("^Yes\\.\\s*");
    private static final java.util.regex.Pattern BARE_VERDICT = java.util.regex.Pattern.compile("^(?:Yes|No)\\.\\s*");
    private static final java.util.regex.Pattern YES_SAYING = java.util.regex.Pattern.compile("^Yes — the articles say ");

    /** An opening "Yes." or "No." taken back, and a "Yes —" or "No —" verdict said as what the articles say. */
    DraftBuilder withoutVerdict() {
        var bare = BARE_VERDICT.matcher(text);
        if (bare.find()) text.delete(0, bare.end());
        var yes = YES_SAYING.matcher(text);
        if (yes.find()) text.replace(0, yes.end(), "The articles say ");
        return sayingInsteadOfDenying();
    }

    /** What is said so far opens with a verdict of the bot's own ("Yes —", "No —", "Not ...", "The articles contradict ..."). */
    boolean opensWithVerdict() {
        return text.toString().matches("(?s)^(?:(?:Yes|No|Not|Roughly)\\b|The articles contradict what the question takes as given:).*");
    }

    /** What is said so far, with its markers. */
    String said() {
        return text.toString();
    }

    /** What is said so far opens with {@code s} itself, no words of the bot's own before it. */
    boolean opensWithQuoteOf(SentenceInfo s) {
        return said().startsWith(s.quote()) || said().startsWith(s.text());
    }

    /** The sentences cited so far. */
    List<SentenceInfo> sentences() {
        return sources.stream().map(s -> s.sentences().get(0)).toList();
    }

    /** The articles cited so far, in order of first citation. */
    List<String> docIds() {
        return sources.stream().map(s -> s.sentences().get(0).docId()).distinct().toList();
    }

    boolean contains(String sentence) {
        return text.indexOf(sentence) >= 0;
    }

    /** A figure of the question (its digits) the draft names only to correct it. */
    DraftBuilder deny(String digits) {
        denied.add(digits);
        return this;
    }

    DraftBuilder preface(String preface) {
        this.preface = preface;
        return this;
    }

    Draft build(String mode) {
        return new Draft(preface, text.toString(), sources, false, true, mode, false, null, denied);
    }
}
