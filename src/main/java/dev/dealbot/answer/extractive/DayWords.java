package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.retrieval.Candidate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the week or a part of the day: asked for ("What day of the week was it announced?") it is answered by the
 * best relevant sentence that gives one; given an event by the question ("announced on a Friday?", "in the morning of
 * April 27?") it is checked against the one that sentence gives: "Not Friday — the articles say Monday."
 */
final class DayWords {
    static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\\b");
    static final Pattern DAY_PART = Pattern.compile("\\b(morning|afternoon|evening|night)\\b");
    private static final Pattern WEEKDAY_ASKED = Pattern.compile("\\b(?:what|which)\\s+(?:day\\s+of\\s+the\\s+week|weekday)\\b");
    private static final Pattern DAY_PART_ASKED = Pattern.compile("\\b(?:what|which)\\s+(?:time\\s+of\\s+(?:the\\s+)?day|part\\s+of\\s+the\\s+day)\\b");

    private DayWords() {}

    /** The words of {@code kind} in the text, lower case, without a plural s. */
    static Set<String> of(Pattern kind, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = kind.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** The question asks for a day of the week or a part of the day, which only a sentence giving one answers. */
    static boolean asked(Question q) {
        String lower = q.english().toLowerCase(Locale.ROOT);
        return WEEKDAY_ASKED.matcher(lower).find() || DAY_PART_ASKED.matcher(lower).find();
    }

    /** The answer or correction for a day asked or given, or null when the question has none or no sentence gives one. */
    static DraftBuilder answer(Question q, List<Candidate> candidates, Selector selector, Composer composer, dev.dealbot.text.Names names) {
        // when an article came out is the article's own date, not a day its sentences give an event
        if (q.source()) return null;
        String lower = q.english().toLowerCase(Locale.ROOT);
        Set<String> event = EventRule.eventStems(q.query(), names);
        for (Pattern kind : List.of(WEEKDAY, DAY_PART)) {
            boolean asked = (kind == WEEKDAY ? WEEKDAY_ASKED : DAY_PART_ASKED).matcher(lower).find();
            Set<String> claimed = of(kind, lower);
            if (!asked && claimed.size() != 1) continue;
            SentenceInfo giving = null;
            String stated = null;
            for (Scored s : selector.rank(q, q.query(), candidates, Set.of(), false)) {
                if (!selector.aboutQuestion(s)) continue;
                Set<String> days = of(kind, s.sentence().text());
                if (days.size() != 1 || !byEvent(kind, s.sentence().text(), event)) continue;
                giving = s.sentence();
                stated = days.iterator().next();
                break;
            }
            if (giving == null || !asked && claimed.contains(stated)) return null;
            DraftBuilder draft = new DraftBuilder();
            List<Integer> cited = composer.cite(draft, giving);
            String day = capitalised(kind, stated);
            // the question's own day, named only to correct it
            if (!asked) draft.deny(capitalised(kind, claimed.iterator().next()).replaceFirst("^the ", ""));
            if (!asked) draft.say(q.yesNo() ? "No — the articles say " + day + "." : "Not " + capitalised(kind, claimed.iterator().next())
                    + " — the articles say " + day + ".", List.of());
            draft.say(giving.quote(), cited);
            return draft;
        }
        return null;
    }

    /** The day stands by a word of the question's event ("On Monday, ... unveiled the ... agreement" for "the deal announced"). */
    static boolean byEvent(Pattern kind, String text, Set<String> event) {
        if (event.isEmpty()) return true;
        List<dev.dealbot.text.Token> tokens = dev.dealbot.text.Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (!kind.matcher(tokens.get(i).lower()).matches()) continue;
            for (int j = Math.max(0, i - EVENT_REACH); j < Math.min(tokens.size(), i + EVENT_REACH + 1); j++)
                if (EventRule.names(event, tokens.get(j).stem())) return true;
        }
        return false;
    }

    /** How many words from the day a word of its event may stand. */
    static final int EVENT_REACH = 12;

    /** Days of the week are written with a capital, parts of the day are not. */
    private static String capitalised(Pattern kind, String word) {
        return kind == WEEKDAY && !word.equals("weekend") ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : "the " + word;
    }
}
