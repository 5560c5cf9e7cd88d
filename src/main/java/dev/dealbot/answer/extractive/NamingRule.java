package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Naming;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence names what the question asks to have named, and the question does not already: someone (a party's name
 * or a noun for people or organisations, such as "analysts" or "sources"; for "which firm ...?" only a name), a name
 * written next to the thing whose name is asked ("its platform, Frontier"), or a place after "in", "at" or "near".
 */
final class NamingRule {
    /** Nouns that stand for the people or bodies who say or do things, when no name is given (stems). */
    static final Set<String> AGENTS = Set.of("analyst", "sourc", "peopl", "person", "execut", "offici", "spokesperson",
            "spokesman", "spokeswoman", "investor", "critic", "observ", "expert", "insid", "regul", "board", "founder",
            "chief", "ceo", "exec", "presid", "leader", "leadership", "manag", "team", "employe", "staff", "compani", "firm",
            "journalist", "author", "writer", "editor", "outlet", "customer", "client", "enterpris");
    /** How far a name may stand from the thing it names ("Amazon's Trainium chips", "platform, Frontier"). */
    static final int NAME_DISTANCE = 3;
    /** A capitalised word after "in", "at", ...: a place, unless written as an owner ("in OpenAI's development"). */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|across|throughout|outside|based in)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+)\\b(?!['’]s\\b)");

    private static final Pattern COPULAR_WHO = Pattern.compile("^\\W*who\\s+(is|are|was|were|will be|would be)\\b");

    /** "Who is claiming ...", "who said ...": the asked someone is a speaker, whom a sentence names by reporting speech. */
    private static final Pattern WHO_SAYS = Pattern.compile("\\bwho(?:\\s+\\w+){0,2}?\\s+(?:claim(?:s|ed|ing)?|says?|said|saying|wrote|writes|"
            + "suggest(?:s|ed|ing)?|argu(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|predict(?:s|ed|ing)?|warn(?:s|ed|ing)?|"
            + "contend(?:s|ed|ing)?|assert(?:s|ed|ing)?|insist(?:s|ed|ing)?|forecast(?:s|ing)?)\\b");

    private NamingRule() {}

    /** "Who said / wrote / is claiming ...?": the asked someone is a speaker. */
    static boolean asksSpeaker(String question) {
        return WHO_SAYS.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Asked who says something, the sentence reports what someone says (the claim asked about is theirs). */
    static boolean speaks(String question, SentenceInfo s) {
        return !WHO_SAYS.matcher(question.toLowerCase(Locale.ROOT)).find() || Selector.reportsSpeech(s.quote().toLowerCase(Locale.ROOT));
    }

    /**
     * "Who negotiated the deal?", "who first invested", "who publicly said": the verb after "who", its helpers and adverbs,
     * the deed asked the doer of.
     */
    private static final Pattern DEED = Pattern.compile("^\\W*(?:and\\s+|so\\s+)?who\\s+(?:(?:did|does|do|will|would|has|have|had|can|could|"
            + "first|originally|initially|actually|really|exactly|else|ultimately|[a-z]{3,}ly)\\s+)*([a-z]+)\\b");
    /**
     * Verbs too general to name a deed (being, having, getting, doing, making), verbs of having, which the articles tell
     * in many ("who maintains a stake?": "holds"), and verbs of faring well or badly, which they tell in other words ("who
     * benefits?": "serve enterprise customers").
     */
    private static final Set<String> NO_DEED = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "has",
            "have", "had", "do", "does", "did", "make", "makes", "made", "s", "become", "becomes", "became", "will", "would", "can", "could", "benefit",
            "benefits", "benefited", "gain", "gains", "gained", "win", "wins", "won", "lose", "loses", "lost", "profit", "profits",
            "suffer", "suffers", "stand", "stands", "hold", "holds", "held", "own", "owns", "owned", "keep", "keeps", "kept",
            "retain", "retains", "retained", "maintain", "maintains", "maintained", "control", "controls", "controlled");

    /**
     * The stem of the deed a who-question asks the doer of ("negotiated": negoti), or null when it asks who is someone,
     * who says something (the sentence's verb of saying may be another), or names a deed in a word the articles never use.
     */
    static dev.dealbot.question.QueryTerm deed(String question, dev.dealbot.question.Query query) {
        Matcher m = DEED.matcher(question.toLowerCase(Locale.ROOT));
        // "which executive signed ...?" asks the doer of a deed as "who signed ...?" does
        String verb = m.find() && !WHO_SAYS.matcher(m.group()).find() ? m.group(1) : Naming.whichVerb(question);
        if (verb == null || NO_DEED.contains(verb) || Selector.SPEECH.matcher(verb).matches()) return null;
        String stem = Tokens.of(verb).get(0).stem();
        if (query.unknownTerms().contains(stem)) return null;
        for (var t : query.terms()) if (t.term().equals(stem)) return t;
        return null;
    }

    /**
     * The sentence tells of the deed asked: it has the verb, a synonym of it or a word made from it ("renegotiation" for
     * "negotiated"). "Who negotiated the deal?" is not answered by a sentence that names sources for its figures.
     */
    static boolean tellsDeed(dev.dealbot.question.QueryTerm deed, SentenceInfo s, dev.dealbot.question.Query query) {
        if (deed == null) return true;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).stem();
            boolean deedWord = t.equals(deed.term()) || deed.alternatives().contains(t) || t.length() > deed.term().length() && t.endsWith(deed.term())
                    || deed.term().length() >= 4 && t.startsWith(deed.term());
            // "the renegotiated deal": a deed's participle before the thing it was done to tells what was done, not by whom
            Set<String> next = i + 1 < tokens.size() ? Set.of(tokens.get(i + 1).stem()) : Set.of();
            boolean participle = tokens.get(i).lower().endsWith("ed") && query.terms().stream().anyMatch(q -> q.matchIn(next) > 0);
            if (deedWord && !participle) return true;
        }
        return false;
    }

    /** {@code askedStems}: the question's stems with their synonyms ("ceo" for "chief executive"). */
    /**
     * For "who ...?", {@code s} tells who by a name the question does not give ("Denise Dresser"), not only by a noun for
     * people ("OpenAI's revenue leadership"), which a sentence naming them answers better.
     */
    static boolean namesSomeone(Naming naming, String question, SentenceInfo s, Names names) {
        if (naming == null || naming.type() != Naming.Type.SOMEONE) return false;
        String asked = question.toLowerCase(Locale.ROOT);
        return someone(COPULAR_WHO.matcher(asked).find() ? asked : asked.replaceAll("\\b[\\p{L}\\p{N}]+['’]s\\b", " "), Set.of(),
                s.quote(), Tokens.of(s.quote()), names, true);
    }

    static boolean satisfied(Naming naming, String question, Set<String> askedStems, SentenceInfo s, Names names, Set<String> personWords) {
        if (naming == null) return true;
        String asked = question.toLowerCase(Locale.ROOT);
        List<Token> tokens = Tokens.of(s.quote());
        return switch (naming.type()) {
            // a name the question writes only as an owner ("who valued Microsoft's stake?") may be who is asked for
            // except after "who is": "who is OpenAI's CFO?" asks for someone other than OpenAI
            case SOMEONE -> speaks(asked, s) && someone(COPULAR_WHO.matcher(asked).find() ? asked : asked.replaceAll("\\b[\\p{L}\\p{N}]+['’]s\\b", " "),
                    askedStems, s.quote(), tokens, names, false);
            // "which firm ...?" asks which one: "analysts" or "a company" does not tell it
            case WHICH_ONE -> someone(asked.replaceAll("\\b[\\p{L}\\p{N}]+['’]s\\b", " "), askedStems, s.quote(), tokens, names, true);
            // "which executive ...?": a person's name; a company's does not tell which of its people
            case PERSON -> someone(asked.replaceAll("\\b[\\p{L}\\p{N}]+['’]s\\b", " "), askedStems, s.quote(), tokens, names, true,
                    personWords);
            case NAME -> named(naming.thing(), asked, s.quote(), tokens, names);
            // the place is told in the sentence that answers, not in the sentence before it quoted for context
            case PLACE -> place(asked, s.text(), names);
        };
    }

    /**
     * Someone who is part of what is told: a new name or a people noun, not written as the owner of something else
     * ("OpenAI's strategy", "the access of Microsoft"), which tells whose thing is meant, not who did or got it.
     */
    private static boolean someone(String asked, Set<String> askedStems, String quote, List<Token> tokens, Names names,
            boolean namesOnly) {
        return someone(asked, askedStems, quote, tokens, names, namesOnly, null);
    }

    /** As above; with {@code persons}, only a name among those words counts. */
    private static boolean someone(String asked, Set<String> askedStems, String quote, List<Token> tokens, Names names,
            boolean namesOnly, Set<String> persons) {
        List<Token> nameTokens = names.in(quote, tokens);
        if (persons != null) nameTokens = nameTokens.stream().filter(t -> persons.contains(t.lower())).toList();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "which firm ...?": a name that only follows a preposition ("an investment in X") is not the one that did it
            boolean candidate = nameTokens.contains(t) ? newName(t, asked, names) && !partOfAskedName(tokens, i, nameTokens, asked, names)
                    && !(namesOnly && Names.afterPreposition(tokens, i))
                    : !namesOnly && AGENTS.contains(t.stem()) && !askedStems.contains(t.stem());
            boolean owner = t.possessive() || i > 0 && tokens.get(i - 1).lower().equals("of") && i > 1 && !tokens.get(i - 2).possessive()
                    && !NamingRule.AGENTS.contains(tokens.get(i - 2).stem());
            if (candidate && !owner) return true;
        }
        return false;
    }

    private static boolean named(Set<String> thing, String asked, String quote, List<Token> tokens, Names names) {
        List<Token> nameTokens = names.in(quote, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (!thing.isEmpty() && !thing.contains(tokens.get(i).stem())) continue;
            for (int j = Math.max(0, i - NAME_DISTANCE); j <= Math.min(tokens.size() - 1, i + NAME_DISTANCE); j++)
                if (nameTokens.contains(tokens.get(j)) && newName(tokens.get(j), asked, names) && !(j > i && prepositionBetween(tokens, i, j))) return true;
        }
        return false;
    }

    /** "models for Azure", "chips on AWS": a name after the thing and a preposition tells where or for whom, not its name. */
    private static boolean prepositionBetween(List<Token> tokens, int thing, int name) {
        for (int k = thing + 1; k < name; k++) if (Names.afterPreposition(tokens, k + 1)) return true;
        return false;
    }

    private static boolean place(String asked, String quote, Names names) {
        Matcher m = PLACE.matcher(quote);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (names.party(word) && !dev.dealbot.text.Names.calendar(word) && !names.mentioned(asked, word)) return true;
        }
        return false;
    }

    /** "Mustafa" of "Mustafa Suleyman" when the question names Suleyman: a word of a name the question already names. */
    private static boolean partOfAskedName(List<Token> tokens, int i, List<Token> nameTokens, String asked, Names names) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= tokens.size() || !nameTokens.contains(tokens.get(j))) continue;
            Token a = tokens.get(Math.min(i, j)), b = tokens.get(Math.max(i, j));
            if (b.start() - a.end() <= 1 && !a.possessive() && names.mentioned(asked, tokens.get(j).lower())) return true;
        }
        return false;
    }

    /** A party's name (not a month, not an acronym of a common noun) the question does not mention, itself or by an alias. */
    private static boolean newName(Token t, String asked, Names names) {
        return names.party(t.lower()) && !names.mentioned(asked, t.lower());
    }

    /** The stems of a text and the synonyms its query found for them. */
    static Set<String> stems(String text, dev.dealbot.question.Query query) {
        Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokens.of(text)) out.add(t.stem());
        for (var t : query.terms()) out.addAll(t.alternatives());
        return out;
    }
}
