package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side of a comparison described by a state the articles deny of that thing ("How long will the exclusive license
 * continue from 2026?" where an article says the license is "now non-exclusive") is corrected, not worked out: "Not
 * exclusive — the articles say “non-exclusive”." with the sentence that says so.
 */
final class DeniedSide {
    private DeniedSide() {}

    static DraftBuilder check(Question q, SentenceTable table, Composer composer) {
        if (q.comparison() == null) return null;
        for (String side : q.comparison().sides()) {
            List<Token> tokens = Tokens.of(side);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String state = tokens.get(i).lower();
                if (state.length() < Opposite.MIN_NEGATED_WORD || !state.chars().allMatch(Character::isLetter)) continue;
                Pattern denied = Pattern.compile("\\b(non-?|no longer\\s+(?:be\\s+)?)" + Pattern.quote(state) + "\\b", Pattern.CASE_INSENSITIVE);
                String thing = tokens.get(i + 1).stem();
                for (SentenceInfo s : table.all()) {
                    Matcher m = denied.matcher(s.text());
                    if (!m.find() || Tokens.of(s.text()).stream().noneMatch(t -> t.stem().equals(thing))) continue;
                    DraftBuilder draft = new DraftBuilder();
                    List<Integer> cited = composer.cite(draft, s);
                    draft.say("Not " + state + " — the articles say “" + m.group().toLowerCase(Locale.ROOT) + "”.", List.of());
                    draft.say(s.quote(), cited);
                    return draft;
                }
            }
        }
        return null;
    }
}
