package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule the articles state with its exception ("new products ship first on Azure, unless Microsoft cannot support or
 * chooses not to support necessary features"), asked whether it holds in a case the asker describes that meets the
 * exception ("Say it needs a capability Microsoft chooses not to support. Does OpenAI still have to release it on Azure
 * first?"): it does not hold then. The case meets the exception when the question's text carries two of the
 * exception's words at least (a word negated by "un-" counts as the word, and "not") and says "not" as the exception
 * does (of several sentences stating the exception, the one it meets best); the question asks the rule when a third of
 * its own words, parties aside, are the rule's in any of those sentences. Asked whether the rule still binds
 * ("still", "must", "have to", "bound"), the answer is "No"; asked whether the case may go another way ("can it launch
 * on AWS first?"), "Yes"; asked both ("..., or can it go elsewhere?"), neither. A question that itself says "unless"
 * restates the rule, it describes no case.
 */
final class Exceptions {
    /** A rule's stated exception and its words: "unless ...", "except when ...". */
    static final Pattern UNLESS = Pattern.compile("(?i)\\b(?:unless|except (?:when|if|where))\\s+([^.;:]+)");
    /** The last clause asks whether ("If it can't, must OpenAI still ...?", "Say .... Does it still ...?"). */
    private static final Pattern ASKS_WHETHER = Pattern.compile("(?i)(?:^|[.,;:!?]\\s+)(?:so\\s+|then\\s+|or\\s+)?(?:is|are|was|were|do|does|did|can|could|"
            + "will|would|has|have|had|should|must|may|might)\\b[^.?!,;]*\\?\\s*$");
    private static final Pattern NOT = Pattern.compile("(?i)\\b(?:not|no|never|cannot|unable|refuses?|refused|declines?|declined)\\b|n['’]t\\b"
            + "|\\bun\\p{L}{3,}(?:ed|able)\\b");
    /** Words asking whether the rule still binds the case. */
    private static final Pattern BINDS = Pattern.compile("(?i)\\b(?:still|must|have to|has to|had to|bound|binds?|obliged|obligated|required|stuck|need to|needs to|"
            + "appl(?:y|ies))\\b");
    /** Words asking whether the case may go another way. */
    private static final Pattern MAY = Pattern.compile("(?i)\\b(?:can|could|may|might)\\b(?!['’]t|not|\\s+not)|\\b(?:allowed|permitted|free to)\\b");
    /** Everything before the question's last sentence. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("^.*[.?!]\\s+(?=\\S)", Pattern.DOTALL);
    /** A word negated by its prefix ("unsupported"): the word, and "not". */
    private static final Pattern UN = Pattern.compile("^un(\\p{L}{3,}(?:ed|able))$");

    private Exceptions() {}

    /** The verdict to lead the draft with, or null when no sentence of it states an exception the question's case meets. */
    static String verdict(Question q, DraftBuilder draft, dev.dealbot.text.Names names) {
        Matcher whether = ASKS_WHETHER.matcher(q.english());
        if (!whether.find() || draft.opensWithVerdict() || draft.sentences().isEmpty()) return null;
        String described = q.text() + " " + q.english();
        if (UNLESS.matcher(described).find()) return null;
        Set<String> said = content(described);
        said.addAll(SideChecks.stems(described));
        // of the sentences stating an exception, the one whose exception the case meets best
        String exception = null;
        long met = 0;
        Set<String> rule = new java.util.HashSet<>(); // the rule's words, in each sentence that states it with an exception
        for (var s : draft.sentences()) {
            Matcher m = UNLESS.matcher(s.text());
            if (!m.find()) continue;
            rule.addAll(content(s.text().substring(0, m.start())));
            long words = content(m.group(1)).stream().filter(said::contains).count();
            if (words <= met) continue;
            met = words;
            exception = m.group(1).strip();
        }
        if (met < 2) return null;
        Set<String> exceptionWords = content(exception);
        if (NOT.matcher(exception).find() != NOT.matcher(described).find()) return null;
        // the parties are no words of the rule: "does OpenAI pay Microsoft less?" does not ask it
        Set<String> parties = new java.util.HashSet<>();
        for (String p : names.parties(described.toLowerCase(java.util.Locale.ROOT))) parties.addAll(content(p));
        rule.removeAll(parties);
        Set<String> asked = content(whether.group());
        asked.removeAll(parties);
        asked.removeAll(exceptionWords); // the case told inside the asking clause ("even when Microsoft cannot ...")
        // the question's last sentence says which way it asks, and names something of the rule
        String last = LAST_SENTENCE.matcher(q.english()).replaceFirst("");
        Set<String> lastWords = content(last);
        lastWords.removeAll(exceptionWords);
        lastWords.removeAll(parties);
        long ofRule = lastWords.stream().filter(rule::contains).count();
        boolean binds = BINDS.matcher(last).find(), may = MAY.matcher(last).find();
        String excepted = "the articles make an exception “unless " + exception + "”.";
        if (binds && may) return ofRule >= 1 ? "Not in that case: " + excepted : null;
        if (may) return ofRule >= 1 ? "Yes — " + excepted : null;
        if (!binds || asked.isEmpty() || asked.stream().filter(rule::contains).count() * 3 < asked.size()) return null;
        return "No — not in that case: " + excepted;
    }

    /** The content words of {@code text} as stems, a word negated by "un-" as the word and "not". */
    private static Set<String> content(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (Token t : Tokens.of(text)) {
            if (Terms.isFunctionWord(t.lower())) continue;
            Matcher un = UN.matcher(t.lower());
            if (un.matches()) {
                out.add(Tokens.of(un.group(1)).get(0).stem());
                out.add("not");
            } else out.add(t.stem());
        }
        return out;
    }
}
