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
 * Cloud?", "Do they go first to AWS?") where an article puts it first on another and none on the party asked: "No — the
 * articles say first on Azure." with that sentence.
 */
final class FirstPlace {
    /** "first on X", "first to X", "first via X": the place something comes first, a name of one or two words. */
    private static final Pattern FIRST_ON = Pattern.compile("\\bfirst\\s+(?:on|to|via|through|in|with)\\s+((?:\\p{L}[\\p{L}-]*)(?:\\s+\\p{L}[\\p{L}-]*)?)",
            Pattern.CASE_INSENSITIVE);

    private FirstPlace() {}

    static DraftBuilder check(Question q, SentenceTable table, Composer composer) {
        Names names = table.names();
        String asked = place(q.english(), names);
        if (asked == null) return null;
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
        DraftBuilder draft = new DraftBuilder();
        List<Integer> cited = composer.cite(draft, other);
        String written = writtenAs(other.text(), stated);
        for (String word : writtenAs(q.english(), asked).split("\\s+")) draft.deny(word); // the question's own place, named to correct it
        draft.say(q.yesNo() ? "No — the articles say first on " + written + "." : "Not first on " + writtenAs(q.english(), asked)
                + " — the articles say first on " + written + ".", List.of());
        draft.say(other.quote(), cited);
        return draft;
    }

    /** The known party a text puts something first on (lower case), or null. */
    static String place(String text, Names names) {
        Matcher m = FIRST_ON.matcher(text);
        while (m.find()) {
            List<String> parties = names.parties(m.group(1));
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
