package dev.dealbot.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Who is Microsoft AI's CEO?", "Who leads Microsoft AI?", "who is the openai revenue boss": a question who holds a role
 * is answered by the one person the texts give that role: every word of the role's organisation is in the question, and
 * the question's title (a title word, a verb of leading, or a word of the title right before a title word: "revenue
 * boss") says nothing the texts' title does not. "Who is Microsoft's CEO?" is no one's: Microsoft AI is not Microsoft.
 */
public final class RoleHolders {
    private static final Pattern WHO = Pattern.compile("^\\W*(?:who|who's|whos|who’s)\\b", Pattern.CASE_INSENSITIVE);
    /** Verbs that ask who leads: the generic title. */
    private static final Set<String> LEADS = Set.of("lead", "leads", "head", "heads", "run", "runs", "helm", "helms");

    private RoleHolders() {}

    /** The role of the one person the who-question asks about, or null. */
    public static People.Role asked(String question, People people, Names names) {
        if (!WHO.matcher(question).find()) return null;
        List<Token> tokens = Tokens.of(question);
        People.Role found = null;
        for (People.Role r : people.roles().values()) {
            if (!orgNamed(tokens, r, names) || !titleFits(tokens, r, people, names)) continue;
            if (found != null) return null; // two people fit: the question does not tell which
            found = r;
        }
        return found;
    }

    /**
     * A who-question about a role only: "who" then a form of "be" or a verb of leading, a party's name and a title or that
     * verb, and nothing else the articles could answer it by ("Who is OpenAI's chief financial officer?").
     */
    private static final Pattern ROLE_ONLY = Pattern.compile("^\\W*(?:(?:who\\s+(?:is|was)|who's|whos|who’s)\\s+(?:the\\s+)?[\\p{L}'’\\s]+|"
            + "who\\s+(?:leads|heads|runs|helms)\\s+[\\p{L}'’\\s]+)\\??\\s*$", Pattern.CASE_INSENSITIVE);

    /** Whether the question asks only who holds a role at a party, whoever holds it (see {@link #asked}). */
    public static boolean asksRoleOnly(String question, Names names) {
        if (!ROLE_ONLY.matcher(question.strip()).matches()) return false;
        List<Token> tokens = Tokens.of(question);
        boolean party = false, title = false;
        int other = 0;
        for (Token t : tokens) {
            // a title written as a known acronym ("CEO") is a title, not an organisation
            if ((People.title(t) && !t.lower().equals("partner")) || LEADS.contains(t.lower())) title = true;
            else if (People.organisation(t, names, true)) party = true;
            else if (!t.lower().matches("who|who's|whos|who’s|is|was|the|of|at")) other++;
        }
        // a word of a title besides its title word ("chief financial officer"), not a thing ("primary cloud partner")
        return party && title && other <= 1;
    }

    /** Every word of the role's organisation is a word of the question, and the person is not named in it. */
    private static boolean orgNamed(List<Token> tokens, People.Role r, Names names) {
        for (String w : r.org().split(" ")) if (tokens.stream().noneMatch(t -> names.same(t.lower().replaceAll("'s$|’s$", ""), w))) return false;
        for (String w : r.person().split(" ")) if (tokens.stream().anyMatch(t -> t.lower().equals(w))) return false;
        return true;
    }

    /** The question has a title (or a verb of leading), and its title words fit the role's title. */
    private static boolean titleFits(List<Token> tokens, People.Role r, People people, Names names) {
        boolean titled = false, specific = false;
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (LEADS.contains(t.lower())) titled = true;
            if (!People.title(t)) continue;
            titled = true;
            specific |= !People.GENERIC.contains(t.lower());
            title.append(' ').append(t.lower());
            // "revenue boss": a plain word right before the title word is part of the title
            if (i > 0 && !tokens.get(i - 1).capitalised() && !People.title(tokens.get(i - 1)) && !People.organisation(tokens.get(i - 1), names, true)
                    && tokens.get(i - 1).lower().length() > 3 && !tokens.get(i - 1).lower().matches("the|their|its|whose")) {
                if (!List.of(r.title().split(" ")).contains(tokens.get(i - 1).lower())) return false;
                specific = true;
            }
        }
        // "Who leads OpenAI?", "Who is OpenAI's boss?" ask for the organisation's head: not its revenue chief
        if (!specific && !List.of(r.title().split(" ")).stream().allMatch(w -> TOP.contains(w) || People.chiefOfficer(w) && w.charAt(1) == 'e'))
            return false;
        return titled && (title.isEmpty() || !people.titleContradicts(title.toString().strip(), r));
    }

    /** Title words of an organisation's head. */
    private static final Set<String> TOP = Set.of("chief", "executive", "head", "president", "leader", "boss", "chairman", "chairwoman", "chair");
}
