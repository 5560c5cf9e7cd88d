package dev.dealbot.answer.extractive;

import dev.dealbot.question.Question;
import dev.dealbot.question.Terms;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule the articles state with its exception ("new products ship first on Azure, unless Microsoft cannot support or
 * chooses not to support necessary features"), asked whether it holds in a case the asker describes that meets the
 * exception ("Say it needs a capability Microsoft chooses not to support. Does OpenAI still have to release it on Azure
 * first?"): it does not hold then. The case meets the exception when the question's text carries most of the
 * exception's words (two at least) and says "not" as the exception does; the question asks the rule when most of its
 * own words are the rule's. A question that itself says "unless" restates the rule, it describes no case.
 */
final class Exceptions {
    /** A rule's stated exception and its words: "unless ...", "except when ...". */
    static final Pattern UNLESS = Pattern.compile("(?i)\\b(?:unless|except (?:when|if|where))\\s+([^.;:]+)");
    /** The last clause asks whether ("If it can't, must OpenAI still ...?", "Say .... Does it still ...?"). */
    private static final Pattern ASKS_WHETHER = Pattern.compile("(?i)(?:^|[.,;:!?]\\s+)(?:so\\s+|then\\s+)?(?:is|are|was|were|do|does|did|can|could|"
            + "will|would|has|have|had|should|must|may|might)\\b[^.?!,;]*\\?\\s*$");
    private static final Pattern NOT = Pattern.compile("(?i)\\b(?:not|no|never|cannot|unable|refuses?|refused|declines?|declined)\\b|n['’]t\\b");

    private Exceptions() {}

    /** The verdict to lead the draft with, or null when its first sentence states no exception the question's case meets. */
    static String verdict(Question q, DraftBuilder draft) {
        Matcher whether = ASKS_WHETHER.matcher(q.english());
        if (!whether.find() || draft.opensWithVerdict() || draft.sentences().isEmpty()) return null;
        String described = q.text() + " " + q.english();
        if (UNLESS.matcher(described).find()) return null;
        String sentence = draft.sentences().get(0).text();
        Matcher m = UNLESS.matcher(sentence);
        if (!m.find()) return null;
        String exception = m.group(1).strip();
        Set<String> exceptionWords = content(exception);
        Set<String> said = SideChecks.stems(described);
        long met = exceptionWords.stream().filter(said::contains).count();
        if (met < 2 || met * 2 < exceptionWords.size()) return null;
        if (NOT.matcher(exception).find() != NOT.matcher(described).find()) return null;
        Set<String> asked = content(whether.group());
        asked.removeAll(exceptionWords); // the case told inside the asking clause ("even when Microsoft cannot ...")
        Set<String> rule = content(sentence.substring(0, m.start()));
        if (asked.isEmpty() || asked.stream().filter(rule::contains).count() * 2 < asked.size()) return null;
        return "No — not in that case: the articles make an exception “unless " + exception + "”.";
    }

    private static Set<String> content(String text) {
        return Tokens.of(text).stream().filter(t -> !Terms.isFunctionWord(t.lower())).map(Token::stem)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
