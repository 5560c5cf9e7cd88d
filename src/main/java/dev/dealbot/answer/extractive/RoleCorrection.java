package dev.dealbot.answer.extractive;

import dev.dealbot.answer.Draft;
import dev.dealbot.answer.Reason;
import dev.dealbot.index.SentenceInfo;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.text.People;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * A question that gives a person a role the articles contradict ("OpenAI CEO Mustafa Suleyman") is first corrected,
 * citing the sentence that gives the role ("Not OpenAI CEO — the articles call Mustafa Suleyman CEO of Microsoft AI."),
 * or one that asks about a role no one holds in them ("Google's CEO") with the person whose role it slipped on ("Not
 * Google's CEO — the articles name Andy Jassy, Amazon CEO."),
 * then answered as read without that role; when the rest is not in the articles, the sentence that gives the role is
 * what they say of that person.
 */
final class RoleCorrection {
    private RoleCorrection() {}

    static Draft before(Draft answer, People.Slip slip, SentenceTable table) {
        if (answer.reason() != null && answer.reason() != Reason.NOT_IN_ARTICLES) return answer;
        SentenceInfo s = table.all().stream().filter(x -> x.text().equals(slip.stated().sentence())).findFirst().orElse(null);
        if (s == null) return answer;
        boolean answered = answer.reason() == null;
        List<Draft.Source> sources = new ArrayList<>(answered ? answer.sources() : List.of());
        int n = 0;
        for (int i = 0; i < sources.size() && n == 0; i++) if (sources.get(i).sentences().get(0).equals(s)) n = i + 1;
        if (n == 0) {
            sources.add(Draft.Source.of(s, s.quote()));
            n = sources.size();
        }
        String marker = " [" + n + "]";
        // "Is Denise Dresser Microsoft's CFO?" asks only the role: "No — the articles call her ..."
        String correction = slip.onlyRoleAsked() ? "No — the articles call " + slip.person() + " " + slip.stated().written() + "." + marker
                : "Not " + slip.asked() + (slip.unnamed() ? " — the articles name " + slip.person() + ", " + slip.stated().written()
                : " — the articles call " + slip.person() + " " + slip.stated().written()) + "." + marker;
        String text = correction + " " + (answered ? answer.text() : s.quote() + marker);
        List<String> denied = new ArrayList<>(answer.denied());
        // the question's own words, named to correct them (as the grounding check reads names: without "'s")
        for (Token t : Tokens.of(slip.asked())) denied.add(t.possessive() ? t.surface().substring(0, t.surface().length() - 2) : t.surface());
        return new Draft(answer.preface(), text, sources, false, true, answer.mode(), answer.degraded(), null, denied);
    }
}
