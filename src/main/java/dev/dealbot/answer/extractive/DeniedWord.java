package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.text.Names;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim whose figure the articles confirm may still be denied by its words: "Is the licence exclusive until 2032?"
 * against "valid until 2032. This license is now non-exclusive."; "Is the 20% share uncapped?" against "at 20% ... but
 * subject to an overall cap". The denial is the quote's "non-W", "not W" or "no
 * longer (be) W" of a word W the claim states as so (not one it negates itself), in the confirming sentence or in a
 * sentence of its quote about the same thing (another of the claim's words). W is a state, not a small verb
 * ({@link Opposite#MIN_NEGATED_WORD}).
 */
final class DeniedWord {
    /** "non-W", "unW" (W of five letters or more: "unchanged", not "under"), "not W", "no longer (be) W", "without W". */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:non-?|un(?=\\p{L}{5,})|not\\s+|no longer\\s+|without\\s+(?:an?\\s+)?)"
            + "(?:be\\s+|been\\s+|being\\s+)?(\\p{L}+)", Pattern.CASE_INSENSITIVE);

    /** What an asker negates: as above, and what they set aside ("instead of changing", "rather than the nonprofit"). */
    private static final Pattern ASKER_NEGATED = Pattern.compile("\\b(?:non-?|un(?=\\p{L}{5,})|not\\s+(?:the\\s+|a\\s+|an\\s+)?|no longer\\s+|"
            + "without\\s+(?:an?\\s+)?|instead of\\s+(?:the\\s+)?|rather than\\s+(?:the\\s+)?)(?:be\\s+|been\\s+|being\\s+)?(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);

    /** What keeps a thing as it was: "unchanged", "the same percentage", "remains the same". */
    static final Pattern KEPT = Pattern.compile("\\b(?:unchanged|(?:at\\s+)?the same\\s+(?:percentage|rate|share|"
            + "ratio|level|proportion|terms)|remain(?:s|ing)?\\s+the same)\\b", Pattern.CASE_INSENSITIVE);

    private DeniedWord() {}

    /** The sentences of {@code s}'s quote (its own and those quoted with it). */
    private static String[] pieces(SentenceInfo s) {
        return s.quote().split("(?<=[.!?])\\s+");
    }

    /** The words of {@code text} (five letters or more, as stems) that stand outside any negation ("for-profit"). */
    private static Set<String> affirmed(String text) {
        String rest = ASKER_NEGATED.matcher(text).replaceAll(" ");
        Set<String> out = new HashSet<>();
        for (var t : dev.dealbot.text.Tokens.of(rest)) if (t.lower().length() >= Opposite.MIN_NEGATED_WORD) out.add(t.stem());
        return out;
    }

    /** Where a claim's word is denied, and the article's words that deny it ("non-exclusive"). */
    record Denial(SentenceInfo sentence, String words) {}

    /**
     * The denial in the confirming sentence, else in another candidate that states the claimed figure too and passes
     * {@code aboutParties}; null when none denies a word of the claim.
     */
    static Denial of(Question q, dev.dealbot.text.Figure claimed, SentenceInfo confirming, java.util.List<dev.dealbot.retrieval.Candidate> candidates,
            Names names, Set<String> filler, java.util.function.Predicate<SentenceInfo> aboutParties) {
        if (q.premise() == null) return null;
        String words = in(q, confirming, names, filler);
        if (words != null) return new Denial(confirming, words);
        for (var c : candidates) {
            SentenceInfo other = c.sentence();
            if (other.equals(confirming) || other.figures().stream().noneMatch(claimed::sameAs) || !aboutParties.test(other)) continue;
            words = in(q, other, names, filler);
            if (words != null) return new Denial(other, words);
        }
        return null;
    }

    /**
     * The words of {@code s}'s quote that keep as it was ("unchanged") a thing {@code claim} says was changed ("was the
     * share cut?"), in a piece of the quote about it (with a word of {@code own}, or, when {@code confirming}, the
     * sentence that confirmed the claim's figure), unless the asker denies the change themselves ("unchanged, right?");
     * or null.
     */
    static String kept(String claim, String asked, SentenceInfo s, Set<String> own, boolean confirming) {
        if (!dev.dealbot.text.Change.claimed(claim)) return null;
        if (ASKER_NEGATED.matcher(asked).results().anyMatch(r -> r.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("chang"))) return null;
        for (String piece : pieces(s)) {
            Matcher kept = KEPT.matcher(piece);
            boolean ownSentence = confirming && (piece.contains(s.text()) || s.text().contains(piece));
            if (kept.find() && (ownSentence || FigurePart.related(own, piece))) return kept.group().strip();
        }
        return null;
    }

    /** The words of {@code s}'s quote that deny a word of the claim, or null. */
    static String in(Question q, SentenceInfo s, Names names, Set<String> filler) {
        Set<String> own = new HashSet<>(FigurePart.ownWords(q.premise().query(), names, filler));
        // the claim's own longer words too, those the search leaves out ("change"): a quote's "unchanged" denies them
        for (var t : dev.dealbot.text.Tokens.of(q.premise().english()))
            if (t.lower().length() >= Opposite.MIN_NEGATED_WORD && !t.capitalised() && !filler.contains(t.stem())) own.add(t.stem());
        Set<String> negatedByAsker = new HashSet<>();
        for (Matcher m = ASKER_NEGATED.matcher(q.english()); m.find(); ) negatedByAsker.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        // the claim's own words not negated: "for-profit, not the nonprofit" states "profit" as so; its contrast is no claim
        Set<String> affirmed = affirmed(q.english());
        String kept = kept(q.premise().english(), q.english(), s, own, true);
        if (kept != null) return kept;
        for (String piece : pieces(s)) {
            for (Matcher m = NEGATED.matcher(piece); m.find(); ) {
                String word = m.group(1);
                if (word.length() < Opposite.MIN_NEGATED_WORD || negatedByAsker.stream().anyMatch(n -> FigurePart.related(Set.of(dev.dealbot.text.Tokens.stem(n)), word))) continue;
                Set<String> stated = own.stream().filter(o -> FigurePart.related(Set.of(o), word)).collect(java.util.stream.Collectors.toSet());
                if (stated.isEmpty()) continue;
                Set<String> others = new HashSet<>(own);
                others.removeAll(stated);
                boolean sameThing = piece.contains(s.text()) || s.text().contains(piece) || FigurePart.related(others, piece);
                if (sameThing) return m.group().strip();
            }
        }
        // the other way round: the claim denies a word ("uncapped") the quote states of the same thing ("subject to a cap")
        for (String word : negatedByAsker) {
            if (word.length() < Opposite.MIN_NEGATED_WORD) continue;
            String stem = dev.dealbot.text.Tokens.stem(word);
            if (affirmed.stream().anyMatch(a -> FigurePart.related(Set.of(stem), a))) continue;
            // the word or one the synonym list gives it: "unlimited" denies "subject to a cap"
            Set<String> forms = new HashSet<>(dev.dealbot.question.Terms.withSynonyms(word));
            forms.add(stem);
            for (String piece : pieces(s)) {
                boolean sameThing = piece.contains(s.text()) || s.text().contains(piece) || FigurePart.related(own, piece);
                if (!sameThing || NEGATED.matcher(piece).results().anyMatch(r -> FigurePart.related(forms, r.group(1)))) continue;
                var tokens = dev.dealbot.text.Tokens.of(piece);
                for (int i = 0; i < tokens.size(); i++) {
                    if (!FigurePart.related(forms, tokens.get(i).surface())) continue;
                    // the words leading to it, from the clause's start or at most five back: "subject to a total cap"
                    int from = Math.max(0, i - 4);
                    for (int k = i - 1; k >= from; k--) if (piece.substring(tokens.get(k).end(), tokens.get(k + 1).start()).contains(",")) { from = k + 1; break; }
                    return piece.substring(tokens.get(from).start(), tokens.get(i).end());
                }
            }
        }
        return null;
    }
}
