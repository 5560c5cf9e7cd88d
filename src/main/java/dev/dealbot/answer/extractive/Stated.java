package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
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
    private Stated() {}

    static boolean backs(Question statement, String actor, SentenceInfo s, Figure figure, Names names) {
        if (figure == null) return false;
        Set<String> own = FigurePart.ownWords(statement.query(), names, HAVING);
        List<String> parties = names.parties(statement.english());
        // "Microsoft got a third of OpenAI": with only a verb of having, the figure is tied by the parties its part names
        if (own.isEmpty() && (figure.type() != Figure.Type.PERCENT || parties.isEmpty())) return false;
        String text = s.quote(); // where the sentence's figures are placed
        for (Figure f : s.figures()) {
            if (!f.sameAs(figure) || f.end() > text.length()) continue;
            String part = FigurePart.around(text, f);
            boolean said = own.isEmpty() ? parties.stream().anyMatch(p -> names.mentioned(part.toLowerCase(Locale.ROOT), p))
                    : FigurePart.related(own, part);
            if (said && tied(actor, parties, part, FigurePart.rest(text, f), names)) return true;
        }
        return false;
    }

    /**
     * An event the asker describes ("Amazon announced its investment") is dated by a date of the sentence that has the
     * description's own words around it ("In late February of this year, Amazon announced a $50 billion investment").
     */
    static boolean dates(Question statement, SentenceInfo s, Figure date, Names names) {
        Set<String> own = FigurePart.ownWords(statement.query(), names, HAVING);
        if (own.isEmpty() || date.end() > s.quote().length()) return false;
        // the words within reach of the date, either side ("In late February of this year, Amazon announced ...")
        int from = Math.max(0, date.start() - REACH_CHARS), to = Math.min(s.quote().length(), date.end() + REACH_CHARS);
        return FigurePart.related(own, s.quote().substring(from, to));
    }

    /** How near a date the words of the event it dates stand: about six words. */
    private static final int REACH_CHARS = 45;

    /** Verbs that only say a party has a share ("got", "owns", "holds"): no word of what the figure measures. */
    private static final Set<String> HAVING = Set.of("get", "got", "gotten", "have", "ha", "had", "hold", "held", "own", "take", "took");

    /**
     * The part names the actor or another party of the statement's ("Suleyman wants Microsoft's models ..." and "the goal of
     * Microsoft's in-house model team is ... by 2027"); or it names no party and the rest of the sentence does not have the
     * actor doing something.
     */
    private static boolean tied(String actor, List<String> parties, String part, String rest, Names names) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (actor == null || names.mentioned(lower, actor) || parties.stream().anyMatch(p -> names.mentioned(lower, p))) return true;
        List<Token> tokens = Tokens.of(part);
        if (names.in(part, tokens).stream().anyMatch(t -> names.party(t.lower()))) return false; // another party's figure
        List<Token> restTokens = Tokens.of(rest);
        Token subject = names.in(rest, restTokens).stream().filter(t -> names.party(t.lower()) && !t.possessive()).findFirst().orElse(null);
        return subject == null || !names.mentioned(subject.lower(), actor);
    }
}
