package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that gives a deed to someone the articles never name ("What did Satya Nadella post about OpenAI models on
 * AWS Bedrock?") while one sentence tells that very deed of someone else ("Amazon CEO Andy Jassy ... on AWS Bedrock"):
 * the bot says the articles don't attribute it to the asked person and quotes whom they do. The deed must be specific —
 * a name or a quoted word of the question that the sentence has, and most of the question's other words — so a
 * question about a stranger's general view ("What did Sam Altman say about the deal?") is still declined.
 */
final class WrongPerson {
    /** Share of the question's (known) word weight the sentence must have. */
    static final double MIN_COVERAGE = 0.5;
    /** Words of the deed besides its anchors the sentence must share: one name alone ("about Bedrock") is no deed. */
    static final int MIN_DEED_WORDS = 2;
    private static final Pattern QUOTED = Pattern.compile("['‘\"“]([\\p{L}][\\p{L} -]{1,40}?)['’\"”]");

    private WrongPerson() {}

    static DraftBuilder correct(Question q, List<Candidate> candidates, Names names, Composer composer) {
        List<String> anchors = anchors(q);
        if (anchors.isEmpty()) return null;
        List<Candidate> byCoverage = new ArrayList<>(candidates);
        byCoverage.sort(Comparator.comparingDouble((Candidate c) -> coverage(q, c.sentence())).reversed());
        for (Candidate c : byCoverage) {
            SentenceInfo s = c.sentence();
            if (coverage(q, s) < MIN_COVERAGE) break;
            if (deedWords(q, s, anchors) < MIN_DEED_WORDS) continue;
            String lower = s.quote().toLowerCase(Locale.ROOT);
            if (!anchors.stream().allMatch(a -> names.mentioned(lower, a) || Names.containsWord(lower, a))) continue;
            if (person(s, q.english().toLowerCase(Locale.ROOT), names) == null) continue;
            String asked = String.join(" ", q.unknownNames());
            DraftBuilder draft = new DraftBuilder();
            q.unknownNames().forEach(draft::deny);
            List<Integer> cited = composer.cite(draft, s);
            draft.say("The articles don't attribute this to " + asked + ". They say:", List.of());
            draft.say(s.quote(), cited);
            return draft;
        }
        return null;
    }

    /** What makes the deed specific: the question's distinctive names and the words it quotes. */
    static List<String> anchors(Question q) {
        List<String> out = new ArrayList<>(q.names());
        Matcher m = QUOTED.matcher(q.english());
        while (m.find()) out.add(m.group(1).toLowerCase(Locale.ROOT).strip());
        return out;
    }

    /** How many of the question's words other than its anchors the sentence has. */
    static int deedWords(Question q, SentenceInfo s, List<String> anchors) {
        java.util.Set<String> anchorStems = new java.util.HashSet<>();
        for (String a : anchors) for (Token t : dev.dealbot.text.Tokens.of(a)) anchorStems.add(t.stem());
        int n = 0;
        for (QueryTerm t : q.query().terms()) if (!anchorStems.contains(t.term()) && t.matchIn(s.terms()) > 0) n++;
        return n;
    }

    /** The IDF-weighted share of the question's known words the sentence has (synonyms count). */
    static double coverage(Question q, SentenceInfo s) {
        double total = 0, found = 0;
        for (QueryTerm t : q.query().terms()) {
            total += t.weight();
            found += t.weight() * t.matchIn(s.terms());
        }
        return total == 0 ? 0 : found / total;
    }

    /** A person the sentence names and the question does not: two adjacent capitalised words ("Andy Jassy"). */
    static String person(SentenceInfo s, String askedLower, Names names) {
        List<Token> tokens = s.nameTokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (b.start() - a.end() != 1 || a.acronym() || b.acronym() || a.possessive()) continue;
            if (Names.calendar(a.lower()) || Names.calendar(b.lower())) continue;
            String full = a.lower() + " " + b.lower();
            if (names.expansionWord(a.lower()) || names.expansionWord(b.lower())) continue; // "Amazon Web Services"
            if (!Names.containsWord(askedLower, a.lower()) && !Names.containsWord(askedLower, b.lower())) return full;
        }
        return null;
    }
}
