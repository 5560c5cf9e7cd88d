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
    private static final List<WordLists.Row> TOWNS = WordLists.read("dealbot/metonyms.tsv", "language, town, company");

    private Metonyms() {}

    static String spelledOut(String text, Names names) {
        String out = text;
        for (WordLists.Row town : TOWNS) {
            if (names.known(town.word()) || !names.known(town.english().toLowerCase(Locale.ROOT))) continue;
            // after a word of place ("the weather in Seattle", "near Redmond") the town is the place itself
            Matcher m = Pattern.compile("(?i)(?<!\\b(?:in|at|near|around|outside|from)\\s)(?<![\\p{L}\\p{N}])(?:the\\s+)?" + Pattern.quote(town.word()).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])").matcher(out);
            out = m.replaceAll(Matcher.quoteReplacement(town.english()));
        }
        return out;
    }
}
