package dev.dealbot.text;

import java.util.List;
import java.util.Set;

/**
 * Who acts on whom in a clause: "payments from OpenAI to Microsoft", "paid by OpenAI to Microsoft",
 * "OpenAI ... shares revenue with Microsoft" all go from OpenAI to Microsoft; "Microsoft will no longer pay
 * OpenAI" goes the other way. The source is the name after "from"/"by", else the first name; the target the
 * name after "to", else after "with"/"for", else the next other name. Only parties count ({@link Names#party}).
 *
 * @param source the acting party (lower case), or null when unknown
 * @param target the party acted on or paid (lower case), or null when unknown
 */
public record Direction(String source, String target) {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their");

    public boolean known() {
        return source != null && target != null;
    }

    /** Both known, the same two parties, opposite ways round. */
    public boolean reverses(Direction other, Names names) {
        return known() && other.known() && names.same(source, other.target) && names.same(target, other.source);
    }

    /** Both known and the same. */
    public boolean sameAs(Direction other, Names names) {
        return known() && other.known() && names.same(source, other.source) && names.same(target, other.target);
    }

    /** The direction a question asks about; a question may write names in lower case ("microsoft pays openai"). */
    public static Direction ofQuestion(String text, Names names) {
        List<Token> tokens = Tokens.of(text);
        List<Token> named = tokens.stream().filter(t -> t.lower().length() > 2 && names.known(t.lower())).toList();
        return of(tokens, named, names);
    }

    /** The direction of a clause given its tokens and which of them are names. */
    public static Direction of(List<Token> tokens, List<Token> allNames, Names names) {
        List<Token> nameTokens = allNames.stream().filter(t -> names.party(t.lower())).toList();
        String source = after(tokens, nameTokens, Set.of("from", "by"));
        String target = after(tokens, nameTokens, Set.of("to"));
        String receiver = receiver(tokens, nameTokens);
        if (receiver != null && target == null) return new Direction(receiver.equals(source) ? null : source, receiver);
        if (target == null) target = after(tokens, nameTokens, Set.of("with", "for"));
        if (source == null) {
            for (Token n : nameTokens) if (!n.lower().equals(target)) { source = n.lower(); break; }
        }
        if (target == null && source != null) {
            Token from = null;
            for (Token n : nameTokens) {
                if (n.lower().equals(source)) from = from == null ? n : from;
                else if (from != null) {
                    // "Microsoft raised OpenAI's revenue share": a name owning the thing acted on is not who it goes to
                    if (!coordinated(tokens, from, n) && !n.possessive()) target = n.lower();
                    break;
                }
            }
        }
        return new Direction(source, target != null && target.equals(source) ? null : target);
    }

    /** Words that may open a clause before its subject: "However, it will no longer pay OpenAI". */
    private static final Set<String> OPENERS = Set.of("however", "but", "and", "yet", "also", "still", "now", "meanwhile",
            "moreover", "additionally", "furthermore", "instead", "notably", "simultaneously", "concurrently", "in",
            "addition", "at", "the", "same", "time", "turn");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she");

    /**
     * A clause whose subject is a pronoun ("However, it will no longer pay OpenAI a revenue share") acts on the names
     * after its verb: the pronoun stands for {@code referent}, the party the sentence before names first, when known.
     * Without a referent, or when the clause's direction is told by "from"/"by", the clause's own names decide.
     */
    public static Direction of(List<Token> tokens, List<Token> allNames, Names names, String referent) {
        Direction own = of(tokens, allNames, names);
        if (referent == null || !pronounSubject(tokens)) return own;
        List<Token> nameTokens = allNames.stream().filter(t -> names.party(t.lower())).toList();
        if (after(tokens, nameTokens, Set.of("from", "by")) != null || names.same(referent, own.source) && own.target == null) return own;
        String target = nameTokens.stream().map(Token::lower).filter(n -> !names.same(n, referent)).findFirst().orElse(null);
        return new Direction(referent, target);
    }

    /** The clause's first word, after openers such as "however", is a subject pronoun. */
    static boolean pronounSubject(List<Token> tokens) {
        for (Token t : tokens) {
            if (OPENERS.contains(t.lower())) continue;
            return SUBJECT_PRONOUNS.contains(t.lower());
        }
        return false;
    }

    /** Verbs by which the subject gets something rather than gives it: "Microsoft will retain a 20% share". */
    private static final Set<String> RECEIVING = Set.of("retain", "retains", "retained", "receive", "receives", "received",
            "receiving", "get", "gets", "got", "getting", "earn", "earns", "earned", "earning", "collect", "collects", "collected",
            "collecting", "keep", "keeps", "kept", "gain", "gains", "gained", "gaining", "retaining");
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "can", "could", "shall", "should", "may", "might",
            "does", "did", "do", "has", "have", "had", "is", "was", "still", "also", "continue", "continues", "to", "now", "no",
            "longer", "not", "only");

    /** The clause's first party when a receiving verb follows it ("Microsoft will still receive"): the one paid. */
    private static String receiver(List<Token> tokens, List<Token> nameTokens) {
        if (nameTokens.isEmpty()) return null;
        Token first = nameTokens.get(0);
        if (first.possessive()) return null;
        for (int i = tokens.indexOf(first) + 1; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            // "keeps paying" continues a deed rather than receiving: the verb continued decides ("keeps collecting" receives)
            if (RECEIVING.contains(w) && !(i + 1 < tokens.size() && tokens.get(i + 1).lower().endsWith("ing"))) return first.lower();
            if (RECEIVING.contains(w)) continue;
            if (!AUXILIARIES.contains(w) && !w.endsWith("ly")) return null;
        }
        return null;
    }

    /** "Microsoft and OpenAI", "Microsoft-OpenAI": two names side by side act together; neither acts on the other. */
    private static boolean coordinated(List<Token> tokens, Token a, Token b) {
        for (int i = tokens.indexOf(a) + 1; i < tokens.indexOf(b); i++)
            if (!COORDINATORS.contains(tokens.get(i).lower())) return false;
        return true;
    }

    /** Nouns of a right to something: "a licence to Microsoft's IP" is a right to that name's thing. */
    private static final Set<String> RIGHTS = Set.of("license", "licence", "licenses", "licences", "access", "right", "rights");

    private static final Set<String> COORDINATORS = Set.of("and", "or", "both", "nor");

    private static String after(List<Token> tokens, List<Token> names, Set<String> prepositions) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!prepositions.contains(tokens.get(i).lower())) continue;
            if (i > 0 && tokens.get(i - 1).lower().equals("according")) continue; // "according to X" names a source of news
            int j = i + 1;
            if (ARTICLES.contains(tokens.get(j).lower()) && j + 1 < tokens.size()) j++;
            // "for Microsoft's authorization", "what happens to Microsoft's access": the name owns what follows, it is not who
            // the thing goes to; but a right "to Microsoft's IP" is to that name's, as "a licence to OpenAI IP" is
            boolean owned = tokens.get(j).possessive() && !(tokens.get(i).lower().equals("to") && i > 0 && RIGHTS.contains(tokens.get(i - 1).lower()));
            if (names.contains(tokens.get(j)) && !owned) return tokens.get(j).lower();
        }
        return null;
    }
}
