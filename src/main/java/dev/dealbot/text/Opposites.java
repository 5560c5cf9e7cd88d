package dev.dealbot.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General English opposites of measures, ranks and states, by stem, each way ("secondary" against "primary", "loss"
 * against "gain", "survived" against "removed"): a word of a pair the articles never use still says something they
 * answer, by the other.
 */
public final class Opposites {
    private static final List<String> GONE = List.of("remov", "elimin", "abolish", "scrap", "discontinu");
    private static final List<String> KEPT = List.of("surviv", "intact");
    private static final List<String> UNTIED = List.of("independ", "unaffect", "decoupl");
    private static final List<String> TIED = List.of("ti", "link", "depend", "conting", "condit");
    /** Of the words that hang one thing on another, those whose other forms ("ties", "links") are most often the bonds. */
    private static final List<String> BONDS = List.of("ti", "link");
    private static final Map<String, List<String>> OPPOSITE = Map.ofEntries(
            Map.entry("gain", List.of("loss")), Map.entry("loss", List.of("gain")), Map.entry("profit", List.of("loss")),
            Map.entry("primari", List.of("secondari")), Map.entry("secondari", List.of("primari")),
            Map.entry("increas", List.of("decreas")), Map.entry("decreas", List.of("increas")),
            Map.entry("higher", List.of("lower")), Map.entry("lower", List.of("higher")),
            Map.entry("major", List.of("minor")), Map.entry("minor", List.of("major")),
            Map.entry("expand", List.of("shrink")), Map.entry("shrink", List.of("expand")),
            // a thing that outlasted a change against one taken away by it
            Map.entry("surviv", GONE), Map.entry("intact", GONE),
            Map.entry("remov", KEPT), Map.entry("elimin", KEPT), Map.entry("abolish", KEPT), Map.entry("scrap", KEPT),
            Map.entry("discontinu", KEPT),
            // a thing made to hang on another against one left apart from it ("tied to AGI", "depends on AGI", "independent
            // of AGI")
            Map.entry("ti", UNTIED), Map.entry("link", UNTIED), Map.entry("depend", UNTIED), Map.entry("conting", UNTIED),
            Map.entry("condit", UNTIED),
            Map.entry("independ", TIED), Map.entry("unaffect", TIED), Map.entry("decoupl", TIED));

    /** Stems of one word's forms that the stemmer leaves apart: "loss", "lose", "losing", "lost". */
    private static final List<Set<String>> FORMS = List.of(Set.of("loss", "lose", "lost", "loser"));

    private Opposites() {}

    /** {@code stem} and the stems of its other forms ("loss": lose, lost). */
    public static Set<String> forms(String stem) {
        for (Set<String> forms : FORMS) if (forms.contains(stem)) return forms;
        return Set.of(stem);
    }

    /** The stems opposite to {@code stem}; empty when it has none listed. */
    public static List<String> of(String stem) {
        return OPPOSITE.getOrDefault(stem, List.of());
    }

    /** A participle negated by "un-" ("uncapped", "unrestricted"): the state it denies. */
    private static final java.util.regex.Pattern UN_PARTICIPLE = java.util.regex.Pattern.compile("un([a-z]{3,}ed)");

    /** The stems that leave one thing apart from another ("independent", "unaffected"). */
    public static List<String> untied() {
        return UNTIED;
    }

    /** Whether {@code stem} hangs one thing on another or leaves it apart ("tied", "independent"): said of what it is tied to. */
    public static boolean ofAnother(String stem) {
        return TIED.contains(stem) || UNTIED.contains(stem);
    }

    /** The stems opposite to {@code t}: those listed for its stem, or for "uncapped" the stem of "capped". */
    public static List<String> of(Token t) {
        // "tied", "linked": a thing hung on another; "ties" and "links" are most often the bonds themselves
        if (BONDS.contains(t.stem()) && !t.lower().endsWith("ed")) return List.of();
        List<String> listed = of(t.stem());
        if (!listed.isEmpty()) return listed;
        var m = UN_PARTICIPLE.matcher(t.lower());
        if (!m.matches()) return List.of();
        List<Token> positive = Tokens.of(m.group(1));
        return positive.isEmpty() ? List.of() : List.of(positive.get(0).stem());
    }
}
