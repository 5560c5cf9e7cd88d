package dev.dealbot.question;

import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The thing a question asks about and whose it is: "OpenAI's valuation" (valuation, OpenAI), "the CEO of OpenAI"
 * (CEO, OpenAI), "What stake does Amazon hold" (stake, Amazon), "How much did Amazon invest" (invest, Amazon),
 * "How many employees ..." (employees, no owner). Evidence must state that thing, and of that owner.
 *
 * @param word the word naming the thing, lower case, as written (the last of the phrase)
 * @param stems the stems of the phrase naming it ("investment arrived immediately" after "Amazon's": the head is not
 *     told apart from what follows it without parsing, so each may be it)
 * @param owner the name it belongs to (lower case; a name of several words joined by spaces), or null
 * @param everyWord whether {@code word} is the head and every other stem modifies it, so a sentence must have them all
 */
public record Focus(String word, String stem, Set<String> stems, String owner, boolean everyWord) {
    public Focus {
        stems = Set.copyOf(stems);
    }

    public Focus(String word, String stem, Set<String> stems, String owner) {
        this(word, stem, stems, owner, false);
    }

    Focus(Token t, String owner) {
        this(t.lower(), t.stem(), Set.of(t.stem()), owner);
    }

    /** Nouns that take part of something rather than belong to it: "a share of OpenAI" is not OpenAI's share. */
    private static final Set<String> PARTITIVE = Set.of("share", "part", "portion", "percentage", "percent", "stake",
            "slice", "fraction", "amount", "number", "rest", "half", "most", "much", "many", "piece", "cut", "chunk",
            "majority", "minority", "bit", "lot", "kind", "type", "sort", "one", "some", "all", "any", "each");
    /** Verbs too light to name a thing asked about. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "is", "are", "was", "were", "do", "does", "did", "have", "has",
            "had", "get", "got", "make", "made", "take", "took", "say", "said", "mean", "think", "go", "come", "see", "know",
            "want", "like", "look", "happen", "change", "feel", "need", "use");
    /** "How much money", "how much time": what a figure is measured in, not a thing it measures. */
    private static final Set<String> UNITS = Set.of("money", "cash", "time", "percent", "percentage", "dollars", "years",
            "months", "days");
    /** Scales and currencies a sum is counted in: "how many billions of dollars ...". */
    private static final Set<String> SCALES = Set.of("billion", "billions", "million", "millions", "trillion", "trillions", "thousand",
            "thousands", "dollar", "usd", "euro", "euros");
    /** Verbs by which the subject has the thing: "what stake does Amazon hold" asks for Amazon's stake. */
    private static final Set<String> POSSESSING = Set.of("have", "hold", "own", "keep", "retain", "control", "get",
            "receive", "earn", "employ", "possess");
    private static final Set<String> AUXILIARIES = Terms.AUXILIARIES;
    private static final Set<String> WH = Set.of("what", "which", "how", "who", "whom");
    /** Verbs that keep a deed up or stop it ("continue paying"): the deed after them is the thing asked about. */
    private static final Set<String> KEEPING_UP = Set.of("continue", "keep", "go", "stop", "still");

    /** The focus of a question given its tokens and which of them are names; null when there is none. */
    static Focus of(List<Token> tokens, List<Token> names, Names known) {
        for (int i = 0; i < tokens.size(); i++) { // "OpenAI's (total) valuation"
            Token t = tokens.get(i);
            if (!t.possessive() || !names.contains(t)) continue;
            // "the book value of Microsoft's investment" asks for the value (below); "the name of OpenAI's CEO" for the CEO
            if (i > 1 && tokens.get(i - 1).lower().equals("of") && contentWord(tokens.get(i - 2), names)
                    && !PARTITIVE.contains(tokens.get(i - 2).lower())) continue;
            int head = -1;
            boolean ownedByName = true;
            Set<String> phrase = new java.util.LinkedHashSet<>();
            int end = Math.min(tokens.size(), i + 4);
            for (int j = i + 1; j < end && (contentWord(tokens.get(j), names) || nameInPhrase(tokens, names, j)); j++) {
                if (!contentWord(tokens.get(j), names)) continue; // "Microsoft's first OpenAI investment": a name modifies the head
                // the last content word is the verb, unless a light verb follows it ("What did OpenAI's revenue chief say")
                boolean mainVerb = doSupport(tokens, i) && (j + 1 == tokens.size() || !contentWord(tokens.get(j + 1), names)
                        && !LIGHT_VERBS.contains(tokens.get(j + 1).lower()));
                if (mainVerb && head > 0) break; // "What did OpenAI's revenue chief write": "write" is the verb
                head = j;
                phrase.add(tokens.get(j).stem());
                if (tokens.get(j).possessive()) ownedByName = false; // "OpenAI's revenue chief's memo" is the chief's
            }
            if (head > 0) return new Focus(tokens.get(head).lower(), tokens.get(head).stem(), phrase,
                    ownedByName || head == lastPossessive(tokens, i, head) ? party(tokens, names, t, known) : null);
        }
        for (int i = 1; i + 1 < tokens.size(); i++) { // "the (chief executive) CEO of OpenAI"
            if (!tokens.get(i).lower().equals("of")) continue;
            Token thing = tokens.get(i - 1);
            int j = tokens.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
            // "the leak of OpenAI's memo": the leak is of the memo, which is OpenAI's; not a leak of OpenAI
            if (j >= tokens.size() || !names.contains(tokens.get(j)) || tokens.get(j).possessive() || !contentWord(thing, names)
                    || PARTITIVE.contains(thing.lower())) continue;
            Set<String> phrase = new java.util.LinkedHashSet<>(List.of(thing.stem()));
            if (i >= 2 && contentWord(tokens.get(i - 2), names)) phrase.add(tokens.get(i - 2).stem());
            return new Focus(thing.lower(), thing.stem(), phrase, party(tokens, names, tokens.get(j), known));
        }
        for (int i = 0; i + 3 < tokens.size(); i++) { // "what stake (in OpenAI) does Amazon hold", "how many employees does OpenAI have"
            if (!WH.contains(tokens.get(i).lower())) continue;
            int first = tokens.get(i + 1).lower().matches("much|many") ? i + 2 : i + 1;
            // the thing may be a noun with a modifier before it ("what revenue share"): the last of the two is its head
            int k = first + 1 < tokens.size() && contentWord(tokens.get(first), names) && contentWord(tokens.get(first + 1), names)
                    ? first + 1 : first;
            // the thing's own object ("stake in OpenAI") stands between it and the verb's subject
            int p = k + 2 < tokens.size() && tokens.get(k + 1).lower().equals("in") && names.contains(tokens.get(k + 2)) ? 2 : 0;
            if (k + p + 3 >= tokens.size() || !POSSESSING.contains(tokens.get(k + p + 3).lower())) continue;
            Token thing = tokens.get(k);
            if (contentWord(thing, names) && AUXILIARIES.contains(tokens.get(k + p + 1).lower()) && names.contains(tokens.get(k + p + 2))) {
                Set<String> phrase = new java.util.LinkedHashSet<>();
                for (int j = first; j <= k; j++) phrase.add(tokens.get(j).stem());
                return new Focus(thing.lower(), thing.stem(), phrase, party(tokens, names, tokens.get(k + p + 2), known));
            }
        }
        for (int i = 0; i + 3 < tokens.size(); i++) { // "what percentage of OpenAI does Amazon own": Amazon's owning
            if (!WH.contains(tokens.get(i).lower())) continue;
            for (int k = i + 2; k + 2 < tokens.size() && k < i + 6; k++) {
                if (!AUXILIARIES.contains(tokens.get(k).lower()) || !names.contains(tokens.get(k + 1))) continue;
                int v = k + 2;
                while (v + 1 < tokens.size() && tokens.get(v).lower().matches("now|still|currently|actually|really|[a-z]+ly")) v++;
                Token verb = tokens.get(v);
                if (verb.lower().matches("own|owns|hold|holds|control|controls|possess|possesses"))
                    return new Focus(verb, party(tokens, names, tokens.get(k + 1), known));
            }
        }
        for (int i = 0; i + 3 < tokens.size(); i++) { // "how much did Amazon invest", "what did Microsoft gain"
            if (!WH.contains(tokens.get(i).lower())) continue;
            int k = tokens.get(i + 1).lower().matches("much|many|long") ? i + 2 : i + 1;
            if (k + 2 >= tokens.size() || !AUXILIARIES.contains(tokens.get(k).lower()) || !names.contains(tokens.get(k + 1))) continue;
            int v = k + 2;
            while (v + 1 < tokens.size() && tokens.get(v).lower().endsWith("ly")) v++; // "did Microsoft reportedly gain"
            // "how long will Microsoft continue paying": the deed kept up is the one asked about
            if (v + 1 < tokens.size() && KEEPING_UP.contains(tokens.get(v).lower()) && tokens.get(v + 1).lower().endsWith("ing")) v++;
            // "how much did Amazon commit to invest", "agree to pay": the deed is the verb after "to", the first only leads to it
            if (v + 2 < tokens.size() && tokens.get(v + 1).lower().equals("to") && contentWord(tokens.get(v + 2), names)) v += 2;
            Token verb = tokens.get(v);
            // "how much did Microsoft book as a gain": a verb of recording names no thing; what it records as does
            int object = recorded(tokens, v, names);
            if (object > 0) return new Focus(tokens.get(object), party(tokens, names, tokens.get(k + 1), known));
            if (contentWord(verb, names) && !LIGHT_VERBS.contains(verb.lower()))
                return new Focus(verb, party(tokens, names, tokens.get(k + 1), known));
        }
        return copular(tokens, names);
    }

    /** Verbs of putting a figure on record: what is recorded is named after them ("book a gain", "report as a loss"). */
    private static final Set<String> RECORDING = Set.of("book", "record", "report", "post", "log", "register", "recognize",
            "recognise", "declare", "realize", "realise", "show");

    /**
     * The noun a verb of recording at {@code v} records ("book (as) a gain", "report the loss"): its index, or -1 when the
     * verb is none or names no noun after an article.
     */
    private static int recorded(List<Token> tokens, int v, List<Token> names) {
        if (!RECORDING.contains(tokens.get(v).lower())) return -1;
        int j = v + 1;
        if (j < tokens.size() && tokens.get(j).lower().equals("as")) j++;
        if (j >= tokens.size() || !tokens.get(j).lower().matches("a|an|the|its|their")) return -1;
        return j + 1 < tokens.size() && contentWord(tokens.get(j + 1), names) ? j + 1 : -1;
    }

    /** The last possessive word of a phrase from {@code from} to {@code head}, or -1. */
    private static int lastPossessive(List<Token> tokens, int from, int head) {
        int last = -1;
        for (int j = from + 1; j <= head; j++) if (tokens.get(j).possessive()) last = j;
        return last;
    }

    /** A name inside a noun phrase, before its head ("first OpenAI investment"), not a possessive that starts another. */
    private static boolean nameInPhrase(List<Token> tokens, List<Token> names, int j) {
        return names.contains(tokens.get(j)) && !tokens.get(j).possessive() && j + 1 < tokens.size()
                && contentWord(tokens.get(j + 1), names);
    }

    /** "What is the (actual dollar) ceiling on ...": the noun phrase a copular question asks for, its last word the head. */
    private static Focus copular(List<Token> tokens, List<Token> names) {
        if (tokens.size() < 3 || !tokens.get(0).lower().matches("what|which")) return null;
        int k = tokens.get(1).lower().matches("is|was|are|were") ? 2 : 1;
        if (k >= tokens.size() || !tokens.get(k).lower().matches("the|a|an")) return null;
        int head = -1;
        // the phrase runs through its modifiers, even filler ones ("the exact cap"), up to a function word or a name
        for (int j = k + 1; j < tokens.size() && (contentWord(tokens.get(j), names) || modifier(tokens.get(j), names)); j++)
            if (contentWord(tokens.get(j), names)) head = j;
        if (head < 0 || PARTITIVE.contains(tokens.get(head).lower()) || UNITS.contains(tokens.get(head).lower())) return null;
        return new Focus(tokens.get(head), null); // the head alone: its modifiers ("actual", "dollar") only narrow it
    }

    /** Adverbs that stand between an auxiliary and its verb, of the clause, not of a thing: "was therefore invested". */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("therefore", "then", "thus", "hence", "still", "also", "actually",
            "really", "already", "ever", "so", "now", "finally", "ultimately", "eventually", "originally", "initially");

    private static final Set<String> PREPOSITIONS = Set.of("about", "from", "over", "under", "between", "through", "across",
            "toward", "towards", "against", "within", "without", "behind", "beyond", "during", "per", "via", "than", "like");

    /** A word of the question's filler that can modify a noun ("exact", "actual"), not a function word. */
    private static boolean modifier(Token t, List<Token> names) {
        String w = t.lower();
        return !names.contains(t) && w.length() > 2 && Character.isLetter(w.charAt(0))
                && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) && !PREPOSITIONS.contains(w)
                && !AUXILIARIES.contains(w) && !SUBORDINATORS.contains(w) && !WH.contains(w);
    }

    /** An auxiliary of do-support or a modal before token {@code i}: the clause's main verb comes after its subject. */
    private static boolean doSupport(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) if (tokens.get(k).lower().matches("do|does|did|will|would|can|could|should|may|might")) return true;
        return false;
    }

    /** "Which bank ...": the kind of thing asked for; the articles can only answer when they use the word (or a synonym). */
    static Focus type(List<Token> tokens, List<Token> names) {
        if (tokens.size() < 2 || !tokens.get(0).lower().equals("which")) return null;
        Token first = null, plural = null;
        for (int k = 1; k < Math.min(tokens.size(), 5); k++) { // "which (guiding) principles", "which AWS service"
            Token t = tokens.get(k);
            if (names.contains(t)) continue;
            if (!contentWord(t, names)) break;
            if (first == null) first = t;
            if (plural == null && t.lower().matches("[a-z]{3,}[^s]s")) plural = t; // the plural is the thing asked for
        }
        Token head = plural != null ? plural : first;
        return head == null ? null : new Focus(head, null);
    }

    /**
     * "What share of OpenAI does its nonprofit foundation hold?": the holder of a holding verb after an auxiliary when it
     * is a noun phrase naming no party, as its words (an empty list for any other shape).
     */
    static List<Token> unnamedHolder(List<Token> tokens, List<Token> names) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!AUXILIARIES.contains(tokens.get(k).lower())) continue;
            int v = k + 1;
            while (v < tokens.size() && v < k + 5 && !OWNING.contains(tokens.get(v).lower())) {
                // a name holds it, or the holders are told by the rest of a whole ("all other holders"): none unnamed
                if (names.contains(tokens.get(v)) || REST_OF.contains(tokens.get(v).lower())) return List.of();
                v++;
            }
            if (v == k + 1 || v >= tokens.size() || v == k + 5 || !OWNING.contains(tokens.get(v).lower())) continue;
            // the verb ends the clause or takes what is held ("hold in it", "own now"): not "its own models", "hold up"
            if (POSSESSIVE_DETERMINERS.contains(tokens.get(v - 1).lower())
                    || v + 1 < tokens.size() && !tokens.get(v + 1).lower().matches("in|of|at|now|today|currently|still|together|overall")) continue;
            return tokens.subList(k + 1, v).stream().filter(t -> contentWord(t, names)).toList();
        }
        return List.of();
    }

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our", "my", "your");
    /** Verbs of owning a part of something (not of having in general: "did the old agreement have"). */
    private static final Set<String> OWNING = Set.of("own", "hold", "control", "possess");
    /** Words that tell holders by the rest of a whole, not by who they are. */
    private static final Set<String> REST_OF = Set.of("other", "others", "rest", "remaining", "all", "everyone", "everybody");

    /** Currencies a figure can be asked in ("worth in euros"); the articles' own currency is the dollar. */
    private static final Set<String> CURRENCIES = Set.of("euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
            "renminbi", "rmb", "rupee", "rupees", "franc", "francs", "ruble", "rubles", "rouble", "roubles", "peso", "pesos",
            "won", "lira", "real", "reais", "krona", "kronor", "krone", "bitcoin", "bitcoins");

    /** "Worth in euros", "how many yen": the currency a figure is asked in, or null. */
    static Focus currency(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            boolean asked = i > 0 && tokens.get(i - 1).lower().matches("in|of|many|much");
            if (asked && CURRENCIES.contains(w)) return new Focus(tokens.get(i), null);
        }
        return null;
    }

    /**
     * "What will the capacity be in gigawatts?", "how much is it in euros": a plural noun after "in" ending a question that
     * asks an amount (by "how much/many" or a copula right before "in"), the unit the figure is asked in; or null ("... with
     * 'primary cloud partner' in quotes?" asks no amount).
     */
    static Focus unitAsked(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last < 2 || !tokens.get(last - 1).lower().equals("in")) return null;
        boolean amount = tokens.get(last - 2).lower().matches("be|is|are|was|were");
        for (int i = 0; i + 1 < last && !amount; i++)
            amount = tokens.get(i).lower().equals("how") && tokens.get(i + 1).lower().matches("much|many");
        if (!amount) return null;
        Token unit = tokens.get(last);
        // units of any figure ("in points", "in dollars", "in years") are the answer's measure, whatever words the articles use
        if (unit.lower().matches("points|percent|dollars|years|months|weeks|days|billions|millions|terms")) return null;
        return unit.lower().length() > 3 && unit.lower().endsWith("s") && !unit.capitalised() ? new Focus(unit, null) : null;
    }

    /** "How many X", "the amount of X": the X a figure is asked for, without an owner; null when there is none. */
    /** Verbs whose past or present is not written with -ed or -ing, as they follow "how much" ("how much came in"). */
    private static final Set<String> IRREGULAR_VERBS = Set.of("came", "come", "comes", "went", "goes", "go", "gone", "got", "get", "gets",
            "left", "paid", "put", "puts", "made", "make", "makes", "took", "take", "takes", "flowed", "flows", "stays", "remains", "remain");

    /** "... as a percentage of ...": the measure a thing is asked in. */
    /** Nouns of what a party holds of a company: a stake, a holding ("share" and "position" name other things too). */
    private static final Set<String> HOLDINGS = Set.of("stake", "stakes", "holding");

    private static final Set<String> RELATIVE_MEASURES = Set.of("percentage", "percent", "share", "fraction", "proportion", "portion",
            "multiple", "ratio");
    /** Words that name a measure rather than a thing measured ("what percentage cut"). */
    private static final Set<String> MEASURE_WORDS = Set.of("percentage", "percent", "share", "fraction", "proportion", "portion",
            "multiple", "ratio", "cut", "rate", "figure", "number", "amount", "split");
    /** Measures a figure is asked in after "in": "the cap in percentage terms", "in dollars". */
    private static final Set<String> IN_MEASURES = Set.of("percentage", "percentages", "percent", "percentage-terms", "dollars", "dollar");
    /** Verbs that say a figure is written in a measure: "the cap expressed as a percentage". */
    private static final Set<String> EXPRESSED = Set.of("expressed", "measured", "stated", "given", "set", "written", "shown", "put");

    /** "What is the cap expressed as a percentage of revenue?": the thing before "as a percentage of" is the one measured. */
    private static Focus measuredAs(List<Token> tokens, List<Token> names) {
        // "the cap in percentage (of revenue)", "the cap in dollars", "the cap in dollar terms": the same, with "in"
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("in") || !IN_MEASURES.contains(tokens.get(i + 1).lower())) continue;
            int k = i - 1;
            // "the cap worth in dollars": what is worth it is measured
            if (EXPRESSED.contains(tokens.get(k).lower()) || tokens.get(k).lower().matches("worth|valued")) k--;
            if (k >= 0 && contentWord(tokens.get(k), names) && !UNITS.contains(tokens.get(k).lower())) return new Focus(tokens.get(ofHead(tokens, names, k)), null);
        }
        for (int i = 1; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("as") || !tokens.get(i + 1).lower().matches("a|an")
                    || !RELATIVE_MEASURES.contains(tokens.get(i + 2).lower()) || !tokens.get(i + 3).lower().equals("of")) continue;
            int k = i - 1;
            if (EXPRESSED.contains(tokens.get(k).lower())) k--;
            if (k >= 0 && contentWord(tokens.get(k), names) && !UNITS.contains(tokens.get(k).lower())) return new Focus(tokens.get(k), null);
        }
        return null;
    }

    /** The head of "the cap of the revenue share" ending at {@code k}: the noun before "of"; {@code k} when no "of" comes before. */
    private static int ofHead(List<Token> tokens, List<Token> names, int k) {
        int m = k;
        while (m - 1 >= 0 && contentWord(tokens.get(m - 1), names)) m--;
        if (m - 1 >= 0 && tokens.get(m - 1).lower().matches(DETERMINERS + "|its|their")) m--;
        boolean of = m - 2 >= 0 && tokens.get(m - 1).lower().equals("of") && contentWord(tokens.get(m - 2), names)
                && !UNITS.contains(tokens.get(m - 2).lower()) && !tokens.get(m - 2).lower().matches("amount|size|value|level|figure|sum|number");
        return of ? m - 2 : k;
    }

    /** Words that only point to the thing measured after them: "the cap", "that cap" (the one just mentioned). */
    static final String DETERMINERS = "the|a|an|that|this|these|those";

    static Focus measured(List<Token> tokens, List<Token> names) {
        Focus as = measuredAs(tokens, names);
        if (as != null) return as;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            boolean howMany = w.equals("how") && tokens.get(i + 1).lower().matches("much|many");
            if (w.equals("how") && tokens.get(i + 1).lower().matches("big|large|high|small|low") && i + 3 < tokens.size()
                    && AUXILIARIES.contains(tokens.get(i + 2).lower())) { // "how big is the cap"
                int k = tokens.get(i + 3).lower().matches(DETERMINERS) ? i + 4 : i + 3;
                int head = -1;
                for (; k < tokens.size() && contentWord(tokens.get(k), names); k++) head = k;
                if (head > 0) return new Focus(tokens.get(head), null);
            }
            boolean amountOf = w.matches("amount|size|value|level|figure|sum|number") && tokens.get(i + 1).lower().equals("of");
            if (!howMany && !amountOf) continue;
            int j = i + 2;
            // "how much is the revenue share cap": the thing after the verb "be" is the one measured
            if (howMany && j + 1 < tokens.size() && tokens.get(j).lower().matches("is|are|was|were")) j++;
            if (j < tokens.size() && tokens.get(j).lower().matches(DETERMINERS)) j++;
            // "how much was therefore invested": an adverb of the clause before its verb measures nothing
            while (j + 1 < tokens.size() && CLAUSE_ADVERBS.contains(tokens.get(j).lower())) j++;
            // "how many billions of dollars is the cap": a unit, then "be", then the thing it measures
            int u = j;
            while (u < tokens.size() && (UNITS.contains(tokens.get(u).lower()) || SCALES.contains(tokens.get(u).lower())
                    || u > j && tokens.get(u).lower().equals("of"))) u++;
            if (u > j && howMany && u + 1 < tokens.size() && tokens.get(u).lower().matches("is|are|was|were|represents?|makes?")) {
                j = u + 1;
                if (tokens.get(j).lower().matches(DETERMINERS)) j++;
            }
            if (j < tokens.size() && (UNITS.contains(tokens.get(j).lower()) || SCALES.contains(tokens.get(j).lower()))) return null; // "how much money came in"
            // "how much arrived ...", "how much came in ...": a verb, no thing measured
            if (j < tokens.size() && (tokens.get(j).lower().matches("[a-z]+(ed|ing)") || IRREGULAR_VERBS.contains(tokens.get(j).lower()))) continue;
            int head = -1, first = j;
            for (; j < tokens.size() && contentWord(tokens.get(j), names) && j - first < 4; j++) head = j;
            if (head > 0 && !UNITS.contains(tokens.get(head).lower())) return new Focus(tokens.get(head), null);
        }
        return askedMeasure(tokens, names);
    }

    /**
     * "At what valuation did ...": an amount noun right after "what" or "which" is the thing measured; "what percentage
     * revenue share ...": a relative measure, then the phrase naming what it measures (every word of it: a "revenue
     * share" is no share of stock). A part of a whole ("what percentage of revenue") is asked of the whole instead.
     */
    private static Focus askedMeasure(List<Token> tokens, List<Token> names) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).lower().matches("what|which")) continue;
            Token next = tokens.get(i + 1);
            // the noun ends its phrase, before the question's auxiliary ("what valuation did"), else it is a modifier
            // ("which revenue payments")
            if (Quantities.is(next.lower()) && auxiliaryAt(tokens, i + 2)) return new Focus(next, null);
            // "what ownership stake does ...": a holding after one word that describes it, before the auxiliary
            if (i + 2 < tokens.size() && contentWord(next, names) && HOLDINGS.contains(tokens.get(i + 2).lower()) && auxiliaryAt(tokens, i + 3))
                return new Focus(tokens.get(i + 2), null);
            Focus before = phraseThenMeasure(tokens, names, i + 1);
            if (before != null) return before;
            if (!RELATIVE_MEASURES.contains(next.lower())) continue;
            int j = i + 2;
            Set<String> stems = new java.util.LinkedHashSet<>();
            Token head = null;
            int k = j;
            for (; k < tokens.size() && k - j < 3 && contentWord(tokens.get(k), names) && !UNITS.contains(tokens.get(k).lower()); k++) {
                head = tokens.get(k);
                stems.add(head.stem());
            }
            // a measure's word alone ("what percentage cut") names no thing; nor does a verb ("what percentage belongs to")
            boolean measureOnly = k - j == 1 && MEASURE_WORDS.contains(head.lower());
            if (head != null && auxiliaryAt(tokens, k) && !measureOnly) return new Focus(head.lower(), head.stem(), stems, null, true);
        }
        return null;
    }

    /**
     * "what revenue share percentage did ...": the phrase naming what is measured written before the relative measure
     * (every word of it); null when the words from {@code j} are no such phrase.
     */
    private static Focus phraseThenMeasure(List<Token> tokens, List<Token> names, int j) {
        int k = j;
        while (k < tokens.size() && k - j < 3 && contentWord(tokens.get(k), names) && !UNITS.contains(tokens.get(k).lower())) k++;
        // the phrase ("revenue share"), then a relative measure ("percentage"), then the question's auxiliary ("did")
        if (k == j || k + 1 >= tokens.size() || !RELATIVE_MEASURES.contains(tokens.get(k).lower()) || !auxiliaryAt(tokens, k + 1)) return null;
        Set<String> stems = new java.util.LinkedHashSet<>();
        for (int m = j; m < k; m++) stems.add(tokens.get(m).stem());
        Token head = tokens.get(k - 1);
        return stems.size() == 1 && MEASURE_WORDS.contains(head.lower()) ? null : new Focus(head.lower(), head.stem(), stems, null, true);
    }

    /** Token {@code i} is an auxiliary that opens what a question asks ("... did Amazon invest"). */
    private static boolean auxiliaryAt(List<Token> tokens, int i) {
        return i < tokens.size() && AUXILIARIES.contains(tokens.get(i).lower());
    }

    /** The whole name a name token belongs to ("denise dresser"), when it names a party. */
    private static String party(List<Token> tokens, List<Token> names, Token name, Names known) {
        return known.known(name.lower()) && known.party(name.lower()) ? dev.dealbot.text.Owners.phrase(tokens, names, tokens.indexOf(name)) : null;
    }

    private static boolean contentWord(Token t, List<Token> names) {
        String w = t.lower();
        return !names.contains(t) && w.length() > 1 && Character.isLetter(w.charAt(0)) && !Terms.QUESTION_STOPWORDS.contains(w) && !w.matches(".*n['’]t")
                && !AUXILIARIES.contains(w) && !SUBORDINATORS.contains(w) && !FRAMING.contains(w);
    }

    /** Words that open a clause: "access once AGI was reached" ends the phrase at "once". */
    private static final Set<String> SUBORDINATORS = Set.of("once", "if", "when", "whenever", "while", "because", "although",
            "though", "unless", "whether", "where", "after", "before", "until", "since", "so",
            // time expressions that follow a thing without being part of it: "OpenAI's total revenue last year"
            "last", "next", "previous", "past", "current", "today", "yesterday", "tomorrow", "ago");
    /**
     * Nouns that frame a question rather than name a thing ("the name of the Amazon service", "what kind of deal"), or
     * name the kind of answer ("what year will ...", "what percentage does ..."): not the thing asked about.
     */
    private static final Set<String> FRAMING = Set.of("name", "names", "kind", "type", "sort", "example", "examples",
            "list", "title", "word", "words", "term", "piece", "year", "years", "date", "day", "month", "time",
            "percentage", "percent", "figure", "number", "amount", "sum", "end", "start", "beginning", "expiry",
            "expiration", "duration", "length");
}
