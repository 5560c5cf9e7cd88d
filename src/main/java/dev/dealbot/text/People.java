package dev.dealbot.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people the texts name with a role, and the role: "Amazon CEO Andy Jassy", "Mustafa Suleyman, CEO of Microsoft
 * AI", "Denise Dresser, OpenAI's revenue chief" (an organisation and a title written right before the name, or after it
 * between commas). A question that writes one of them with another role ("OpenAI CEO Mustafa Suleyman", "google ceo
 * andy jassy", "Denise Dresser, Microsoft's CFO") slips: the organisation is none of the texts' (nor an alias of one),
 * or the title is a chief-officer title ("CFO") or a rank ("president") the texts' title does not give. One instance per
 * corpus; immutable.
 */
public final class People {
    /**
     * A role a text gives a person.
     *
     * @param person the full name, lower case ("andy jassy")
     * @param org the organisation's words, lower case ("microsoft ai")
     * @param title the title's words, lower case ("revenue chief")
     * @param written the role as the text writes it ("CEO of Microsoft AI")
     * @param sentence the sentence that gives it
     */
    public record Role(String person, String org, String title, String written, String sentence) {}

    /**
     * A role a question gives a person that contradicts the texts'.
     *
     * @param stated the texts' role
     * @param asked the question's role as written ("OpenAI CEO")
     * @param person the person as the texts write them
     * @param without the question without the role it gives ("What did Mustafa Suleyman say ...?"), or with the person in
     *     its place when it names no one
     * @param unnamed the question names no one, only the role ("What did Google's CEO post?")
     */
    public record Slip(Role stated, String asked, String person, String without, boolean unnamed) {
        /** The question asks only whether the person has the role ("Is Denise Dresser Microsoft's CFO?"). */
        public boolean onlyRoleAsked() {
            return IS_ROLE.matcher(without).find() && without.strip().replaceAll("[?.!\\s]+$", "").toLowerCase(Locale.ROOT)
                    .endsWith(" " + person.toLowerCase(Locale.ROOT)) && without.strip().split("\\s+").length == 1 + person.split("\\s+").length;
        }
    }

    /** Words that make a title ("revenue chief", "CEO"): chief-officer acronyms are recognised by their shape. */
    private static final Set<String> TITLE_WORDS = Set.of("chief", "head", "president", "founder", "cofounder", "co-founder",
            "chairman", "chairwoman", "chair", "director", "officer", "executive", "boss", "leader", "vp", "manager", "partner");
    /** Title words that say no more than "leader": a question may use them for any title. */
    static final Set<String> GENERIC = Set.of("chief", "head", "officer", "executive", "boss", "leader", "top");

    private final Map<String, Role> roles;
    private final Names names;
    /** Per person, the stems of the sentence that gives their role, without the role's and the name's own. */
    private final Map<String, Set<String>> sentenceWords;
    /** A known person's surname written alone, and the full name it stands for (see {@link #fullNames}). */
    private final List<Map.Entry<Pattern, String>> surnames;

    private People(Map<String, Role> roles, Names names) {
        this.roles = Map.copyOf(roles);
        this.names = names;
        Map<String, Set<String>> words = new java.util.HashMap<>();
        for (Role r : this.roles.values()) words.put(r.person(), toldBeside(r));
        this.sentenceWords = Map.copyOf(words);
        this.surnames = surnames(this.roles.keySet());
    }

    /** Learns the roles {@code sentences} give people; the first role a person is given is theirs. */
    public static People learn(List<String> sentences, Names names) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String s : sentences)
            for (Found f : find(s, names, false, null)) roles.putIfAbsent(f.person, new Role(f.person, f.org, f.title, f.written, s));
        return new People(roles, names);
    }

    /** The stems of the sentence that gives {@code r}, without those of the role and the name: what else it tells. */
    Set<String> sentenceWords(Role r) {
        return sentenceWords.getOrDefault(r.person(), Set.of());
    }

    private static Set<String> toldBeside(Role r) {
        Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokens.of(r.sentence())) out.add(t.stem());
        for (Token t : Tokens.of(r.written() + " " + r.person())) out.remove(t.stem());
        return Set.copyOf(out);
    }

    /** The words of the names of the people the texts give a role ("andy", "jassy"), lower case. */
    public Set<String> nameWords() {
        Set<String> out = new java.util.HashSet<>();
        for (String person : roles.keySet()) out.addAll(List.of(person.split("\\s+")));
        return Set.copyOf(out);
    }

    public Map<String, Role> roles() {
        return roles;
    }

    /** The first role {@code question} gives a known person that contradicts the texts', or null. */
    public Slip slip(String written) {
        String question = fullNames(written);
        Slip slip = slipIn(question);
        if (slip == null) slip = slipIn(predicate(question));
        if (slip == null) slip = presumed(question);
        String asked = slip == null ? asQuestion(question) : null;
        return asked == null ? slip : slipIn(predicate(asked));
    }

    /**
     * {@code question} with a known person's surname written alone ("Is Suleyman OpenAI's CEO?") written as their full
     * name, as the texts give it: the person is the one the texts name so, when no other shares the surname.
     */
    private String fullNames(String question) {
        String out = question;
        for (Map.Entry<Pattern, String> surname : surnames) out = surname.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(surname.getValue()));
        return out;
    }

    /** For each person with a surname no other shares, the surname alone (not after the first name) and the full name. */
    private static List<Map.Entry<Pattern, String>> surnames(Set<String> people) {
        List<Map.Entry<Pattern, String>> out = new java.util.ArrayList<>();
        for (String person : people) {
            String[] words = person.split("\\s+");
            String last = words[words.length - 1];
            if (words.length < 2 || people.stream().filter(p -> p.endsWith(" " + last)).count() != 1) continue;
            String full = java.util.Arrays.stream(words).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(java.util.stream.Collectors.joining(" "));
            out.add(Map.entry(Pattern.compile("(?<!" + Pattern.quote(words[words.length - 2]) + "\\s)\\b" + Pattern.quote(last) + "\\b",
                    Pattern.CASE_INSENSITIVE), full));
        }
        return List.copyOf(out);
    }

    /** "Since Mustafa Suleyman is OpenAI's CEO, what did he say ...?": a role taken as given of a known person, then a question. */
    private static final Pattern PRESUMED_ROLE = Pattern.compile("^\\W*(?:since|now that|given(?: that)?|as|because|considering(?: that)?)\\s+"
            + "(.+?)\\s+(is|was)\\s+(?:now\\s+|still\\s+)?(.+?)\\s*,\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they)\\b(?!['’])", Pattern.CASE_INSENSITIVE);

    /**
     * A role a clause takes as given of a known person, which the texts contradict: the slip of that role, and the rest of
     * the question, its pronoun read as the person ("what did Mustafa Suleyman say ...?"), as what is still asked.
     */
    private Slip presumed(String question) {
        Matcher m = PRESUMED_ROLE.matcher(question);
        if (!m.matches() || !roles.containsKey(m.group(1).toLowerCase(Locale.ROOT))) return null;
        Slip slip = slipIn(predicate("Is " + m.group(1) + " " + m.group(3) + "?"));
        if (slip == null) return null;
        String rest = PRONOUN.matcher(m.group(4)).replaceFirst(Matcher.quoteReplacement(slip.person()));
        return new Slip(slip.stated(), slip.asked(), slip.person(), rest, false);
    }

    /** "Andy Jassy is OpenAI's CEO, right?": a known person stated to have a role, asked as a statement with or without a tag. */
    private static final Pattern STATED_ROLE = Pattern.compile("^\\s*(.+?)\\s+(is|was)\\s+(.+?)\\s*(?:,\\s*(?:right|correct|true|no|"
            + "isn't (?:he|she)|wasn't (?:he|she))\\s*)?\\?\\s*$", Pattern.CASE_INSENSITIVE);

    /** The statement asked as the yes/no question it is ("Is Andy Jassy OpenAI's CEO?"), or null when it is no such statement. */
    private String asQuestion(String question) {
        Matcher m = STATED_ROLE.matcher(question);
        if (!m.matches() || !roles.containsKey(m.group(1).toLowerCase(Locale.ROOT))) return null;
        return Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1).toLowerCase(Locale.ROOT) + " " + m.group(1) + " " + m.group(3) + "?";
    }

    /** "Is Denise Dresser Microsoft's CFO?" read as "Is Denise Dresser, Microsoft's CFO?": the role it asks of a person. */
    private static final Pattern IS_ROLE = Pattern.compile("^(?:is|was|isn't|wasn't|isnt|wasnt)\\s", Pattern.CASE_INSENSITIVE);

    /** A yes/no question whether a known person has a role, with a comma after the person so the role reads as theirs. */
    private String predicate(String question) {
        if (!IS_ROLE.matcher(question).find()) return question;
        String lower = question.toLowerCase(Locale.ROOT);
        for (String person : roles.keySet()) {
            int at = lower.indexOf(person);
            int after = at + person.length();
            if (at > 0 && after < question.length() && question.charAt(after) == ' ')
                return question.substring(0, after) + "," + question.substring(after);
        }
        return question;
    }

    private Slip slipIn(String question) {
        for (Found f : find(question, names, true, roles.keySet())) {
            Role stated = roles.get(f.person);
            if (stated == null || !contradicts(f, stated)) continue;
            String without = (question.substring(0, f.start) + question.substring(f.end)).replaceAll("\\s{2,}", " ").replaceAll(" ([,?.])", "$1");
            int at = stated.sentence().toLowerCase(Locale.ROOT).indexOf(f.person);
            String person = at < 0 ? question.substring(f.personStart, f.personEnd) : stated.sentence().substring(at, at + f.person.length());
            return new Slip(stated, f.written, person, without, false);
        }
        return UnnamedRoles.slip(question, this, names);
    }

    private boolean contradicts(Found asked, Role stated) {
        return contradicts(asked.org, asked.title, stated);
    }

    /** A role of {@code org} and {@code title} is not {@code stated}: another organisation, or a title it does not give. */
    boolean contradicts(String org, String title, Role stated) {
        List<String> statedOrg = List.of(stated.org.split(" "));
        boolean sameOrg = false;
        for (String w : org.split(" ")) for (String o : statedOrg) sameOrg |= names.same(w, o);
        return !sameOrg || titleContradicts(title, stated);
    }

    /** {@code title} names a chief officer or a rank {@code stated}'s title does not give. */
    boolean titleContradicts(String title, Role stated) {
        List<String> statedTitle = List.of(stated.title.split(" "));
        for (String w : title.split(" ")) {
            if (GENERIC.contains(w) || statedTitle.contains(w)) continue;
            if (chiefOfficer(w)) { if (!statedTitle.stream().anyMatch(t -> !GENERIC.contains(t) && t.charAt(0) == w.charAt(1))) return true; }
            else if (TITLE_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** "ceo", "cfo", "cro": c, the first letter of what the officer is chief of, o. */
    static boolean chiefOfficer(String lower) {
        return lower.length() == 3 && lower.charAt(0) == 'c' && lower.charAt(2) == 'o' && Character.isLetter(lower.charAt(1));
    }

    private record Found(String person, String org, String title, String written, int start, int end, int personStart, int personEnd) {}

    /**
     * People with a role in {@code text}: a person is two adjacent capitalised names (in a question, any known full
     * name in any case); the role is an organisation and a title right before them, or ", the title of the
     * organisation," / ", the organisation's title," right after.
     */
    private static List<Found> find(String text, Names names, boolean question, Set<String> known) {
        List<Token> tokens = Tokens.of(text);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (b.start() - a.end() != 1) continue;
            String person = a.lower() + " " + b.lower();
            boolean isPerson = question ? known.contains(person)
                    : a.capitalised() && b.capitalised() && !a.acronym() && !b.acronym() && !a.possessive()
                            && !Names.calendar(a.lower()) && !Names.calendar(b.lower()) && names.known(a.lower()) && names.known(b.lower());
            if (!isPerson) continue;
            Found f = before(text, tokens, i, person, names, question);
            if (f == null) f = after(text, tokens, i + 1, person, names, question);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** "Amazon CEO Andy Jassy": title words, and before them the organisation's name words. */
    private static Found before(String text, List<Token> tokens, int at, String person, Names names, boolean question) {
        int t = at - 1;
        while (t >= 0 && at - t <= 3 && title(tokens.get(t))) t--;
        if (t == at - 1) return null;
        int o = t;
        while (o >= 0 && t - o < 3 && organisation(tokens.get(o), names, question)) o--;
        if (o == t) return null;
        String org = words(tokens, o + 1, t + 1), title = words(tokens, t + 1, at);
        int start = tokens.get(o + 1).start(), end = tokens.get(at - 1).end();
        return new Found(person, org, title, text.substring(start, end), start, end + 1, tokens.get(at).start(), tokens.get(at + 1).end());
    }

    /** "Mustafa Suleyman, CEO of Microsoft AI," or "Denise Dresser, OpenAI's revenue chief,": up to the next comma or stop. */
    private static Found after(String text, List<Token> tokens, int last, String person, Names names, boolean question) {
        int comma = tokens.get(last).end();
        if (comma >= text.length() || text.charAt(comma) != ',') return null;
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).lower().matches("the|a|an")) k++;
        int from = k;
        String org = null, title = null;
        int o = k;
        while (o < tokens.size() && o - k < 3 && organisation(tokens.get(o), names, question)) {
            o++;
            if (tokens.get(o - 1).possessive()) break;
        }
        if (o > k && tokens.get(o - 1).possessive()) { // "OpenAI's revenue chief"
            int t = o;
            while (t < tokens.size() && t - o < 3 && (!tokens.get(t).capitalised() || title(tokens.get(t)))) {
                t++;
                if (endsClause(text, tokens.get(t - 1))) break;
            }
            if (t == o || !hasTitleWord(tokens, o, t)) return null;
            org = words(tokens, k, o);
            title = words(tokens, o, t);
            k = t;
        } else { // "CEO of Microsoft AI"
            int t = k;
            while (t < tokens.size() && t - k < 3 && !tokens.get(t).lower().equals("of")) t++;
            if (t == k || t >= tokens.size() || !hasTitleWord(tokens, k, t)) return null;
            int e = t + 1;
            if (e < tokens.size() && tokens.get(e).lower().equals("the")) e++;
            int os = e;
            while (e < tokens.size() && e - os < 3 && organisation(tokens.get(e), names, question)) e++;
            if (e == os) return null;
            title = words(tokens, k, t);
            org = words(tokens, os, e);
            k = e;
        }
        int end = tokens.get(k - 1).end();
        if (end < text.length() && ",.;?!".indexOf(text.charAt(end)) < 0) return null;
        int cut = end < text.length() && text.charAt(end) == ',' ? end + 1 : end;
        return new Found(person, org, title, text.substring(tokens.get(from).start(), end), comma, cut,
                tokens.get(last - 1).start(), tokens.get(last).end());
    }

    private static boolean endsClause(String text, Token t) {
        return t.end() < text.length() && ",.;?!".indexOf(text.charAt(t.end())) >= 0;
    }

    private static boolean hasTitleWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (title(tokens.get(i))) return true;
        return false;
    }

    static boolean title(Token t) {
        return TITLE_WORDS.contains(t.lower()) || chiefOfficer(t.lower()) && (t.acronym() || t.surface().equals(t.lower()));
    }

    static boolean organisation(Token t, Names names, boolean question) {
        String w = t.lower();
        return (question || t.capitalised()) && names.known(w) && (names.party(w) || t.acronym()) && !Names.calendar(w);
    }

    static String words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(tokens.get(i).lower());
        return String.join(" ", out).toLowerCase(Locale.ROOT);
    }
}
