package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's home town or newsroom epithet written for the company ("how long do we pay Redmond?", "the ChatGPT
 * maker's stake") is read as the company, when the articles name the company and never the town or epithet: it is no
 * name of theirs, so the question would otherwise ask about something they never mention.
 */
final class Metonyms {
    /** One town or epithet: how it is written, its pattern in a question and the company it stands for. */
    private record Name(String written, Pattern pattern, String company) {}

    private static final List<Name> NAMES = WordLists.read("dealbot/metonyms.tsv", "language, town, company").stream()
            .map(row -> new Name(row.word(), pattern(row.word()), row.english())).toList();

    private Metonyms() {}

    /**
     * The town or epithet as a whole word, with a "the" before it; not after a word of place ("the weather in Seattle",
     * "near Redmond"), where the town is the place itself.
     */
    private static Pattern pattern(String written) {
        return Pattern.compile("(?i)(?<!\\b(?:in|at|near|around|outside|from)\\s)(?<![\\p{L}\\p{N}])(?:the\\s+)?"
                + Pattern.quote(written).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])");
    }

    static String spelledOut(String text, Names names) {
        String out = text;
        for (Name name : NAMES) {
            if (names.known(name.written()) || !names.known(name.company().toLowerCase(Locale.ROOT))) continue;
            out = name.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(name.company()));
        }
        return out;
    }
}
