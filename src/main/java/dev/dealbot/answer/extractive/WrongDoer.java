package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.question.QueryTerm;
import dev.dealbot.retrieval.Candidate;
import dev.dealbot.text.Names;
import dev.dealbot.text.Quotations;
import dev.dealbot.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deed the question gives to the wrong doer — someone the articles never name, or a party they name but never with
 * that deed — while one sentence tells that very deed of someone else: the bot says the articles don't attribute it
 * to the asked doer and quotes whom they do. The deed must be specific (a name, a quoted word or a date of the
 * question that the sentence has, and most of the question's other words), so a question about a stranger's general
 * view ("What did X say about the deal?") is still declined.
 */
final class WrongDoer {
    /** Share of the question's (known) word weight the sentence must have. */
    static final double MIN_COVERAGE = 0.5;
    /** Words of the deed besides its anchors the sentence must share: one name alone is no deed. */
    static final int MIN_DEED_WORDS = 2;
    /** Words of the deed besides its anchors a sentence must share to give it to another party rather than a person. */
    static final int MIN_PARTY_DEED_WORDS = 3;
    /** A sentence naming the party this close in meaning to a yes/no question may tell its deed in other words. */
    static final double DEED_MEANING = 0.65;
    /** Words in quotation marks: an opening mark at the start or after a space, a closing one before a non-letter. */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])['‘\"“]([\\p{L}][\\p{L} -]{1,40}?)['’\"”](?![\\p{L}])");

    private WrongDoer() {}

    static DraftBuilder correct(Question q, List<Candidate> candidates, Names names, Composer composer) {
        List<String> anchors = anchors(q);
        if (anchors.isEmpty()) return null;
        List<Candidate> byCoverage = new ArrayList<>(candidates);
        byCoverage.sort(Comparator.comparingDouble((Candidate c) -> coverage(q, c.sentence())).reversed());
        // who wrote a said thing ("Did X write the memo?"): the thing and its writer are the deed, whatever verb tells it
        boolean authored = AUTHORED.matcher(q.english()).find() && SAID_THING.matcher(q.english()).find();
        for (Candidate c : byCoverage) {
            SentenceInfo s = c.sentence();
            if (coverage(q, s) < (authored ? MIN_COVERAGE / 2 : MIN_COVERAGE)) break;
            if (!authored && deedWords(q, s, anchors) < MIN_DEED_WORDS) continue;
            String lower = s.quote().toLowerCase(Locale.ROOT);
            if (!anchors.stream().allMatch(a -> names.mentioned(lower, a) || Names.containsWord(lower, a))) continue;
            // the doer a sentence names instead: a person; or another party, when the deed is told in more of the question's
            // words ("OpenAI picked Oracle as the exclusive third-party cloud distributor for Frontier": AWS)
            if (person(s, q.english().toLowerCase(Locale.ROOT), names) == null && (deedWords(q, s, anchors) < MIN_PARTY_DEED_WORDS
                    || !inSameSlot(q, s, names))) continue;
            // named as the question writes it, without a possessive ("Oracle's CEO" asks of Oracle)
            List<String> strangers = q.unknownNames().stream().map(n -> n.replaceFirst("['’]s$", "")).distinct().toList();
            String asked = String.join(" ", strangers);
            DraftBuilder draft = new DraftBuilder();
            strangers.forEach(draft::deny);
            List<Integer> cited = composer.cite(draft, s);
            draft.say("The articles don't attribute this to " + asked + ". They say:", List.of());
            draft.say(s.quote(), cited);
            return draft;
        }
        return null;
    }

    /**
     * A deed the question gives to a party the articles name, never with that deed, while one sentence tells it — with
     * the question's date, quoted words or other names, and most of its other words — of another party: "The articles
     * don't tie this to X." and that sentence. Without such an anchor the bot declines as before.
     */
    static DraftBuilder absentParty(Question q, List<Candidate> candidates, dev.dealbot.index.SentenceTable table, Composer composer) {
        Names names = table.names();
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> coverage(q, c.sentence())).reversed());
        String askedLower = q.english().toLowerCase(Locale.ROOT);
        for (Candidate c : ranked) {
            SentenceInfo s = c.sentence();
            if (coverage(q, s) < MIN_COVERAGE) break;
            String lower = s.quote().toLowerCase(Locale.ROOT);
            List<String> absent = q.names().stream().filter(n -> !names.mentioned(lower, n)).toList();
            if (absent.size() != 1 || !subject(q.english(), absent.get(0))) continue;
            List<String> anchors = new ArrayList<>(anchors(q));
            anchors.removeAll(absent);
            for (int[] d : dev.dealbot.text.Kinds.calendarDates(q.english())) anchors.add(q.english().substring(d[0], d[1]).toLowerCase(Locale.ROOT));
            if (anchors.isEmpty() || !anchors.stream().allMatch(a -> names.mentioned(lower, a) || Names.containsWord(lower, a))) continue;
            if (deedWords(q, s, anchors) < MIN_DEED_WORDS || !namesAnotherParty(s, askedLower, names)) continue;
            if (doesDeed(absent.get(0), q, anchors, table)) return null; // the articles do tie the deed to the party
            DraftBuilder draft = new DraftBuilder();
            String written = Premise.asWritten(q.english(), absent.get(0));
            draft.deny(written);
            List<Integer> cited = composer.cite(draft, s);
            draft.say("The articles don't tie this to " + written + ". They say:", List.of());
            draft.say(s.quote(), cited);
            return draft;
        }
        return null;
    }

    /**
     * Words the question quotes as a speaker's ("Why did X say 'limited our ability ...'?") that an article quotes
     * verbatim in a sentence naming another person and not the speaker: "The articles attribute these words to Y, not
     * X." with that sentence. Null when the speaker's own sentence has them, or no sentence does.
     */
    static DraftBuilder misquoted(Question q, List<Candidate> candidates, Names names, Composer composer) {
        if (q.speaker() == null) return null;
        for (String words : Quotations.of(q.english())) {
            for (Candidate c : candidates) {
                SentenceInfo s = c.sentence();
                String lower = Quotations.normalised(s.quote());
                if (!lower.contains(words)) continue;
                boolean speaker = java.util.Arrays.stream(q.speaker().split("\\s+")).allMatch(w -> Names.containsWord(lower, w));
                String other = person(s, q.english().toLowerCase(Locale.ROOT), names);
                if (speaker || other == null) return null;
                DraftBuilder draft = new DraftBuilder();
                List<Integer> cited = composer.cite(draft, s);
                String asked = asWritten(q.english(), q.speaker());
                for (String w : asked.split("\\s+")) draft.deny(w); // the question's speaker, named to correct it
                draft.say("The articles attribute these words to " + asWritten(s.quote(), other) + ", not " + asked + ".", cited);
                draft.say(s.quote(), cited);
                return draft;
            }
        }
        return null;
    }

    /** Words as {@code text} writes them (found in any case), else as given. */
    private static String asWritten(String text, String lowerWords) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(lowerWords);
        return i < 0 ? lowerWords : text.substring(i, i + lowerWords.length());
    }

    private static final Pattern AUXILIARY = Pattern.compile("\\b(did|does|do|has|have|had|will|would|is|was|were|can|could)\\s+$");

    /** The party is the question's subject, the doer of the deed: right after its auxiliary ("did X invest"). */
    static boolean subject(String question, String lowerName) {
        String lower = question.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(lowerName); i >= 0; i = lower.indexOf(lowerName, i + 1))
            if (AUXILIARY.matcher(lower.substring(Math.max(0, i - 12), i)).find()) return true;
        return false;
    }

    /** Some sentence has the party and a word of the question's deed (not a name, an anchor or a number). */
    /**
     * A yes/no question about a deed of a party it makes the subject ("Did Google invest in OpenAI?"), which no sentence
     * naming that party tells with any word of the deed: the articles don't say so, whatever else they say of the party
     * (Google Cloud as a cloud OpenAI may sell on).
     */
    static boolean neverDoes(Question q, List<Candidate> candidates, dev.dealbot.index.SentenceTable table) {
        if (!q.yesNo() || !q.figures().isEmpty() || q.names().size() < 1) return false;
        for (String party : q.names()) {
            if (!subject(q.english(), party) || !table.names().party(party) || toldOf(party, q, table)) continue;
            // a sentence naming the party close in meaning to the question may tell the deed in other words ("fund")
            boolean close = candidates.stream().anyMatch(c -> c.semantic() >= DEED_MEANING
                    && table.names().mentioned(c.sentence().quote().toLowerCase(Locale.ROOT), party));
            if (!close) return true;
        }
        return false;
    }

    /** A sentence naming the party has a word of the question besides it: a word of the deed, or a rarer name (AWS Bedrock). */
    private static boolean toldOf(String party, Question q, dev.dealbot.index.SentenceTable table) {
        Set<String> partyStems = new java.util.HashSet<>();
        for (Token t : dev.dealbot.text.Tokens.of(party)) partyStems.add(t.stem());
        List<QueryTerm> deed = q.query().terms().stream().filter(t -> !partyStems.contains(t.term()) && !t.term().chars().allMatch(Character::isDigit)
                && (!table.names().known(t.term()) || table.isDistinctive(t.term()))).toList();
        if (deed.isEmpty()) return true;
        for (SentenceInfo s : table.all())
            if (table.names().mentioned(s.quote().toLowerCase(Locale.ROOT), party) && deed.stream().anyMatch(t -> t.matchIn(s.terms()) > 0)) return true;
        return false;
    }

    private static boolean doesDeed(String party, Question q, List<String> anchors, dev.dealbot.index.SentenceTable table) {
        java.util.Set<String> anchorStems = new java.util.HashSet<>();
        for (String a : anchors) for (Token t : dev.dealbot.text.Tokens.of(a)) anchorStems.add(t.stem());
        for (Token t : dev.dealbot.text.Tokens.of(q.english())) if (table.names().known(t.lower())) anchorStems.add(t.stem());
        List<QueryTerm> deed = q.query().terms().stream().filter(t -> !anchorStems.contains(t.term()) && !table.names().known(t.term())
                && !t.term().chars().allMatch(Character::isDigit)).toList();
        for (SentenceInfo s : table.all())
            if (table.names().mentioned(s.quote().toLowerCase(Locale.ROOT), party) && deed.stream().anyMatch(t -> t.matchIn(s.terms()) > 0)) {
                return true;
            }
        return false;
    }

    private static boolean namesAnotherParty(SentenceInfo s, String askedLower, Names names) {
        return s.names().stream().anyMatch(n -> names.party(n) && !Names.calendar(n) && !names.mentioned(askedLower, n));
    }

    /** Content words read on either side of a name for the slot it fills. */
    private static final int SLOT_WORDS = 3;

    /**
     * A party the sentence names and the question does not stands where the question's stranger stands: a content word
     * next to the stranger in the question ("Oracle as exclusive") is next to that party in the sentence ("AWS as the
     * exclusive"). "Redmond put $10B" and "Microsoft invested $10 billion" share no such word: another name for a party,
     * maybe, not another doer.
     */
    static boolean inSameSlot(Question q, SentenceInfo s, Names names) {
        String askedLower = q.english().toLowerCase(Locale.ROOT);
        List<Token> asked = dev.dealbot.text.Tokens.of(q.english());
        Set<String> beside = new java.util.HashSet<>();
        for (int i = 0; i < asked.size(); i++)
            if (q.unknownNames().stream().anyMatch(asked.get(i).surface()::equalsIgnoreCase)) beside.addAll(contentNear(asked, i));
        if (beside.isEmpty()) return false;
        List<Token> told = dev.dealbot.text.Tokens.of(s.quote());
        for (int i = 0; i < told.size(); i++) {
            String w = told.get(i).lower();
            if (!names.known(w) || !names.party(w) || Names.calendar(w) || names.mentioned(askedLower, w)) continue;
            if (contentNear(told, i).stream().anyMatch(beside::contains)) return true;
        }
        return false;
    }

    /** The stems of the content words (four letters or more) up to {@link #SLOT_WORDS} tokens either side of token {@code at}. */
    private static Set<String> contentNear(List<Token> tokens, int at) {
        Set<String> out = new java.util.HashSet<>();
        for (int j = Math.max(0, at - SLOT_WORDS); j <= Math.min(tokens.size() - 1, at + SLOT_WORDS); j++)
            if (j != at && tokens.get(j).lower().length() >= 4 && Character.isLetter(tokens.get(j).lower().charAt(0))) out.add(tokens.get(j).stem());
        return out;
    }

    /** What makes the deed specific: the question's distinctive names, the words it quotes and the years it gives ("by 2027"). */
    static List<String> anchors(Question q) {
        List<String> out = new ArrayList<>(q.names());
        Matcher m = QUOTED.matcher(q.english());
        while (m.find()) out.add(m.group(1).toLowerCase(Locale.ROOT).strip());
        for (var f : q.figures()) if (f.type() == dev.dealbot.text.Figure.Type.YEAR) out.add(f.digits());
        // a said thing the question names ("the leaked memo"), which a sentence gives to its writer
        Matcher said = SAID_THING.matcher(q.english());
        while (said.find()) out.add(said.group(1).toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * Things a person writes or says, named as things ("the leaked memo", not "did X post"), by which a sentence names
     * who wrote or said them.
     */
    private static final Pattern SAID_THING = Pattern.compile("\\b(?:the|a|an|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(memo|post|statement|interview|letter|remarks|email|tweet|note|blog)s?\\b", Pattern.CASE_INSENSITIVE);

    /** Verbs of writing or sending a said thing: "write", "wrote", "author", "come from", "sent", "penned", "behind". */
    private static final Pattern AUTHORED = Pattern.compile("\\b(?:writ(?:e|es|ing|ten)|wrote|author(?:ed|s)?|c(?:o|a)me\\s+from|comes\\s+from|sen[dt]|"
            + "penned|issued|drafted|behind)\\b", Pattern.CASE_INSENSITIVE);

    /** How many of the question's words other than its anchors the sentence has. */
    static int deedWords(Question q, SentenceInfo s, List<String> anchors) {
        java.util.Set<String> anchorStems = new java.util.HashSet<>();
        for (String a : anchors) for (Token t : dev.dealbot.text.Tokens.of(a)) anchorStems.add(t.stem());
        int n = 0;
        for (QueryTerm t : q.query().terms()) if (!anchorStems.contains(t.term()) && t.matchIn(s.terms()) > 0) n++;
        return n;
    }

    /** The IDF-weighted share of the question's known words the sentence has (synonyms count). */
    static double coverage(Question q, SentenceInfo s) {
        double total = 0, found = 0;
        for (QueryTerm t : q.query().terms()) {
            total += t.weight();
            found += t.weight() * t.matchIn(s.terms());
        }
        return total == 0 ? 0 : found / total;
    }

    /** A person the sentence names and the question does not: two adjacent capitalised words ("Andy Jassy"). */
    static String person(SentenceInfo s, String askedLower, Names names) {
        List<Token> tokens = s.nameTokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (b.start() - a.end() != 1 || a.acronym() || b.acronym() || a.possessive()) continue;
            if (Names.calendar(a.lower()) || Names.calendar(b.lower())) continue;
            String full = a.lower() + " " + b.lower();
            if (names.expansionWord(a.lower()) || names.expansionWord(b.lower())) continue; // "Amazon Web Services"
            if (!Names.containsWord(askedLower, a.lower()) && !Names.containsWord(askedLower, b.lower())) return full;
        }
        return null;
    }
}
