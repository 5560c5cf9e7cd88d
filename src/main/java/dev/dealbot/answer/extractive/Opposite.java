package dev.dealbot.answer.extractive;

import dev.dealbot.index.ClauseInfo;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Query;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Evidence;
import dev.dealbot.retrieval.Probe;
import dev.dealbot.text.Direction;
import dev.dealbot.text.Names;
import dev.dealbot.text.Polarity;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clause the question takes as given that the articles contradict. Among the best relevant sentences (about what the
 * clause's acting party does): one that negates a word the clause states as holding now ("is W", "stays W") contradicts
 * it, unless another states that word as it stands now; else, for a clause that says only that a thing stops or only
 * that it continues, gives no year (a stop in a year is the end of a term) and runs between parties the same way as the
 * sentence, a sentence whose part about the clause's thing says the opposite contradicts it unless another says the
 * same. The answer names the contradiction and quotes the sentence; otherwise the question gets its ordinary answer.
 */
final class Opposite {
    /** How many of the best relevant sentences are weighed. */
    static final int LOOKED = 5;
    /** How a correction of what a question takes as given opens. */
    static final String CONTRADICTED = "The articles contradict what the question takes as given:";
    /** A shorter word is more often a verb or particle than a state a thing is in. */
    static final int MIN_NEGATED_WORD = 5;
    /** Words that place a statement before now ("had", "prior", "earlier"). */
    private static final Pattern EARLIER = Pattern.compile("\\b(had|previous(ly)?|prior|earlier|former(ly)?|used to|originally|once)\\b");
    /** Words that deny or change what a clause states, so that it does not state a word as holding now. */
    private static final Pattern CHANGED = Pattern.compile("\\b(not|no|never|without|nor|neither|lost|lose|loses|losing|from|anymore|"
            + "instead|replac\\w*|expir\\w*|became|become|becomes|turned|went|switch\\w*|convert\\w*|shift\\w*)\\b|n't\\b|\\bnon-?");
    /** Words that state how something is now, just before the word they state ("is exclusive", "stays exclusive", "now exclusive"). */
    private static final Pattern HOLDS = Pattern.compile("is|are|remains?|stays?|still|now|be|being|'s|’s|keeps?|continues?");

    /** A second question joined to the first: ", or is it ...", "and does it ...". */
    private static final Pattern TWO_ASKED = Pattern.compile("(?:,\\s*|\\s)(?:and|or)\\s+(?:is|are|was|were|does|do|did|will|would|can|could|has|have|"
            + "should|may|might)\\b|,\\s*or\\b", Pattern.CASE_INSENSITIVE);

    enum Stance { OPPOSES, AGREES, NONE }

    private final Selector selector;
    private final Composer composer;
    private final Names names;

    Opposite(Selector selector, Composer composer, Names names) {
        this.selector = selector;
        this.composer = composer;
        this.names = names;
    }

    /** The correction, or null when the articles do not plainly say the opposite of the presumed clause. */
    DraftBuilder check(Question q, Evidence e) {
        Question presumed = q.premise();
        Probe probe = e.plan().premise();
        if (presumed == null || probe == null) return null;
        DraftBuilder corrected = check(q, presumed, probe.query(), e.of(probe));
        if (corrected != null || q.claimed() != null) return corrected;
        // a word the clause denies that the articles state of the same thing ("Why is the share uncapped now?" against
        // "subject to a total cap"), or one it states that they deny, among the best sentences about it that speak of
        // things as they are (not "had", "earlier", "losing")
        for (Scored s : selector.rank(presumed, probe.query(), e.of(probe), Set.of(), false, false).stream().limit(LOOKED).toList()) {
            String lower = s.sentence().quote().toLowerCase(Locale.ROOT);
            if (!selector.relevant(s) || EARLIER.matcher(lower).find() || CHANGED.matcher(lower).find()) continue;
            if (DeniedWord.in(q, s.sentence(), names, Set.of()) != null) return correction(q, s.sentence());
        }
        return null;
    }

    /**
     * "No" to a yes/no question with no figure whose words the articles plainly contradict, by the same tests as a
     * presumed clause ("Is the licence still exclusive?", "Was the 20% share cut?"); null otherwise.
     */
    DraftBuilder checkAsked(Question q, Evidence e) {
        // nor one asking whether the articles agree: its "No" is theirs to differ, not a thing's to stop
        if (!q.yesNo() || q.claimed() != null || q.premise() != null || q.comparison() != null || q.agreement()) return null;
        // two questions in one ("Was it barred before, and is it still?", "Can it build them, or is it still barred?")
        // or one about before: a single "No" would answer one of them
        if (TWO_ASKED.matcher(q.english()).find() || EARLIER.matcher(q.english().toLowerCase(Locale.ROOT)).find()) return null;
        DraftBuilder no = check(q, q, q.query(), e.of(e.plan().question()));
        // whether a thing stops when an event comes that the opposing sentence names as its bound ("when the cap is hit"
        // against "subject to an overall cap"): the articles say it is bounded there, not that it goes on
        if (no != null && !no.sentences().isEmpty() && boundedAt(q.english(), no.sentences().get(0).quote())) return null;
        return no;
    }

    /** "Why did X ...", "why'd X ...", "why is X ...": the words that ask why, before the clause the question takes as given. */
    private static final Pattern WHY = Pattern.compile("(?i)^\\W*why(?:['’]d|\\s+(?:did|does|do|is|are|was|were|would|will|has|have|had))?\\s+");

    /**
     * A why-question takes its clause as given ("Why did Microsoft insist on keeping its licence exclusive?"): a state in
     * it the best sentences about it negate ("non-exclusive"), and none states as it is now, is corrected; null otherwise.
     */
    DraftBuilder checkWhy(Question q, Evidence e) {
        if (q.yesNo() || q.claimed() != null || q.premise() != null || q.comparison() != null) return null;
        java.util.regex.Matcher why = WHY.matcher(q.english());
        if (!why.find()) return null;
        String clause = q.english().substring(why.end()).replaceAll("[?.!]+$", "");
        List<SentenceInfo> looked = looked(q, q.query(), e.of(e.plan().question()), null);
        SentenceInfo negating = negating(clause, looked);
        if (negating == null || statedNow(clause, negating, looked)) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, negating);
        draft.say(CONTRADICTED, List.of());
        draft.say(negating.quote(), cited);
        return draft;
    }

    /** The event a question conditions on: "when the cap is hit", "once its limit is reached". */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:when|once|if|after|as soon as)\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+|an\\s+)?(?:\\p{L}+\\s+)?"
            + "(\\p{L}{3,})\\s+(?:is|are|gets?|has been|have been)\\s+(?:hit|reached|met|exceeded|crossed|exhausted|used up)\\b");

    /** What a sentence puts a thing under: "subject to an overall cap", "capped at", "limited to". */
    private static final Pattern BOUND = Pattern.compile("\\b(?:subject to|capped at|limited to|up to|bounded by)\\s+(?:an?\\s+|the\\s+|its\\s+)?(\\p{L}+)(?:\\s+(\\p{L}+))?");

    /** The quote makes the question's condition a bound of the thing: "subject to an overall cap" for "when the cap is hit". */
    static boolean boundedAt(String question, String quote) {
        java.util.regex.Matcher m = CONDITION.matcher(question);
        if (!m.find()) return false;
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        java.util.regex.Matcher bound = BOUND.matcher(quote.toLowerCase(Locale.ROOT));
        // the noun, or its plural, as the bound's first or second word ("a cap", "an overall cap")
        while (bound.find())
            for (int g = 1; g <= 2; g++) if (noun.equals(bound.group(g)) || (noun + "s").equals(bound.group(g))) return true;
        return false;
    }

    /** The best relevant sentences about {@code q}'s words (at most {@link #LOOKED}); with an actor, only those naming it. */
    private List<SentenceInfo> looked(Question q, Query query, List<dev.dealbot.retrieval.Candidate> candidates, String actor) {
        List<SentenceInfo> looked = new ArrayList<>();
        for (Scored s : selector.rank(q, query, candidates, Set.of(), false, false)) {
            if (!selector.relevant(s) || looked.size() == LOOKED) break;
            // about what another party does
            if (actor == null || names.mentioned(s.sentence().quote().toLowerCase(Locale.ROOT), actor)) looked.add(s.sentence());
        }
        return looked;
    }

    /** The first of {@code looked} that negates a state of {@code clause} ("non-exclusive"), or null. */
    private static SentenceInfo negating(String clause, List<SentenceInfo> looked) {
        return looked.stream().filter(s -> negated(clause, s.quote().toLowerCase(Locale.ROOT)) != null).findFirst().orElse(null);
    }

    /** Another of {@code looked} states the state {@code negating} negates as it is now: the clause stands uncontradicted. */
    private static boolean statedNow(String clause, SentenceInfo negating, List<SentenceInfo> looked) {
        String negated = negated(clause, negating.quote().toLowerCase(Locale.ROOT));
        return looked.stream().anyMatch(o -> statesNow(negated, o.quote().toLowerCase(Locale.ROOT)));
    }

    private DraftBuilder check(Question q, Question presumed, Query query, List<dev.dealbot.retrieval.Candidate> candidates) {
        String clause = presumed.english();
        List<SentenceInfo> looked = looked(presumed, query, candidates, names.actor(clause));
        // a clause that says the thing changed, against a sentence about it that keeps it as it was ("unchanged")
        Set<String> things = new java.util.HashSet<>();
        for (QueryTerm t : presumed.query().terms()) if (!names.known(t.term()) && !Character.isDigit(t.term().charAt(0))) things.add(t.term());
        // asked outright ("Did the revenue share change?"), only a measure kept the same ("Was the share's rate raised?")
        boolean asked = presumed == q;
        if (!asked || MEASURE.matcher(clause).find())
            for (SentenceInfo s : looked) if (DeniedWord.kept(clause, clause, s, things, false) != null) return correction(q, s);
        SentenceInfo negating = negating(clause, looked);
        if (negating != null) return statedNow(clause, negating, looked) ? null : correction(q, negating);
        // a clause with a figure (its claim, checked apart, is cut from it) may stop in a year, which ends a term
        if (!presumed.figures().isEmpty() || q.claimed() != null || mixed(clause)) return null;
        Direction way = Direction.of(Tokens.of(clause), names.inQuestion(clause, Tokens.of(clause)), names);
        // a sentence that says the same outweighs one that says the opposite unless it is less about the clause's thing
        // (shares fewer of its words): "still barred from developing AI systems" is not confirmed by "continue to hold a
        // licence ... including AI models"
        SentenceInfo opposing = null;
        int opposingShares = 0, agreeingShares = -1;
        Map<SentenceInfo, Stance> stances = new java.util.LinkedHashMap<>();
        for (SentenceInfo s : looked)
            if (s.clauses().stream().noneMatch(c -> c.direction().reverses(way, names))) stances.put(s, stance(clause, presumed.query(), s, names));
        // an article that says both (it contradicts itself), against two or more that say only the opposite, agrees with nothing
        Set<String> opposingDocs = new java.util.HashSet<>(), agreeingDocs = new java.util.HashSet<>();
        stances.forEach((s, st) -> (st == Stance.OPPOSES ? opposingDocs : st == Stance.AGREES ? agreeingDocs : new java.util.HashSet<String>()).add(s.docId()));
        Set<String> selfContradicting = new java.util.HashSet<>(agreeingDocs);
        selfContradicting.retainAll(opposingDocs);
        boolean outweighed = opposingDocs.size() - selfContradicting.size() >= 2 && selfContradicting.containsAll(agreeingDocs);
        for (SentenceInfo s : stances.keySet()) {
            Stance stance = stances.get(s);
            // a sentence that says the same counts only when it is about the clause's thing too ("remains the primary
            // cloud provider" does not confirm "retain the clause forbidding it from developing competing AI")
            if (stance == Stance.AGREES && !outweighed && aboutAll(clause, presumed.query(), s)) agreeingShares = Math.max(agreeingShares, shares(presumed.query(), s));
            // the opposing sentence must be about the clause's thing: "Has the AGI carve-out been scrapped?" is not opposed
            // by "the arrangement will remain independent of ... AGI"
            if (stance == Stance.OPPOSES && opposing == null && aboutAll(clause, presumed.query(), s)) {
                opposing = s;
                opposingShares = shares(presumed.query(), s);
            }
        }
        return opposing == null || agreeingShares >= opposingShares ? null : correction(q, opposing);
    }

    private DraftBuilder correction(Question q, SentenceInfo opposing) {
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, opposing);
        // to a yes/no question about its own words, "No"; else the correction is of what the question assumed, not a
        // yes or no to what it asks
        draft.say(q.premise() == null ? "No." : CONTRADICTED, List.of());
        draft.say(opposing.quote(), cited);
        return draft;
    }

    /**
     * Whether a sentence's part about the clause's thing (sharing a word of it that is not a name, or the sentence's
     * only part that stops or continues) says the thing stops where the clause says it continues, or the other way round;
     * saying the same wins.
     */
    static Stance stance(String clause, Query query, SentenceInfo s, Names names) {
        Polarity asked = Polarity.of(clause);
        List<ClauseInfo> polar = s.clauses().stream().filter(c -> c.polarity() != Polarity.NEUTRAL).toList();
        List<ClauseInfo> about = new ArrayList<>();
        for (ClauseInfo c : polar) if (sharesThing(query, c, names)) about.add(c);
        if (about.isEmpty() && polar.size() == 1) about = polar;
        boolean opposes = false;
        for (ClauseInfo c : about) {
            if (asked != Polarity.NEUTRAL && asked == c.polarity()) return Stance.AGREES;
            if (asked.opposes(c.polarity())) opposes = true;
        }
        return opposes ? Stance.OPPOSES : Stance.NONE;
    }

    /**
     * The sentence, with the one before it that its quote gives ("... prohibited it from developing competitive AI
     * systems. The revised agreement lifts this restriction"), has three in four or more of the query's words, two or
     * more, that are neither names, words pointing to a part of the deal or its parties ({@link #REFERENCES}), nor the
     * clause's words of stopping or going on (which the opposing sentence says the other way): it is about the same thing.
     */
    private boolean aboutAll(String clause, Query query, SentenceInfo s) {
        Set<String> markers = new java.util.HashSet<>();
        for (Token t : Tokens.of(clause)) if (Polarity.of(t.surface()) != Polarity.NEUTRAL) markers.add(t.stem());
        List<QueryTerm> thing = query.terms().stream().filter(t -> !names.known(t.term()) && !markers.contains(t.term()) && !REFERENCES.contains(t.term())).toList();
        Set<String> said = new java.util.HashSet<>(s.terms());
        for (Token t : Tokens.of(s.quote())) said.add(t.stem());
        long had = thing.stream().filter(t -> t.matchIn(said) > 0).count();
        return thing.size() >= 2 && had * 4 >= thing.size() * 3;
    }

    /**
     * Stems of words that point to a part of a deal or to its parties without saying what it is ("the clause", "the
     * provision", "the parties"): a sentence about the thing need not use them.
     */
    static final Set<String> REFERENCES = Set.of("claus", "provis", "term", "rule", "condit", "parti", "side", "compani", "firm");

    /** Words of a measure, which a sentence keeping it "unchanged" speaks of: the thing itself may have changed otherwise. */
    private static final Pattern MEASURE = Pattern.compile("\\b(?:percentage|percent|rate|ratio|proportion|level|size|amount|%)", Pattern.CASE_INSENSITIVE);

    /** How many of the query's words that are not names the sentence has. */
    private int shares(Query query, SentenceInfo s) {
        int n = 0;
        for (QueryTerm t : query.terms()) if (!names.known(t.term()) && t.matchIn(s.terms()) > 0) n++;
        return n;
    }

    private static boolean sharesThing(Query query, ClauseInfo c, Names names) {
        for (QueryTerm t : query.terms()) if (!names.known(t.term()) && t.matchIn(c.terms()) > 0) return true;
        return false;
    }

    /**
     * A word the clause states as holding now ("is W", "stays W", "still W"), in a clause that neither denies nor changes
     * anything nor speaks of before, that the sentence negates ("non-W", "nonW", "not W", "no longer (be) W"); or null.
     */
    static String negated(String clause, String lowerSentence) {
        String form = negatedForm(clause, lowerSentence);
        return form == null ? null : form.substring(form.lastIndexOf(' ') + 1).replaceFirst("^non-?", "");
    }

    /** As {@link #negated}, the sentence's own words that negate it ("non-exclusive", "no longer be exclusive"); or null. */
    static String negatedForm(String clause, String lowerSentence) {
        String held = negatedAfter(clause, lowerSentence, HOLDS);
        return held != null ? held : negatedCaused(clause, lowerSentence);
    }

    /** A verb that puts its object into a state named after it ("made the licence exclusive", "left it exclusive"). */
    private static final Pattern CAUSED = Pattern.compile("made|makes|make|making|rendered|renders|render|left|leaves");
    /** A verb of keeping: what is kept ("kept its exclusive licence") keeps its attribute as well. */
    private static final Pattern KEPT = Pattern.compile("kept|keeps|keep|keeping|retain|retains|retained|retaining|maintain|maintains|maintained");
    /** A verb of having: after "still", what is had keeps its attribute ("still holds an exclusive licence"). */
    private static final Pattern HELD = Pattern.compile("hold|holds|holding|has|have|having|own|owns|owning");
    /** How many words after such a verb its object and state may take. */
    static final int CAUSED_REACH = 8;

    /**
     * A state a causative verb or one of keeping puts its object into, within the verb's clause ("the amendment made Microsoft's licence
     * exclusive through 2032"), that the sentence negates with "non-": the sentence's negated form, or null. Only the
     * "non-" forms count, since the words after such a verb are mostly its object, not a state; a word after an article
     * or possessive is the object's attribute, which only a verb of keeping claims as holding now ("kept its exclusive
     * licence", not "made an exclusive deal").
     */
    static String negatedCaused(String clause, String lowerSentence) {
        String lower = clause.toLowerCase(Locale.ROOT);
        if (CHANGED.matcher(lower).find() || EARLIER.matcher(lower).find() || Polarity.of(clause) == Polarity.STOPS) return null;
        List<Token> tokens = Tokens.of(clause);
        for (int v = 0; v < tokens.size(); v++) {
            // "still holds an exclusive licence" claims its attribute as holding now, as "kept" does
            boolean kept = KEPT.matcher(tokens.get(v).lower()).matches()
                    || v > 0 && tokens.get(v - 1).lower().equals("still") && HELD.matcher(tokens.get(v).lower()).matches();
            if (!kept && !CAUSED.matcher(tokens.get(v).lower()).matches()) continue;
            for (int i = v + 2; i < Math.min(tokens.size(), v + 1 + CAUSED_REACH); i++) {
                String w = tokens.get(i).lower();
                if (clause.substring(tokens.get(v).end(), tokens.get(i).start()).matches("(?s).*[,;:?.].*")) break;
                // after an article or possessive the word is the object's attribute ("made an exclusive deal"), not its state
                if (w.length() < MIN_NEGATED_WORD || !w.chars().allMatch(Character::isLetter) || !kept && ATTRIBUTE.matcher(tokens.get(i - 1).lower()).matches()) continue;
                for (String negated : new String[] {"non-" + w, "non" + w, "non " + w})
                    if (Names.containsWord(lowerSentence, negated)) return negated;
            }
        }
        return null;
    }

    /**
     * A word of the clause, not negated there, that the sentence negates with "non-" wherever it stands ("get exclusive
     * access" against "non-exclusive"): the sentence's negated form, or null.
     */
    static String negatedWord(String clause, String lowerSentence) {
        String lower = clause.toLowerCase(Locale.ROOT);
        for (Token t : Tokens.of(clause)) {
            String w = t.lower();
            if (w.length() < MIN_NEGATED_WORD || !w.chars().allMatch(Character::isLetter)) continue;
            if (lower.contains("non-" + w) || lower.contains("non" + w) || lower.contains("not " + w)) continue;
            for (String negated : new String[] {"non-" + w, "non" + w})
                if (Names.containsWord(lowerSentence, negated)) return negated;
        }
        return null;
    }

    /** An ordinal before a noun: "first tranche", "second round". */
    private static final Pattern ORDINAL = Pattern.compile("\\b(first|second|third|fourth|final|last|initial)\\s+([a-z]{3,})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The sentence's ordinal phrase for a noun the clause gives another ordinal ("the second tranche" against "the first
     * tranche"), when the sentence never uses the clause's; or null.
     */
    static String otherOrdinal(String clause, String sentence) {
        String lowerSentence = sentence.toLowerCase(Locale.ROOT);
        var asked = ORDINAL.matcher(clause.toLowerCase(Locale.ROOT));
        while (asked.find()) {
            if (lowerSentence.contains(asked.group())) continue;
            var said = ORDINAL.matcher(lowerSentence);
            while (said.find()) if (said.group(2).equals(asked.group(2)) && !said.group(1).equals(asked.group(1))) return said.group();
        }
        return null;
    }

    /** Words by which a clause has a thing bigger or smaller than it was ("a bigger share", "raised"). */
    private static final Pattern CHANGE_ASKED = Pattern.compile("\\b(?:bigger|larger|smaller|higher|lower|greater|reduced|raised|increased|decreased)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The sentence's word that the thing stays as it was, when the clause has it changed; or null. */
    static String keptAgainstChange(String clause, String lowerSentence) {
        if (!CHANGE_ASKED.matcher(clause).find()) return null;
        java.util.regex.Matcher m = DeniedWord.KEPT.matcher(lowerSentence);
        return m.find() ? m.group() : null;
    }

    /** An article or possessive before a state's word: the state given as an attribute ("an exclusive license"). */
    private static final Pattern ATTRIBUTE = Pattern.compile("a|an|the|its|their|his|her|\\p{L}+['’]s");

    /** As {@link #negatedForm}, also of a state given as an attribute ("Why did it get an exclusive license?"). */
    static String negatedAttribute(String clause, String lowerSentence) {
        String held = negatedForm(clause, lowerSentence);
        return held != null ? held : negatedAfter(clause, lowerSentence, ATTRIBUTE);
    }

    private static String negatedAfter(String clause, String lowerSentence, Pattern before) {
        // a change into a state ("became exclusive") claims the state as it is now
        clause = BECAME.matcher(clause).replaceAll("is ");
        String lower = clause.toLowerCase(Locale.ROOT);
        if (CHANGED.matcher(lower).find() || EARLIER.matcher(lower).find() || Polarity.of(clause) == Polarity.STOPS) return null;
        List<Token> tokens = Tokens.of(clause);
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (w.length() < MIN_NEGATED_WORD || !w.chars().allMatch(Character::isLetter)) continue;
            if (!before.matcher(tokens.get(i - 1).lower()).matches()) continue;
            for (String negated : new String[] {"non-" + w, "non" + w, "non " + w, "not " + w, "no longer " + w, "no longer be " + w})
                if (Names.containsWord(lowerSentence, negated)) return negated;
        }
        return null;
    }

    /** A verb of changing into a state, before the state's word ("became exclusive", "has become exclusive"). */
    private static final Pattern BECAME = Pattern.compile("(?i)\\b(?:become|became|becomes|becoming)\\s+(?=\\p{L})");

    /** A clause that says both that something stops and that something continues is not one claim to check. */
    static boolean mixed(String clause) {
        Polarity.Marker stop = Polarity.marker(clause);
        return stop != null && stop.polarity() == Polarity.STOPS
                && Polarity.of(clause.substring(0, stop.start()) + " " + clause.substring(stop.end())) == Polarity.CONTINUES;
    }

    /** The sentence states {@code word} plainly (not negated) and not of how things were before. */
    static boolean statesNow(String word, String lowerSentence) {
        if (EARLIER.matcher(lowerSentence).find()) return false;
        for (int i = lowerSentence.indexOf(word); i >= 0; i = lowerSentence.indexOf(word, i + 1)) {
            String before = lowerSentence.substring(Math.max(0, i - 10), i);
            boolean whole = (i == 0 || !Character.isLetterOrDigit(lowerSentence.charAt(i - 1)))
                    && (i + word.length() == lowerSentence.length() || !Character.isLetter(lowerSentence.charAt(i + word.length())));
            if (whole && !before.matches(".*(non-?|not |longer |longer be )$")) return true;
        }
        return false;
    }
}
