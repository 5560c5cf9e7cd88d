package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.PartyRoles;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A role the question gives a party for another ("Is Google Cloud now OpenAI's primary cloud partner?", "Since
 * Amazon is OpenAI's main cloud provider, ..."), where a sentence gives that role, in its words or their synonyms, to
 * a different party and none gives it to the asked one: "No — the articles name Microsoft as OpenAI's primary cloud
 * provider, not Google Cloud." with that sentence.
 */
final class PartyRole {
    /** How far before the role's owner the sentence may name who holds the role ("Microsoft will remain OpenAI's ..."). */
    static final int HOLDER_REACH = 6;
    /** How many words after the owner the role's words may take ("OpenAI's “primary cloud partner,”"). */
    static final int ROLE_REACH = 5;
    /** Words that link a holder to its role: "X remains Y's R", "X will remain Y's R", "identify X still as Y's R". */
    private static final Set<String> LINKS = Set.of("is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "as",
            "be", "become", "becomes", "became", "will", "still", "now", "position", "their", "its", "his", "her");

    private PartyRole() {}

    static DraftBuilder check(Question q, List<Candidate> candidates, SentenceTable table, Composer composer) {
        Names names = table.names();
        PartyRoles.RoleClaim claim = PartyRoles.of(q.english(), names);
        if (claim == null) return null;
        List<Set<String>> role = roleStems(claim.role(), q);
        if (role.isEmpty()) return null;
        String asked = names.parties(claim.holder()).get(0);
        // a sentence giving the role to the asked party, or to a party whose product it is ("Microsoft Azure"), confirms it
        for (SentenceInfo s : table.all()) {
            Holding h = holding(s.text(), claim.owner(), role, names);
            if (h != null && (names.same(h.holder(), asked) || partOf(asked, h.holder(), table))) return null;
        }
        for (Candidate c : candidates) {
            SentenceInfo s = c.sentence();
            Holding h = holding(s.text(), claim.owner(), role, names);
            if (h == null) continue;
            DraftBuilder draft = new DraftBuilder();
            for (String w : claim.holder().split("\\s+")) draft.deny(w);
            List<Integer> cited = composer.cite(draft, s);
            // a yes/no question is answered no; one asking why or how of the role has its premise set right
            draft.say(q.yesNo() ? "No — the articles name " + h.holderWritten() + " as " + h.roleWritten() + ", not " + claim.holder() + "."
                    : "Not " + claim.holder() + " — the articles name " + h.holderWritten() + " as " + h.roleWritten() + ".", cited);
            draft.say(s.quote(), cited);
            return draft;
        }
        return null;
    }

    /** Who a sentence gives a role to, as it writes them and the role ("Microsoft", "OpenAI's primary cloud provider"). */
    record Holding(String holder, String holderWritten, String roleWritten) {}

    /**
     * The party {@code text} names as holding {@code role} for {@code owner}: the nearest party before the owner's
     * possessive, linked to it only by words like "remains" or "as", when the role's words (or synonyms) follow it.
     */
    static Holding holding(String text, String owner, List<Set<String>> role, Names names) {
        List<Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.possessive() || !names.same(t.lower(), owner) && !names.same(owner, t.lower())) continue;
            int last = roleEnd(tokens, i + 1, ROLE_REACH, role);
            if (last < 0) continue;
            // the role's noun phrase goes on through words of the role ("primary cloud provider" for "main cloud provider")
            while (last + 1 < tokens.size() && inRole(tokens.get(last + 1), role)) last++;
            for (int j = i - 1; j >= Math.max(0, i - HOLDER_REACH); j--) {
                Token h = tokens.get(j);
                if (names.known(h.lower()) && names.party(h.lower()) && !h.possessive())
                    return new Holding(h.lower(), h.surface(), text.substring(t.start(), tokens.get(last).end()).replaceAll("[“”\"]", ""));
                if (!LINKS.contains(h.lower())) break;
            }
        }
        return chosen(tokens, text, owner, role, names);
    }

    /** Verbs by which a party gives another a role of its own: "OpenAI selected AWS as the exclusive ... distributor". */
    private static final Set<String> CHOOSING = Set.of("select", "chose", "choos", "chosen", "pick", "name", "made", "make", "appoint", "design");

    /**
     * The party {@code owner} chooses as holding {@code role} ("OpenAI selected AWS as the exclusive third-party cloud
     * distributor"): the owner, a verb of choosing right after it, the party, "as" and the role's words close after.
     */
    private static Holding chosen(List<Token> tokens, String text, String owner, List<Set<String>> role, Names names) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.possessive() || !names.same(t.lower(), owner) && !names.same(owner, t.lower())) continue;
            if (!CHOOSING.contains(tokens.get(i + 1).stem())) continue;
            Token h = tokens.get(i + 2);
            if (!names.known(h.lower()) || !names.party(h.lower()) || h.possessive() || !tokens.get(i + 3).lower().equals("as")) continue;
            int first = i + 4, last = roleEnd(tokens, first, ROLE_REACH + 1, role);
            // the role's last word ends the phrase: "exclusive cloud" is not an "exclusive ... cloud distributor"
            if (last < 0 || last + 1 < tokens.size() && !Terms.isFunctionWord(tokens.get(last + 1).lower())) continue;
            return new Holding(h.lower(), h.surface(), text.substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("[“”\"]", ""));
        }
        return null;
    }

    /** The last of the role's words found within {@code reach} words from {@code from}, each of them; -1 when one is missing. */
    private static int roleEnd(List<Token> tokens, int from, int reach, List<Set<String>> role) {
        int last = -1;
        for (Set<String> forms : role) {
            int at = -1;
            for (int k = from; k < Math.min(tokens.size(), from + reach) && at < 0; k++) if (forms.contains(tokens.get(k).stem())) at = k;
            if (at < 0) return -1;
            last = Math.max(last, at);
        }
        return last;
    }

    private static boolean inRole(Token t, List<Set<String>> role) {
        return role.stream().anyMatch(forms -> forms.contains(t.stem()));
    }

    /** The role's content words, each with the synonyms the question's analysis found for it. */
    private static List<Set<String>> roleStems(String role, Question q) {
        List<Set<String>> out = new ArrayList<>();
        for (Token t : Tokens.of(role)) {
            if (Terms.isFunctionWord(t.lower())) continue;
            Set<String> forms = new java.util.HashSet<>(Set.of(t.stem()));
            for (QueryTerm term : q.query().terms()) if (term.term().equals(t.stem())) forms.addAll(term.alternatives());
            out.add(forms);
        }
        return out;
    }

    /** One party is the other's product: some sentence writes them together ("Microsoft Azure"). */
    private static boolean partOf(String part, String whole, SentenceTable table) {
        String together = whole + " " + part;
        return table.all().stream().anyMatch(s -> Names.containsWord(s.text().toLowerCase(Locale.ROOT), together));
    }
}
