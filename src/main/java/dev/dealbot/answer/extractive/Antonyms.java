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

    /** The words after {@code a} in {@code one} and after {@code b} in {@code other} share a word that is no function word. */
    static boolean sameObject(List<Token> one, Token a, List<Token> other, Token b) {
        Set<String> first = objectStems(one, one.indexOf(a), OBJECT_WORDS);
        return objectStems(other, other.indexOf(b), SAID_OBJECT_WORDS).stream().anyMatch(first::contains);
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
     * would stop on ("stop once OpenAI hits AGI"), the words that leave a thing apart from that event ("independent").
     */
    private static List<String> opposites(List<Token> asked, Token t) {
        int i = asked.indexOf(t);
        if (STOPS.contains(t.stem()))
            for (int k = i + 1; k < Math.min(asked.size(), i + 3); k++) if (ON_EVENT.contains(asked.get(k).lower())) return Opposites.untied();
        return Opposites.of(t);
    }

    static String correction(Question q, DraftBuilder draft) {
        if (!q.takesAsGiven() || draft.opensWithVerdict() || draft.sentences().isEmpty()) return null;
        List<Token> asked = Tokens.of(q.english());
        Set<String> askedStems = asked.stream().map(Token::stem).collect(Collectors.toSet());
        List<Token> said = Tokens.of(draft.sentences().get(0).text());
        Set<String> saidStems = said.stream().map(Token::stem).collect(Collectors.toSet());
        // the word asked, said anywhere in the quote (with the sentence before it), is said
        Set<String> quoted = Tokens.of(draft.sentences().get(0).quote()).stream().map(Token::stem).collect(Collectors.toSet());
        for (Token t : asked) {
            for (String opposite : opposites(asked, t)) {
                // both words asked ("higher or lower?") is no claim; both said is no contradiction
                // said in another form ("losing" for "loss") is said too
                if (askedStems.contains(opposite) || Opposites.forms(t.stem()).stream().anyMatch(quoted::contains) || !saidStems.contains(opposite)) continue;
                Token found = said.stream().filter(x -> x.stem().equals(opposite)).findFirst().orElseThrow();
                // "cannot support" says what "unsupported" does: a negated opposite is no contradiction
                if (negated(said, found)) continue;
                // "tied to the stake" is not denied by "independent of technology progress": the two are of one thing
                if (Opposites.ofAnother(opposite) && !sameObject(asked, t, said, found)) continue;
                String word = found.lower();
                return q.yesNo() ? "No — the articles say “" + word + "”." : "Not “" + t.lower() + "” — the articles say “" + word + "”.";
            }
        }
        return null;
    }
}
