package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.question.Question;
import dev.dealbot.text.People;
import dev.dealbot.text.RoleHolders;

/**
 * "Who is Microsoft AI's CEO?": the sentence that gives the one person the articles give that role; "Who is OpenAI's
 * chief financial officer?", a role no one in them holds, is declined rather than answered with another's sentence.
 */
final class RoleHolderAnswer {
    private RoleHolderAnswer() {}

    /** The role's sentence, or null when the question asks no role one person holds. */
    static DraftBuilder of(Question q, SentenceTable table, Composer composer) {
        if (!q.facets().isEmpty()) return null;
        People.Role role = RoleHolders.asked(q.english(), table.people(), table.names());
        if (role == null) return null;
        SentenceInfo s = table.all().stream().filter(x -> x.text().equals(role.sentence())).findFirst().orElse(null);
        if (s == null) return null;
        DraftBuilder draft = new DraftBuilder();
        draft.say(s.quote(), composer.cite(draft, s));
        return draft;
    }

    /** The question asks only who holds a role at a party, and no one in the articles holds it. */
    static boolean noOnesRole(Question q, SentenceTable table) {
        return q.facets().isEmpty() && RoleHolders.asksRoleOnly(q.english(), table.names())
                && RoleHolders.asked(q.english(), table.people(), table.names()) == null;
    }
}
