package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Focus;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import dev.dealbot.text.Owners;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which candidate sentences can answer a question, best first. A sentence is ruled out when it does not state
 * what the question's wording demands: the names it asks about, the speaker whose words it wants, the figures it
 * names, the kind of figure it asks for (a date for "when", a sum for "how much"), the thing it measures, the thing
 * it asks about as that owner's (asked for X's Y, not Y of someone else), or the parties the right way round. The
 * rest are ranked by meaning (embedding cosine) and shared rare words (IDF-weighted).
 */
final class Selector {
    static final double SEMANTIC_WEIGHT = 0.6;
    static final double LEXICAL_WEIGHT = 0.4;
    /** Relevant enough to answer with shares this much of the question's words, unless very close in meaning. */
    static final double MIN_SHARED_WORDS = 0.25;
    static final double CLOSE_MEANING = 0.75;
    /** Kinds a sentence must have to answer: a question asking for a date or a figure is not answered without one. */
    static final Set<Kind> FIGURE_KINDS = EnumSet.of(Kind.TIME, Kind.NUMBER, Kind.PERCENT, Kind.MONEY, Kind.AMOUNT);
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|say|stated|states|told|tells|expressed|announced|noted|emphasi[sz]ed|acknowledged|wrote|memo|"
                    + "statement|according to|indicat\\w*|confirmed|described|called)\\b");

    private final Names names;
    private final double minRelevance;

    Selector(Names names, double minRelevance) {
        this.names = names;
        this.minRelevance = minRelevance;
    }

    /** The candidates that can answer {@code q} (with {@code kinds} as the kinds asked for), best first. */
    List<Scored> rank(Question q, Query query, List<Candidate> candidates, Set<Kind> kinds, boolean needFigures) {
        Set<Kind> required = EnumSet.noneOf(Kind.class);
        for (Kind k : kinds) if (FIGURE_KINDS.contains(k)) required.add(k);
        Direction asked = direction(q.english());
        Set<String> focusStems = q.focus() == null ? Set.of() : stems(q.focus(), query);
        Set<String> measuredStems = q.measured() == null ? Set.of() : stems(q.measured(), query);
        List<Scored> out = new ArrayList<>();
        for (Candidate c : candidates) {
            SentenceInfo s = c.sentence();
            if (!s.kinds().containsAll(required) || !statesNames(q, s) || needFigures && !statesFigures(q, s)) continue;
            if (!measuredStems.isEmpty() && measuredStems.stream().noneMatch(s.terms()::contains)) continue;
            if (!ownedBy(q.focus(), focusStems, s) || reverses(asked, s)) continue;
            out.add(new Scored(c, SEMANTIC_WEIGHT * c.semantic() + LEXICAL_WEIGHT * c.lexical()));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** Relevant enough to answer with. */
    boolean relevant(Scored s) {
        return s.score() >= minRelevance
                && (s.candidate().lexical() >= MIN_SHARED_WORDS || s.candidate().semantic() >= CLOSE_MEANING);
    }

    double minRelevance() {
        return minRelevance;
    }

    /** Every distinctive name of the question (or an alias) is in the quote, and the speaker's words are reported. */
    private boolean statesNames(Question q, SentenceInfo s) {
        String lower = s.quote().toLowerCase(Locale.ROOT);
        for (String name : q.names()) if (!names.mentioned(lower, name)) return false;
        if (q.speaker() == null) return true;
        for (String w : q.speaker().split("\\s+")) if (!Names.containsWord(lower, w)) return false;
        return SPEECH.matcher(lower).find();
    }

    private static boolean statesFigures(Question q, SentenceInfo s) {
        for (Figure f : q.figures()) if (!s.digits().contains(f.digits())) return false;
        return true;
    }

    /** Asked for X's thing: no occurrence of the thing in the sentence belongs to someone other than X. */
    private boolean ownedBy(Focus focus, Set<String> stems, SentenceInfo s) {
        if (focus == null || focus.owner() == null) return true;
        Set<String> owners = Owners.of(s.tokens(), s.nameTokens(), stems);
        return owners.isEmpty() || owners.stream().anyMatch(o -> names.same(o, focus.owner()));
    }

    /** The sentence has the question's two parties only the other way round. */
    private boolean reverses(Direction asked, SentenceInfo s) {
        if (!asked.known()) return false;
        boolean reversed = false;
        for (ClauseInfo c : s.clauses()) {
            if (c.direction().sameAs(asked, names)) return false;
            reversed |= c.direction().reverses(asked, names);
        }
        return reversed;
    }

    private Direction direction(String text) {
        List<Token> tokens = Tokens.of(text);
        return Direction.of(tokens, names.in(text, tokens), names);
    }

    /** The thing's stem with the synonyms the question's analysis found for it. */
    private static Set<String> stems(Focus focus, Query query) {
        Set<String> out = new HashSet<>();
        out.add(focus.stem());
        for (QueryTerm t : query.terms()) if (t.term().equals(focus.stem())) out.addAll(t.alternatives());
        return out;
    }
}
