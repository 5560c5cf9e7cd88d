package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where something comes first: a question that puts it first on one party ("Why will OpenAI products ship first on Google
 * Cloud?", "Do they go first to AWS?", "Why must they launch on AWS first?") where an article puts it first on another
 * and none on the party asked: "No — the articles say first on Azure." with that sentence; of parties offered as a choice
 * ("Azure or AWS?"), the one it comes first on.
 */
final class FirstPlace {
    /**
     * "first on X", "first to X", "first via X", or the place before "first" ("launch on X first"): the place something
     * comes first, a name of one or two words.
     */
    private static final Pattern FIRST_ON = Pattern.compile("\\bfirst\\s+(?:on|to|via|through|in|with)\\s+((?:\\p{L}[\\p{L}-]*)(?:\\s+\\p{L}[\\p{L}-]*)?)"
            + "|\\b(?:on|to|via|through|with)\\s+((?:\\p{L}[\\p{L}-]*)(?:\\s+\\p{L}[\\p{L}-]*)?)\\s+(?=first\\b)", Pattern.CASE_INSENSITIVE);

    /** A case the question supposes: "If ...", "Say ...", "Assume ...", "..., if ...". */
    private static final Pattern SUPPOSES = Pattern.compile("(?i)(?:^\\W*|[,;:]\\s*)(?:if|say|suppose|supposing|assume|assuming|imagine|hypothetically|"
            + "what if|in case|even if|when)\\b");

    private FirstPlace() {}

    static DraftBuilder check(Question q, SentenceTable table, Composer composer) {
        Names names = table.names();
        String asked = place(q.english(), names);
        if (asked == null) return chosen(q, table, composer);
        SentenceInfo other = null;
        String stated = null;
        for (SentenceInfo s : table.all()) {
            String place = place(s.text(), names);
            if (place == null) continue;
            if (names.same(place, asked) || Names.containsWord(place, asked) || Names.containsWord(asked, place)) return null;
            if (other == null) {
                other = s;
                stated = place;
            }
        }
        if (other == null) return null;
        // a rule with an exception ("first on Azure, unless ...") is not applied to a case the question supposes, which may
        // be the exception ("If Microsoft won't support a feature, can OpenAI launch on AWS first?")
        if (SUPPOSES.matcher(q.text()).find() && Exceptions.UNLESS.matcher(other.text()).find()) return null;
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, other);
        String written = writtenAs(other.text(), stated);
        // the place offered beside the one asked ("first to AWS or to Azure?") is chosen, not the first one denied
        if (q.offersChoice() && names.mentioned(q.english().toLowerCase(Locale.ROOT), stated)) draft.say("First on " + written + ".", List.of());
        else {
            for (String word : writtenAs(q.english(), asked).split("\\s+")) draft.deny(word); // the question's own place, named to correct it
            draft.say(q.yesNo() ? "No — the articles say first on " + written + "." : "Not first on " + writtenAs(q.english(), asked)
                    + " — the articles say first on " + written + ".", List.of());
        }
        draft.say(other.quote(), cited);
        return draft;
    }

    /**
     * "Which cloud gets new products first, Azure or AWS?": of parties offered as a choice of where something comes first,
     * the one an article puts it first on, with that sentence; null unless every side is a party and one is that place.
     */
    private static DraftBuilder chosen(Question q, SentenceTable table, Composer composer) {
        var c = q.comparison();
        if (c == null || c.op() != dev.dealbot.question.Comparison.Op.WHICH || !c.word().equals("first")) return null;
        Names names = table.names();
        if (!c.sides().stream().allMatch(side -> onlyParty(side, names))) return null;
        for (SentenceInfo s : table.all()) {
            String place = place(s.text(), names);
            if (place == null) continue;
            if (c.sides().stream().noneMatch(side -> names.same(String.join(" ", names.parties(side)), place))) return null;
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, s);
            draft.say("First on " + writtenAs(s.text(), place) + ".", List.of());
            draft.say(s.quote(), cited);
            return draft;
        }
        return null;
    }

    /** The side is a party's name and nothing else ("Azure", "Google Cloud"). */
    private static boolean onlyParty(String side, Names names) {
        List<String> parties = names.parties(side);
        return parties.size() == 1 && side.strip().replaceAll("^(?i:the)\\s+", "").equalsIgnoreCase(writtenAs(side, parties.get(0)).strip());
    }

    /** The known party a text puts something first on (lower case), or null. */
    static String place(String text, Names names) {
        Matcher m = FIRST_ON.matcher(text);
        while (m.find()) {
            List<String> parties = names.parties(m.group(1) != null ? m.group(1) : m.group(2));
            if (!parties.isEmpty()) return String.join(" ", parties);
        }
        return null;
    }

    /** The party as the text writes it ("Google Cloud" for "google cloud"). */
    private static String writtenAs(String text, String lower) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(lower.split(" ")[0]);
        if (i < 0) return lower;
        int end = Math.min(text.length(), i + lower.length());
        return text.substring(i, end);
    }
}
