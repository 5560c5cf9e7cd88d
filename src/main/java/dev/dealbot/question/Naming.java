package dev.dealbot.question;

import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an open question asks to have named, which evidence must name and the question does not: someone ("Who led
 * the talks?"), the name of a thing ("What is the model called?", "the name of the chip"), or a place ("Where will the
 * data centres be built?").
 *
 * @param type what is to be named
 * @param thing for NAME, the stems of the words naming the thing whose name is asked; else empty
 */
public record Naming(Type type, Set<String> thing) {
    /**
     * SOMEONE: "who ...?", which a name or a noun for people ("analysts", "sources") answers; WHICH_ONE: "which firm
     * ...?", which asks to tell one from the others: only a name does; PERSON: "which executive ...?": only a person's
     * name does.
     */
    public enum Type { SOMEONE, WHICH_ONE, PERSON, NAME, PLACE }

    public Naming {
        thing = Set.copyOf(thing);
    }

    /** "Who ...?", "Whose memo ...?", "..., who said ...?", "by whom", "according to whom"; not "who is <Name>?", which asks about someone named. */
    private static final Pattern SOMEONE = Pattern.compile("(^|[,;:—–]\\s*|\\b(and|so|but|then)\\s+)(who|whom)\\b|^\\W*whose\\b|\\b(by|according to) whom\\b");
    private static final Pattern ABOUT_SOMEONE = Pattern.compile("^\\W*[Ww]ho\\s+(is|was|are|were)\\s+\\p{Lu}[\\p{L}]+(\\s+\\p{Lu}[\\p{L}]+)*\\s*\\??$");
    /** Kinds of someone that only a person is: "which executive signed ...?" is not answered by a company's name. */
    private static final Set<String> PERSON_KINDS = Set.of("person", "people", "individual", "exec", "execs", "executive",
            "executives", "official", "officials", "leader", "leaders", "boss", "ceo", "chief", "analyst", "analysts", "spokesperson",
            "spokesman", "spokeswoman");
    private static final Set<String> COMPANY_KINDS = Set.of("company", "companies", "firm", "firms");
    /**
     * "Which executive ...", "what company ...": someone asked for by a word that says only that it is a person or a
     * company; a specific kind ("which bank") is a thing the articles must mention.
     */
    private static final Pattern WHICH_SOMEONE = Pattern.compile("^\\W*(which|what)\\s+((?!(is|are|was|were|do|does|did|will|would|has|have|had|can|could|the)\\b)[\\w-]+\\s+){0,2}("
            + String.join("|", COMPANY_KINDS) + "|" + String.join("|", PERSON_KINDS) + ")\\s+"
            // followed by a verb ("what company pledged", "which exec set"), maybe after an adverb ("which exec publicly
            // set"), not by a noun it modifies ("what executive order")
            + "(?:\\w+ly\\s+)?(is|was|are|were|has|have|had|did|does|do|will|would|can|could|\\w+ed|set|put|led|made|said|says|wrote|gave|took|told|"
            + "won|sent|built|got|paid|let|kept|cut|spent|sought|thought|bought|brought|fought|taught|spoke|chose|drove|rose|began|"
            + "ran|met|felt|left|meant|held|stood|sold|found|heard|knew|saw|came|became|went|struck|\\w+s)\\b");

    /** The verb after "which <kind of someone>" ("which executive signed": signed), or null when there is none. */
    public static String whichVerb(String english) {
        Matcher which = WHICH_SOMEONE.matcher(english.toLowerCase(Locale.ROOT));
        return which.find() && !AUXILIARY.matcher(which.group(5)).matches() ? which.group(5) : null;
    }

    private static final Pattern AUXILIARY = Pattern.compile("is|was|are|were|has|have|had|did|does|do|will|would|can|could");
    /** "What is X called", "what are X named", "what's X known as". */
    private static final Pattern CALLED = Pattern.compile("\\bwhat(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will)\\s+(.{2,80}?)\\s+(?:be\\s+)?(?:called|named|known as)\\b");
    /** "The name of X", "X's name", "the codename of X". */
    private static final Pattern NAME_OF = Pattern.compile("\\b(?:name|names|codename|code name)\\s+(?:of|for)\\s+(.{2,160})$");
    /** "Where will X be built / located / based"; "in which city", "what countries". */
    private static final Pattern PLACE = Pattern.compile("\\bwhere\\b.{0,140}\\b(located|based|built|held|situated|headquartered|hosted|sited)\\b"
            + "|\\b(in which|what|which) (city|cities|country|countries|states?|regions?|towns?|locations?|sites?|places?)\\b|\\blocations? of\\b");
    private static final Pattern PREPOSITION = Pattern.compile("of|at|from|in|for|with|by|on");
    /** Words that end the phrase naming a thing: an auxiliary or a clause opener. */
    private static final Pattern PHRASE_END = Pattern.compile("is|are|was|were|do|does|did|will|would|has|have|had|that|which|who|being|been|can|could");

    /** What {@code english} asks to have named, or null when it asks for no name. */
    static Naming of(String english) {
        String written = english.strip();
        String lower = written.toLowerCase(Locale.ROOT);
        if (PLACE.matcher(lower).find()) return new Naming(Type.PLACE, Set.of());
        Matcher called = CALLED.matcher(lower);
        if (called.find()) return new Naming(Type.NAME, stems(asWritten(written, lower, called.start(1), called.end(1))));
        Matcher nameOf = NAME_OF.matcher(lower.replaceAll("[?.!]+$", ""));
        if (nameOf.find()) return new Naming(Type.NAME, stems(asWritten(written, lower, nameOf.start(1), nameOf.end(1))));
        // "which firm said ...": the one asked for acts; "which firm does X pay ...": it may be acted on, as for "who"
        Matcher which = WHICH_SOMEONE.matcher(lower);
        if (which.find() && !AUXILIARY.matcher(which.group(5)).matches())
            return new Naming(PERSON_KINDS.contains(which.group(4)) ? Type.PERSON : Type.WHICH_ONE, Set.of());
        if (asksForSomeone(english)) return new Naming(Type.SOMEONE, Set.of());
        return null;
    }

    /** "Who ...?" (not "who is <Name>?") or "which executive ...": the question asks for someone. */
    static boolean asksForSomeone(String english) {
        String lower = english.toLowerCase(Locale.ROOT).strip();
        return SOMEONE.matcher(lower).find() && !ABOUT_SOMEONE.matcher(english.strip()).matches() || WHICH_SOMEONE.matcher(lower).find();
    }

    /** The span of the lower-cased question as the asker wrote it (capitals tell names). */
    private static String asWritten(String written, String lower, int start, int end) {
        return written.length() == lower.length() ? written.substring(start, end) : lower.substring(start, end);
    }

    /** Stems of the content words of a phrase, up to the verb that ends it. */
    private static Set<String> stems(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = Tokens.of(phrase);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (PHRASE_END.matcher(t.lower()).matches()) break;
            // "to" or a preposition other than "of" opens what is said of the thing ("the model to launch first on Azure"),
            // not the thing named
            if (!out.isEmpty() && (t.lower().equals("to") || PREPOSITION.matcher(t.lower()).matches() && !t.lower().equals("of"))) break;
            if (t.possessive()) continue; // the owner ("Microsoft's model") is not the thing named
            // a name right after the thing's noun opens a clause about it ("the model Microsoft is building"); before it, or
            // after a preposition, it tells whose thing it is ("the Amazon service", "the boss of Amazon")
            boolean afterPreposition = i > 0 && PREPOSITION.matcher(tokens.get(i - 1).lower()).matches(); // "the boss of Amazon"
            if (t.capitalised() && !t.acronym() && !out.isEmpty() && !afterPreposition) break;
            if (t.lower().length() > 1 && Character.isLetter(t.lower().charAt(0)) && !Terms.QUESTION_STOPWORDS.contains(t.lower()))
                out.add(t.stem());
        }
        return out;
    }
}
