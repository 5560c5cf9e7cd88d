package dev.dealbot.index;

import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Kinds;
import dev.dealbot.text.Polarity;
import dev.dealbot.text.Token;
import java.util.List;
import java.util.Set;

/**
 * One clause of a sentence with what conflict detection and grounding need of it.
 *
 * @param terms the index's analysed terms of the clause ("20%" gives "percent")
 * @param topic stems of its content words: not names, figures, polarity or function words
 * @param scope the topic words next to where it says the thing stops or continues ("revenue share payments ...
 *     are discontinued"): what stops or continues; empty when it says neither
 * @param kinds what the clause can answer ({@link Kinds#of} of its text and figures), computed once
 */
public record ClauseInfo(String text, List<Token> tokens, List<Token> names, Polarity polarity, Direction direction,
        List<Figure> figures, Set<String> terms, Set<String> topic, Set<String> scope, Set<Kind> kinds) {
    public ClauseInfo(String text, List<Token> tokens, List<Token> names, Polarity polarity, Direction direction,
            List<Figure> figures, Set<String> terms, Set<String> topic, Set<String> scope) {
        this(text, tokens, names, polarity, direction, figures, terms, topic, scope, Kinds.of(text, figures));
    }

    public ClauseInfo {
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        figures = List.copyOf(figures);
        terms = Set.copyOf(terms);
        topic = Set.copyOf(topic);
        scope = Set.copyOf(scope);
        kinds = Set.copyOf(kinds);
    }
}
