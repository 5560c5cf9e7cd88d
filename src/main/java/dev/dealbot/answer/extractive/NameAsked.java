package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is the name of the chip they will co-develop?", "What is Microsoft's in-house model called?": a question asking
 * what a thing is called is answered only by a sentence that gives the thing a name of its own — a capitalised word
 * near the thing's words (further off when it follows a party the question names, "Microsoft Azure") that is neither
 * such a party, an owner, nor a date word, and not another party's ("Amazon's
 * self-developed Trainium chips" names Amazon's chips, not the ones the question asks of Microsoft and OpenAI). A
 * sentence that only mentions the thing answers nothing asked.
 */
final class NameAsked {
    private NameAsked() {}

    private static final Pattern NAME_OF = Pattern.compile("(?i)^\\W*(?:what|which)(?:['’]s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will\\s+be)\\s+(?:the\\s+)?"
            + "(?:(?:official|product|brand|code)\\s+)?names?\\s+(?:of|for)\\s+(.{3,}?)\\s*\\??$");
    private static final Pattern CALLED = Pattern.compile("(?i)^\\W*what\\s+(?:is|was|are|were|will\\s+be)\\s+(.{3,}?)\\s+(?:called|named|known as)\\s*\\??$");

    /** How many words from a word of the thing its name may stand ("Trainium chips", "a platform, Frontier"). */
    static final int REACH = 4;

    /** The thing whose name {@code english} asks for, or null when it asks no name. */
    static String thing(String english) {
        Matcher m = NAME_OF.matcher(english.strip());
        if (m.matches()) return m.group(1);
        m = CALLED.matcher(english.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The question asks a thing's name and {@code picked} gives it none. */
    static boolean unnamed(Question q, SentenceInfo picked, Names names) {
        return unnamed(q.english(), picked.text(), names);
    }

    /** The question {@code english} asks a thing's name and the sentence {@code picked} gives it none. */
    static boolean unnamed(String english, String picked, Names names) {
        String thing = thing(english);
        if (thing == null) return false;
        Set<String> parties = new java.util.HashSet<>(names.parties(english));
        Set<String> words = new java.util.HashSet<>();
        for (Token t : Tokens.of(thing))
            // a name is capitalised: "cloud" in "Microsoft's cloud platform" is a word of the thing, though "Google Cloud" is a name
            if (!Terms.isFunctionWord(t.lower()) && !(t.capitalised() && names.known(t.lower())) && t.lower().length() > 2) words.add(t.stem());
        if (words.isEmpty()) return false;
        // a word the asker writes of the thing ("AI" in "the AI chips") is no name it is asked to be given
        Set<String> written = new java.util.HashSet<>();
        for (Token t : Tokens.of(thing)) written.add(t.lower());
        List<Token> tokens = Tokens.of(picked);
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // an owner ("Amazon's") is whose the thing is, not its name
            if (!t.capitalised() || t.possessive() || Names.calendar(t.lower()) || Terms.isFunctionWord(t.lower())) continue;
            // the party itself is no name of its thing; a name the texts join to it ("Azure" for Microsoft) may be
            if (parties.contains(t.lower()) || written.contains(t.lower())) continue;
            // a name written after the party's own ("Microsoft Azure") is the name of that party's thing further off too
            Token before = tokens.get(i - 1);
            boolean partys = !before.possessive() && parties.stream().anyMatch(p -> names.same(p, before.lower()));
            if (!near(tokens, i, words, partys ? 2 * REACH : REACH) || ownedByAnother(tokens, i, parties, names)) continue;
            return false;
        }
        return true;
    }

    private static boolean near(List<Token> tokens, int at, Set<String> words, int reach) {
        for (int k = Math.max(0, at - reach); k < Math.min(tokens.size(), at + reach + 1); k++)
            if (k != at && words.contains(tokens.get(k).stem())) return true;
        return false;
    }

    /** A party's possessive a few words before the name ("Amazon's self-developed Trainium") that the question does not name. */
    private static boolean ownedByAnother(List<Token> tokens, int at, Set<String> parties, Names names) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            Token t = tokens.get(k);
            if (t.possessive() && names.known(t.lower()) && names.party(t.lower())
                    && parties.stream().noneMatch(p -> names.same(p, t.lower()))) return true;
        }
        return false;
    }
}
