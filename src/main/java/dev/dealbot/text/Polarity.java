package dev.dealbot.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause says something stops or continues. General English markers of cessation ("discontinued",
 * "no longer", "ceasing", "losing", "releases X from", "lifts", "sold off", "dropped", "dries up", "switches off", "gets cut off") and of continuation ("continue", "remain", "still",
 * "retain", "unchanged", "carries on"); a cessation marker wins in a clause that has both ("releases Microsoft from ongoing ...").
 */
public enum Polarity {
    STOPS, CONTINUES, NEUTRAL;

    /**
     * Verbs of two words that say an ongoing thing stops ("dries up", "switches off", "winds down", "phased out"), in
     * every form, without groups that capture: shared by every reader of stopping.
     */
    public static final String PHRASAL_STOP = "dr(?:y|ies|ied|ying) up|switch(?:es|ed|ing)? off|shut(?:s|ting)? off|turn(?:s|ed|ing)? off"
            // a thing that "gets cut off" stops; a party cutting off another's access is a deed, said of the party
            + "|(?:get|gets|got|be|being|is|are|was|were)\\s+cut\\s+off"
            + "|wind(?:s|ing)? down|wound down|phas(?:e|es|ed|ing) out";

    private static final Pattern STOP = Pattern.compile("\\b(discontinu\\w*|no longer|ceas(e|es|ed|ing)|stop(s|ped|ping)?"
            + "|(?<!-)end(s|ed|ing)\\b|terminat\\w*|halt(s|ed|ing)?|scrap(s|ped|ping)?|eliminat\\w*|abolish\\w*|revok\\w*"
            + "|releas(e|es|ed|ing) \\w+ from|lift(s|ed|ing)?|remov(e|es|ed|ing)|will not|won't|not continue"
            + "|sold (off|out)|sell(s|ing)? (off|out)|divest\\w*|drop(s|ped|ping)?(?!\\s+" + Change.SUM_INTO + ")|abandon\\w*|quit(s|ting)?|ditch\\w*|g(a|i)ve(s)? up|giving up|los(e|es|ing|t)|" + PHRASAL_STOP + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUE = Pattern.compile("\\b(continu\\w*|remain(s|ed|ing)?|stay(s|ed|ing)?|still|retain\\w*"
            + "|maintain\\w*|keep(s|ing)?|kept|unchanged|ongoing|persist\\w*|preserv\\w*|carr(y|ies|ied|ying) on)\\b", Pattern.CASE_INSENSITIVE);

    public static Polarity of(String clause) {
        Marker m = marker(clause);
        return m == null ? NEUTRAL : m.polarity();
    }

    /** Where a clause says that something stops or continues. */
    public record Marker(Polarity polarity, int start, int end) {}

    /** The clause's marker of stopping (preferred) or continuing, or null when it has none. */
    public static Marker marker(String clause) {
        Matcher m = STOP.matcher(clause);
        if (m.find()) return new Marker(STOPS, m.start(), m.end());
        m = CONTINUE.matcher(clause);
        if (m.find()) return new Marker(CONTINUES, m.start(), m.end());
        return null;
    }

    public boolean opposes(Polarity other) {
        return this != NEUTRAL && other != NEUTRAL && this != other;
    }
}
