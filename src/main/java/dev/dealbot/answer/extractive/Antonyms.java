package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Opposites;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question that takes one word of an opposite pair as given ("Why did Microsoft report a $7.5 billion loss?", "Why
 * did Microsoft become OpenAI's secondary cloud provider?", "Did it book a loss?") answered by a sentence that says the
 * other ("gain", "primary") opens with the correction: "Not “loss” — the articles say “gain”." The pairs are
 * {@link Opposites}.
 */
final class Antonyms {
    private Antonyms() {}

    /** The correction to lead the draft with, or null when the question takes no word as given that the draft's first sentence opposes. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "can't", "unable", "without", "nor");

    /** A word with a negation among the three words before it ("cannot support", "not be capped"). */
    static boolean negated(List<Token> tokens, Token word) {
        int i = tokens.indexOf(word);
        for (int j = Math.max(0, i - 3); j < i; j++)
            if (NEGATIONS.contains(tokens.get(j).lower()) || tokens.get(j).lower().endsWith("n't")) return true;
        return false;
    }

    /**
     * How many words after "tied to" in a question name what the thing is tied to; a sentence may name it further on
     * ("independent of OpenAI's technological milestones, including the development of ... (AGI)").
     */
    static final int OBJECT_WORDS = 6;
    static final int SAID_OBJECT_WORDS = 14;

    /**
     * What {@code a} is asked of in {@code asked} (see {@link #askedObject}) and the words after {@code b} in {@code said}
     * share a word that is no function word.
     */
    static boolean sameObject(List<Token> asked, Token a, List<Token> said, Token b) {
        Set<String> first = askedObject(asked, a);
        return objectStems(said, said.indexOf(b), SAID_OBJECT_WORDS).stream().anyMatch(first::contains);
    }

    private static Set<String> objectStems(List<Token> tokens, int at, int words) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + words); k++)
            if (!Terms.isFunctionWord(tokens.get(k).lower()) && !tokens.get(k).possessive()) out.add(tokens.get(k).stem());
        return out;
    }

    /** Verbs of a thing stopping or changing. */
    private static final Set<String> STOPS = Set.of("stop", "end", "ceas", "termin", "expir", "laps", "switch", "chang", "vanish", "disappear");
    /** Words that open the event a thing is said to stop or change on. */
    private static final Set<String> ON_EVENT = Set.of("if", "once", "when", "upon", "after");

    /**
     * The opposites of {@code t}: those of its word, or, for a verb of stopping or changing followed by the event it
     * would stop on ("stop once OpenAI hits AGI"), or ending a question that supposed the event before it ("If OpenAI
     * hits AGI, would the payments stop then?"), the words that leave a thing apart from that event ("independent").
     */
    private static List<String> opposites(List<Token> asked, Token t) {
        int i = asked.indexOf(t);
        if (STOPS.contains(t.stem())) {
            for (int k = i + 1; k < Math.min(asked.size(), i + 3); k++) if (ON_EVENT.contains(asked.get(k).lower())) return Opposites.untied();
            // the event supposed before the verb, which ends the question or points back to it ("If OpenAI reached AGI,
            // would its payments end then?")
            if (supposedBefore(asked, i) >= 0) return Opposites.untied();
        }
        return Opposites.of(t);
    }

    /**
     * Where the event a stopping verb at {@code i} points back to is supposed ("If OpenAI reached AGI, would its payments
     * end then?": at "if"), the verb ending the question or followed by "then"; -1 when it points back to none.
     */
    private static int supposedBefore(List<Token> asked, int i) {
        boolean pointsBack = i + 1 == asked.size() || asked.size() <= i + 3
                && asked.subList(i + 1, asked.size()).stream().anyMatch(x -> x.lower().equals("then"));
        if (!pointsBack) return -1;
        for (int k = 0; k < i; k++)
            // ("when" before an auxiliary asks a time: "When do ...?" supposes nothing)
            if (SUPPOSES.contains(asked.get(k).lower()) && !(k + 1 < asked.size() && Terms.AUXILIARIES.contains(asked.get(k + 1).lower()))) return k;
        return -1;
    }

    /** The words of what is asked to stop or change on: after the word, or after the supposing word it points back to. */
    private static Set<String> askedObject(List<Token> asked, Token t) {
        int i = asked.indexOf(t);
        int supposed = STOPS.contains(t.stem()) ? supposedBefore(asked, i) : -1;
        // the supposed event is the words from the supposing word up to the verb (a dozen at most)
        return supposed >= 0 ? objectStems(asked, supposed, Math.min(i - supposed - 1, SAID_OBJECT_WORDS)) : objectStems(asked, i, OBJECT_WORDS);
    }

    /** Words that open a supposed event. */
    private static final Set<String> SUPPOSES = Set.of("if", "once", "when", "suppose", "supposing", "say", "assuming", "imagine", "hypothetically");

    static String correction(Question q, DraftBuilder draft) {
        // a yes/no question after a supposed event ("If OpenAI reached AGI, would its payments end?") asks yes or no too
        boolean yesNo = q.yesNo() || q.supposedYesNo();
        if (!q.takesAsGiven() && !yesNo || draft.opensWithVerdict() || draft.sentences().isEmpty()) return null;
        List<Token> asked = Tokens.of(q.english());
        Set<String> askedStems = asked.stream().map(Token::stem).collect(Collectors.toSet());
        // the first sentence; a later one only for a word that leaves a thing apart from the asked one's object, which
        // it must name ("independent of ... milestones, including ... AGI" for "stop if OpenAI reached AGI")
        for (int n = 0; n < draft.sentences().size(); n++) {
            List<Token> said = Tokens.of(draft.sentences().get(n).text());
            Set<String> saidStems = said.stream().map(Token::stem).collect(Collectors.toSet());
            // the word asked, said anywhere in the quote (with the sentence before it), is said
            Set<String> quoted = Tokens.of(draft.sentences().get(n).quote()).stream().map(Token::stem).collect(Collectors.toSet());
            for (Token t : asked) {
                for (String opposite : opposites(asked, t)) {
                    if (n > 0 && !Opposites.ofAnother(opposite)) continue;
                    // both words asked ("higher or lower?") is no claim; both said is no contradiction
                    // said in another form ("losing" for "loss") is said too
                    if (askedStems.contains(opposite) || Opposites.forms(t.stem()).stream().anyMatch(quoted::contains) || !saidStems.contains(opposite)) continue;
                    Token found = said.stream().filter(x -> x.stem().equals(opposite)).findFirst().orElseThrow();
                    // "cannot support" says what "unsupported" does: a negated opposite is no contradiction
                    if (negated(said, found)) continue;
                    // "tied to the stake" is not denied by "independent of technology progress": the two are of one thing
                    if (Opposites.ofAnother(opposite) && !sameObject(asked, t, said, found)) continue;
                    String word = found.lower();
                    return yesNo ? "No — the articles say “" + word + "”." : "Not “" + t.lower() + "” — the articles say “" + word + "”.";
                }
            }
        }
        return null;
    }
}
