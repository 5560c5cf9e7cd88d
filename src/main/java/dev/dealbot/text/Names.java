package dev.dealbot.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a body of text uses, learned from it: words written capitalised where no sentence starts, acronyms,
 * and each acronym's spelled-out form ("AWS" for "Amazon Web Services", so also for "Amazon"; "IP" for
 * "intellectual property"). One instance per corpus; immutable and thread-safe.
 */
public final class Names {
    private static final Pattern STOP_WORDS = Pattern.compile(
            "a|an|and|the|of|in|on|at|to|for|by|with|from|as|its|it|is|was|be|or|that|this|their|into|over");

    /** Words that open sentences before a name without being part of it ("Under Microsoft's terms"). */
    private static final Set<String> OPENERS = Set.of("under", "after", "before", "since", "when", "while", "although",
            "despite", "according", "regarding", "with", "without", "for", "on", "in", "at", "by", "as", "if", "but",
            "so", "then", "meanwhile", "simultaneously", "concurrently", "notably", "however", "also", "both", "each",
            "every", "all", "some", "many", "most", "new", "key", "why", "what", "who", "how", "which", "where", "does",
            "did", "do", "is", "are", "was", "were", "will", "can", "could", "would", "should", "has", "have", "had");

    private final Set<String> known;
    private final Set<String> acronyms;
    private final Map<String, Set<String>> aliases;
    /**
     * Names the texts write again and again, never in lower case: a lower-case "amazon" in a question can only mean
     * the name.
     */
    private final Set<String> onlyCapitalised;

    /** Runs of capitalised words by their initials ("gc" → "google cloud"), when one run has those initials. */
    private final Map<String, String> initials;

    /** How the texts write each name ("openai" → "OpenAI"), as first written inside a sentence. */
    private final Map<String, String> written;

    private Names(Set<String> known, Set<String> acronyms, Map<String, Set<String>> aliases, Set<String> onlyCapitalised,
            Map<String, String> initials, Map<String, String> written) {
        this.initials = Map.copyOf(initials);
        this.written = Map.copyOf(written);
        this.known = Set.copyOf(known);
        this.onlyCapitalised = Set.copyOf(onlyCapitalised);
        this.acronyms = Set.copyOf(acronyms);
        Map<String, Set<String>> frozen = new HashMap<>();
        aliases.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.aliases = Map.copyOf(frozen);
    }

    /** Learns names and acronym aliases from {@code texts} (sentences or paragraphs). */
    public static Names learn(List<String> texts) {
        Set<String> known = new HashSet<>();
        Set<String> acronyms = new LinkedHashSet<>();
        Set<String> lowerCase = new HashSet<>();
        Map<String, Integer> namedIn = new HashMap<>();
        Map<String, Set<String>> runs = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (String text : texts) {
            List<Token> tokens = Tokens.of(text);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int end = i;
                while (end + 1 < tokens.size() && tokens.get(end).capitalised() && !tokens.get(end).possessive() && tokens.get(end + 1).capitalised()
                        && tokens.get(end + 1).start() - tokens.get(end).end() == 1) end++;
                // a run of names ("Google Cloud"), not one opened by a sentence's first word ("In October")
                if (end > i && (i == 0 || !tokens.get(i - 1).capitalised()) && !STOP_WORDS.matcher(t.lower()).matches() && !OPENERS.contains(t.lower())) {
                    StringBuilder letters = new StringBuilder(), phrase = new StringBuilder();
                    for (int k = i; k <= end; k++) {
                        letters.append(tokens.get(k).lower().charAt(0));
                        phrase.append(k == i ? "" : " ").append(tokens.get(k).lower());
                    }
                    runs.computeIfAbsent(letters.toString(), x -> new HashSet<>()).add(phrase.toString());
                }
                if (!t.capitalised()) lowerCase.add(t.lower());
                else if (!Tokens.startsSentence(text, t)) namedIn.merge(t.lower(), 1, Integer::sum);
                if (t.acronym()) acronyms.add(t.lower());
                if (t.capitalised() && !Tokens.startsSentence(text, t)) {
                    known.add(t.lower());
                    written.putIfAbsent(t.lower(), t.possessive() ? t.surface().substring(0, t.surface().length() - 2) : t.surface());
                }
                // "Denise Dresser, ..." opening a sentence: a capitalised word right before another is a name's first word
                else if (t.capitalised() && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                        && tokens.get(i + 1).start() - t.end() == 1 && !STOP_WORDS.matcher(t.lower()).matches()
                        && !OPENERS.contains(t.lower())) known.add(t.lower());
            }
        }
        String all = String.join("\n", texts);
        Map<String, Set<String>> aliases = new HashMap<>();
        for (String acronym : acronyms) {
            String expansion = expansion(acronym, all);
            if (expansion == null) continue;
            link(aliases, acronym, expansion);
            String head = expansion.split(" ")[0];
            if (known.contains(head)) link(aliases, acronym, head); // AWS stands for Amazon too
        }
        // a name written once may be a common word made a name (a product called "Horizon"); one the texts keep writing is a party's
        Set<String> onlyCapitalised = new HashSet<>();
        namedIn.forEach((name, n) -> { if (n >= 2) onlyCapitalised.add(name); });
        onlyCapitalised.removeAll(lowerCase);
        Map<String, String> initials = new HashMap<>();
        runs.forEach((letters, phrases) -> { if (phrases.size() == 1) initials.put(letters, phrases.iterator().next()); });
        return new Names(known, acronyms, aliases, onlyCapitalised, initials, written);
    }

    /** A name for {@code learn}-free use (tests, questions before a corpus exists): no known names, no aliases. */
    public static Names none() {
        return new Names(Set.of(), Set.of(), Map.of(), Set.of(), Map.of(), Map.of());
    }

    private static void link(Map<String, Set<String>> aliases, String a, String b) {
        aliases.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        aliases.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    }

    /**
     * The words the acronym abbreviates: the phrase right before "(ACRONYM)" when the text defines it so,
     * else the most frequent run of content words (no function words) with those initials.
     */
    static String expansion(String acronym, String text) {
        StringBuilder run = new StringBuilder("\\b");
        for (int i = 0; i < acronym.length(); i++) {
            if (i > 0) run.append("[\\s-]+");
            run.append(Pattern.quote(String.valueOf(acronym.charAt(i)))).append("[\\p{L}]+");
        }
        Pattern phrase = Pattern.compile(run + "\\b", Pattern.CASE_INSENSITIVE);
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        Matcher m = phrase.matcher(text);
        while (m.find()) {
            String p = m.group().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            if (java.util.Arrays.stream(p.split(" ")).anyMatch(w -> STOP_WORDS.matcher(w).matches())) continue;
            if (text.startsWith(" (" + acronym.toUpperCase(Locale.ROOT) + ")", m.end())) return p;
            int c = counts.merge(p, 1, Integer::sum);
            if (best == null || c > counts.get(best)) best = p;
        }
        return best;
    }

    /**
     * The known name an unknown abbreviation stands for, its letters in order and starting alike ("msft" →
     * "microsoft", "amzn" → "amazon"), when one name fits or one fitting name is used at least twice as often as any
     * other ({@code frequency}); else null.
     */
    public String abbreviated(String lower, java.util.function.ToIntFunction<String> frequency) {
        if (lower.length() < 2 || known(lower)) return null;
        String found = null, second = null;
        for (String name : known) {
            if (name.length() <= lower.length() || name.charAt(0) != lower.charAt(0) || !party(name) || !inOrder(lower, name)) continue;
            if (found == null || frequency.applyAsInt(name) > frequency.applyAsInt(found)) { second = found; found = name; }
            else if (second == null || frequency.applyAsInt(name) > frequency.applyAsInt(second)) second = name;
        }
        // "MS" could be Microsoft or Mustafa: only a name used far more often than any other is meant
        return found != null && (second == null || frequency.applyAsInt(found) >= 2 * frequency.applyAsInt(second)) ? found : null;
    }

    /** The name as the texts write it ("OpenAI" for "openai"); its first letter capitalised when they never write it inside a sentence. */
    public String written(String lower) {
        String w = written.get(lower);
        return w != null ? w : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * The name a word the texts never use abbreviates by its initials and one letter more, for a word the texts leave
     * off ("gcp": Google Cloud Platform, written "Google Cloud"): the one run of capitalised words with those initials;
     * else null.
     */
    public String initialism(String lower) {
        if (lower.length() < 3 || known(lower)) return null;
        return initials.get(lower.substring(0, lower.length() - 1));
    }

    private static boolean inOrder(String letters, String word) {
        int i = 0;
        for (int k = 0; k < word.length() && i < letters.length(); k++) if (word.charAt(k) == letters.charAt(i)) i++;
        return i == letters.length();
    }

    /** Whether {@code lower} is a word the texts use as a name (or an acronym of them). */
    public boolean known(String lower) {
        return known.contains(lower) || aliases.containsKey(lower);
    }

    /**
     * Whether a name can act or be acted on: not a date word ("October", "Monday") and not an acronym of a common
     * noun ("IP" for intellectual property, "CEO", "API") — an acronym is a party only when it stands for a name.
     */
    public boolean party(String lower) {
        if (CALENDAR.matcher(lower).matches()) return false;
        if (!acronyms.contains(lower)) return true;
        return aliases(lower).stream().anyMatch(known::contains);
    }

    private static final Pattern CALENDAR = Pattern.compile("january|february|march|april|may|june|july|august|september"
            + "|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Pattern CALENDAR_SHORT = Pattern.compile("jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun");

    /**
     * A month or a weekday, written out or abbreviated ("Apr", "Sept"), or as its stem ("januari", "mondai"): a date
     * word, never a party's name.
     */
    public static boolean calendar(String lower) {
        return CALENDAR.matcher(lower).matches() || CALENDAR_SHORT.matcher(lower).matches()
                || lower.endsWith("i") && CALENDAR.matcher(lower.substring(0, lower.length() - 1) + "y").matches();
    }

    /** The other ways the texts write {@code lower}: "amazon" for "aws", "intellectual property" for "ip". */
    public Set<String> aliases(String lower) {
        return aliases.getOrDefault(lower, Set.of());
    }

    /**
     * The name tokens of {@code text}: capitalised words that do not merely open a sentence (unless known as
     * names), and acronyms.
     */
    public List<Token> in(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.capitalised() || t.lower().length() < 2 || Character.isDigit(t.surface().charAt(0))) continue;
            if (t.acronym() || !Tokens.startsSentence(text, t) || known.contains(t.lower())) out.add(t);
        }
        return out;
    }

    /**
     * The name tokens of a question, which askers often write in lower case: those of {@link #in}, and lower-case words
     * that the texts only ever write as names ("amazon", "aws"), never as common words ("frontier").
     */
    public List<Token> inQuestion(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(in(text, tokens));
        for (Token t : tokens)
            if (!t.capitalised() && writtenAsName(t) && !out.contains(t)) out.add(t);
        out.sort(java.util.Comparator.comparingInt(Token::start));
        return out;
    }

    /** The known parties a question's text names (lower case, each once, in order): its names that can act or be acted on. */
    public List<String> parties(String text) {
        return inQuestion(text, Tokens.of(text)).stream().filter(t -> party(t.lower()) && known(t.lower())).map(Token::lower).distinct().toList();
    }

    /** A lower-case word of a question that the texts only write as a name. */
    public boolean writtenAsName(Token t) {
        return t.lower().length() >= 3 && onlyCapitalised.contains(t.lower());
    }

    /** A word of what an acronym stands for ("web" of "amazon web services"): part of an organisation's name. */
    public boolean expansionWord(String lower) {
        for (Set<String> forms : aliases.values())
            for (String form : forms) if (form.contains(" ") && containsWord(form, lower)) return true;
        return false;
    }

    /** Words after which a name is an object ("investing in OpenAI"), not who acts. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "to", "from", "with", "for", "at", "on", "into",
            "onto", "than", "between", "over", "about", "against", "toward", "towards", "among", "beyond", "through", "via", "like");

    /**
     * Whether the {@code i}th token is the object of a preposition ("in X", "to X"), which is not who acts; "by X"
     * and "according to X" name who acts or says.
     */
    public static boolean afterPreposition(List<Token> tokens, int i) {
        if (i == 0 || !PREPOSITIONS.contains(tokens.get(i - 1).lower())) return false;
        return !(tokens.get(i - 1).lower().equals("to") && i > 1 && tokens.get(i - 2).lower().equals("according"));
    }

    /**
     * The party a phrase has acting: its first party's name,
     * lower-case names the texts only write as names included, that is neither an owner ("OpenAI's valuation") nor the
     * object of a preposition ("in OpenAI"); null when it has none.
     */
    public String actor(String words) {
        List<Token> tokens = Tokens.of(words);
        for (Token t : inQuestion(words, tokens)) {
            boolean object = afterPreposition(tokens, tokens.indexOf(t));
            if (known(t.lower()) && party(t.lower()) && !calendar(t.lower()) && !t.possessive() && !object) return t.lower();
        }
        return null;
    }

    /** Whether {@code lowerText} mentions {@code name} as a whole word, or one of its aliases. */
    public boolean mentioned(String lowerText, String name) {
        if (containsWord(lowerText, name)) return true;
        for (String alias : aliases(name)) if (containsWord(lowerText, alias)) return true;
        return false;
    }

    /** Whether two names stand for the same thing (equal, or aliases). */
    public boolean same(String a, String b) {
        return a.equals(b) || aliases(a).contains(b);
    }

    /** Whole-word containment without a regex per call. */
    public static boolean containsWord(String lowerText, String word) {
        for (int i = lowerText.indexOf(word); i >= 0; i = lowerText.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1));
            boolean endOk = end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }
}
