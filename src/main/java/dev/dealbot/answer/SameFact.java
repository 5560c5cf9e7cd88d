package dev.dealbot.answer;

import dev.dealbot.index.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether two sentences of different articles state the same fact, so one claim can cite both. */
final class SameFact {
    /** Two sentences this similar in meaning may state the same fact. */
    static final double SIMILARITY = 0.78;

    private SameFact() {}

    static boolean of(SentenceTable.Entry a, SentenceTable.Entry b) {
        return Embedder.dot(a.vector(), b.vector()) >= SIMILARITY && sameFigures(a, b) && sameRoles(a, b);
    }

    /**
     * A restatement names the parties in the same order: "Microsoft will no longer pay ... to OpenAI" is not
     * supported by "payments from OpenAI to Microsoft are discontinued", however alike the words.
     */
    static boolean sameRoles(SentenceTable.Entry a, SentenceTable.Entry b) {
        List<String> namesA = names(a.text()), namesB = names(b.text());
        List<String> shared = namesA.stream().filter(namesB::contains).toList();
        for (int i = 0; i < shared.size(); i++)
            for (int j = i + 1; j < shared.size(); j++)
                if (namesB.indexOf(shared.get(i)) > namesB.indexOf(shared.get(j))) return false;
        return true;
    }

    /** Capitalised words that are not just capitalised for starting the sentence, in order of first appearance. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        var m = NAME.matcher(text);
        while (m.find()) {
            boolean starter = m.start() == 0 && SENTENCE_STARTERS.contains(m.group().toLowerCase(Locale.ROOT));
            if (!starter && !out.contains(m.group())) out.add(m.group());
        }
        return out;
    }

    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "this", "that", "these",
            "those", "however", "under", "in", "on", "at", "a", "an", "it", "its", "while", "with", "since", "after",
            "before", "despite", "regarding", "according", "together", "concurrently", "notably", "simultaneously",
            "financially", "against", "one", "key", "for", "as", "if", "when", "although", "based", "viewed", "they");

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}]+");

    /** A restatement must not contradict the figures: when both name numbers, they share one. */
    private static boolean sameFigures(SentenceTable.Entry a, SentenceTable.Entry b) {
        if (a.numbers().isEmpty() || b.numbers().isEmpty()) return a.numbers().isEmpty();
        return a.numbers().stream().anyMatch(b.numbers()::contains);
    }
}
