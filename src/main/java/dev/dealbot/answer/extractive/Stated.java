package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an article sentence backs a figure the asker stated before the question ("OpenAI was valued at $29B."): the
 * same number is not enough. The part of the sentence that states it (between commas) must say it of a word of the
 * statement's own (valued, stake, round), not only of the number, and of the statement's acting party: named in that
 * part, or, when the part names no one, not a party the rest of the sentence has doing something ("Based on the $29
 * billion valuation, Microsoft invested ..." does not value Microsoft).
 */
final class Stated {
    /** Words that hedge or write a figure ("nearly", "a third") say nothing of what it measures. */
    private static final Set<String> FIGURE_WORDS = Set.of("nearli", "almost", "estim", "approxim", "roughli", "around", "some",
            "over", "just", "about", "half", "third", "quarter", "fifth", "time", "twice", "doubl");

    private Stated() {}

    static boolean backs(Question statement, String actor, SentenceInfo s, Figure figure, Names names) {
        Set<String> own = ownWords(statement, names);
        if (own.isEmpty() || figure == null) return false;
        String text = s.quote(); // where the sentence's figures are placed
        for (Figure f : s.figures()) {
            if (!f.sameAs(figure) || f.end() > text.length()) continue;
            int from = Math.max(0, lastBoundary(text, f.start()));
            int to = nextBoundary(text, f.end());
            String part = text.substring(from, to), rest = text.substring(0, from) + " " + text.substring(to);
            if (related(own, Tokens.of(part)) && tied(actor, part, rest, names)) return true;
        }
        return false;
    }

    /** Where the part of {@code text} around {@code at} starts: after a comma, semicolon, dash or a sentence's end. */
    private static int lastBoundary(String text, int at) {
        for (int i = at - 1; i >= 0; i--) if (boundary(text, i)) return i + 1;
        return 0;
    }

    private static int nextBoundary(String text, int at) {
        for (int i = at; i < text.length(); i++) if (boundary(text, i)) return i;
        return text.length();
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        return ",;—–".indexOf(c) >= 0 || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }

    /** Stems of the statement's words that say what its figure measures: not names, numbers, units, dates or hedges. */
    private static Set<String> ownWords(Question statement, Names names) {
        Set<String> out = new HashSet<>();
        for (QueryTerm t : statement.query().terms()) {
            String w = t.term();
            if (names.known(w) || Names.calendar(w) || w.matches(".*\\d.*") || Selector.UNITS.contains(w) || FIGURE_WORDS.contains(w)) continue;
            out.add(w);
            out.addAll(t.alternatives());
        }
        return out;
    }

    /** The part has one of {@code own}, or a word of the same root ("valu" of "valued", "valuat" of "valuation"). */
    private static boolean related(Set<String> own, List<Token> part) {
        for (Token t : part)
            for (String o : own) {
                String w = t.stem();
                if (w.equals(o) || Math.min(w.length(), o.length()) >= 4 && (w.startsWith(o) || o.startsWith(w))) return true;
            }
        return false;
    }

    /** The part names the actor; or it names no party and the rest of the sentence does not have the actor doing something. */
    private static boolean tied(String actor, String part, String rest, Names names) {
        if (actor == null || names.mentioned(part.toLowerCase(Locale.ROOT), actor)) return true;
        List<Token> tokens = Tokens.of(part);
        if (names.in(part, tokens).stream().anyMatch(t -> names.party(t.lower()))) return false; // another party's figure
        List<Token> restTokens = Tokens.of(rest);
        Token subject = names.in(rest, restTokens).stream().filter(t -> names.party(t.lower()) && !t.possessive()).findFirst().orElse(null);
        return subject == null || !names.mentioned(subject.lower(), actor);
    }
}
