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
    public enum Type { SOMEONE, NAME, PLACE }

    public Naming {
        thing = Set.copyOf(thing);
    }

    /** "Who ...?", "..., who said ...?", "by whom", "according to whom"; not "who is <Name>?", which asks about someone named. */
    private static final Pattern SOMEONE = Pattern.compile("(^|[,;:—–]\\s*|\\b(and|so|but|then)\\s+)(who|whom)\\b|\\b(by|according to) whom\\b");
    private static final Pattern ABOUT_SOMEONE = Pattern.compile("^\\W*[Ww]ho\\s+(is|was|are|were)\\s+\\p{Lu}[\\p{L}]+(\\s+\\p{Lu}[\\p{L}]+)*\\s*\\??$");
    /** "What is X called", "what are X named", "what's X known as". */
    private static final Pattern CALLED = Pattern.compile("\\bwhat(?:'s|’s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will)\\s+(.{2,80}?)\\s+(?:be\\s+)?(?:called|named|known as)\\b");
    /** "The name of X", "X's name", "the codename of X". */
    private static final Pattern NAME_OF = Pattern.compile("\\b(?:name|names|codename|code name)\\s+(?:of|for)\\s+(.{2,80})$");
    /** "Where will X be built / located / based"; "in which city", "what country". */
    private static final Pattern PLACE = Pattern.compile("\\bwhere\\b.{0,140}\\b(located|based|built|held|situated|headquartered|hosted|sited)\\b"
            + "|\\b(in which|what|which) (city|country|state|region|town|location|site)\\b|\\blocation of\\b");
    /** Words that end the phrase naming a thing: an auxiliary or a clause opener. */
    private static final Pattern PHRASE_END = Pattern.compile("is|are|was|were|do|does|did|will|would|has|have|had|that|which|who|being|been|can|could");

    /** What {@code english} asks to have named, or null when it asks for no name. */
    static Naming of(String english) {
        String lower = english.toLowerCase(Locale.ROOT).strip();
        if (PLACE.matcher(lower).find()) return new Naming(Type.PLACE, Set.of());
        Matcher called = CALLED.matcher(lower);
        if (called.find()) return new Naming(Type.NAME, stems(called.group(1)));
        Matcher nameOf = NAME_OF.matcher(lower.replaceAll("[?.!]+$", ""));
        if (nameOf.find()) return new Naming(Type.NAME, stems(nameOf.group(1)));
        if (SOMEONE.matcher(lower).find() && !ABOUT_SOMEONE.matcher(english.strip()).matches()) return new Naming(Type.SOMEONE, Set.of());
        return null;
    }

    /** Stems of the content words of a phrase, up to the verb that ends it. */
    private static Set<String> stems(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = Tokens.of(phrase);
        for (Token t : tokens) {
            if (PHRASE_END.matcher(t.lower()).matches()) break;
            if (t.lower().length() > 1 && Character.isLetter(t.lower().charAt(0)) && !Terms.QUESTION_STOPWORDS.contains(t.lower()))
                out.add(t.stem());
        }
        return out;
    }
}
