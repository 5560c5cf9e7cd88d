package dev.dealbot.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A role a question asks about without naming anyone ("Google's CEO", "the CEO of Google") that the texts give no one,
 * while they give the title at another organisation to one person whose sentence the rest of the question is about
 * ("What did Google's CEO post about Bedrock?": Amazon CEO Andy Jassy's sentence has Bedrock). The question slipped on
 * the organisation; it is read with that person in the role's place. With no such person, or two, nothing is assumed.
 */
final class UnnamedRoles {

    private UnnamedRoles() {}

    static People.Slip slip(String question, People people, Names names) {
        List<Token> tokens = Tokens.of(question);
        for (int i = 0; i < tokens.size(); i++) {
            int[] span = roleAt(tokens, i, names);
            if (span == null) continue;
            String org = orgWords(tokens, span), title = titleWords(tokens, span);
            if (org.isEmpty() || title.isEmpty() || namedAfter(tokens, span[1], people) || asksWho(tokens, span)) continue;
            if (people.roles().values().stream().anyMatch(r -> !people.contradicts(org, title, r))) return null; // someone holds it
            People.Role holder = holder(tokens, span, title, people, names);
            if (holder == null) return null;
            int start = tokens.get(span[0]).start(), end = tokens.get(span[1] - 1).end();
            String written = question.substring(start, end);
            int at = holder.sentence().toLowerCase(Locale.ROOT).indexOf(holder.person());
            String person = at < 0 ? holder.person() : holder.sentence().substring(at, at + holder.person().length());
            String without = question.substring(0, start) + person + question.substring(end);
            return new People.Slip(holder, written, person, without, true);
        }
        return null;
    }

    /** [start, end) of "Google's CEO", "Google CEO" or "the CEO of Google" at {@code i}, or null. */
    private static int[] roleAt(List<Token> tokens, int i, Names names) {
        int o = i;
        while (o < tokens.size() && o - i < 3 && People.organisation(tokens.get(o), names, true)) {
            o++;
            if (tokens.get(o - 1).possessive()) break;
        }
        if (o > i) { // "Google's CEO", "Google CEO"
            int t = o;
            while (t < tokens.size() && t - o < 3 && People.title(tokens.get(t))) t++;
            return t > o ? new int[] {i, t, o} : null;
        }
        int t = i; // "CEO of (the) Google"
        while (t < tokens.size() && t - i < 3 && People.title(tokens.get(t))) t++;
        if (t == i || t + 1 >= tokens.size() || !tokens.get(t).lower().equals("of")) return null;
        int os = t + 1 < tokens.size() && tokens.get(t + 1).lower().equals("the") ? t + 2 : t + 1, e = os;
        while (e < tokens.size() && e - os < 3 && People.organisation(tokens.get(e), names, true)) e++;
        return e > os ? new int[] {i, e, -t} : null;
    }

    private static String orgWords(List<Token> tokens, int[] span) {
        return span[2] > 0 ? People.words(tokens, span[0], span[2]) : People.words(tokens, -span[2] + (tokens.get(-span[2] + 1).lower().equals("the") ? 2 : 1), span[1]);
    }

    private static String titleWords(List<Token> tokens, int[] span) {
        return span[2] > 0 ? People.words(tokens, span[2], span[1]) : People.words(tokens, span[0], -span[2]);
    }

    /** "Who is Google's CEO?": the holder is what is asked, not someone the asker has in mind. */
    private static boolean asksWho(List<Token> tokens, int[] span) {
        for (int k = Math.max(0, span[0] - 3); k < span[0]; k++) if (tokens.get(k).lower().matches("who|who's|whos")) return true;
        return false;
    }

    /** A person the texts know follows the role ("Google CEO Andy Jassy"): the named slip's case. */
    private static boolean namedAfter(List<Token> tokens, int end, People people) {
        return end + 1 < tokens.size() && people.roles().containsKey(tokens.get(end).lower() + " " + tokens.get(end + 1).lower());
    }

    /**
     * The one person whose sentence shares the most of the question's own words (not the role's, not function words),
     * among them a name ("Bedrock"), when the texts give that person the title: words alone ("the new agreement") tie a
     * question to anyone; null when none or two do, or the best has another title.
     */
    private static People.Role holder(List<Token> tokens, int[] span, String title, People people, Names names) {
        Set<String> own = new HashSet<>(), ownNames = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k >= span[0] && k < span[1] || !Character.isLetter(t.lower().charAt(0)) || t.lower().length() < 3
                    || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.lower()) || QUESTION_WORDS.contains(t.lower())) continue;
            own.add(t.stem());
            if (names.known(t.lower()) && names.party(t.lower())) ownNames.add(t.stem());
        }
        People.Role best = null;
        int most = 0;
        boolean named = false;
        boolean tie = false;
        for (People.Role r : people.roles().values()) {
            Set<String> stems = people.sentenceWords(r); // learned once with the roles
            int shared = (int) own.stream().filter(stems::contains).count();
            if (shared > most) {
                best = r;
                most = shared;
                tie = false;
                named = ownNames.stream().anyMatch(stems::contains);
            }
            else if (shared == most && shared > 0) tie = true;
        }
        // the question's words may point to someone with another title ("OpenAI's CEO" on the AWS memo is its revenue chief)
        return best != null && !tie && named && !people.titleContradicts(title, best) ? best : null;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "who", "whom", "which", "did", "does", "do",
            "say", "said", "about", "tell", "according");
}
