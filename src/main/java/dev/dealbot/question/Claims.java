package dev.dealbot.question;

import dev.dealbot.text.Figure;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a yes/no question claims ("Does the licence run until 2040?", "Microsoft owns 49%, right?"): the first
 * figure that is not a year, else the first year. Other figures of the question qualify the claim ("since 2019")
 * and stay in the question.
 */
final class Claims {
    private Claims() {}

    /** The claimed figure, or null when the question states none. */
    static Figure claimed(List<Figure> figures) {
        return claimed(figures, List.of());
    }

    /**
     * The claimed figure of a yes/no question: its first figure that is not a year and no article states (the one in
     * doubt: "$50 billion with $20 billion arriving immediately?"), else its first that is not a year, else its year.
     */
    static Figure claimed(List<Figure> figures, List<Figure> unknown) {
        return claimed("", figures, unknown);
    }

    /**
     * As {@link #claimed(List, List)}; of a change from one figure to another that {@code english} gives ("cut from 20%
     * to 15%"), the claim is what the thing became, unless the articles state that and not where it started (then the
     * start is the figure in doubt).
     */
    static Figure claimed(String english, List<Figure> figures, List<Figure> unknown) {
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure from = figures.get(i), to = figures.get(i + 1);
            if (from.type() != to.type() || from.type() == Figure.Type.YEAR || !dev.dealbot.text.Change.fromTo(english, from, to)) continue;
            if (unknown.contains(to) || !unknown.contains(from)) return to;
        }
        for (Figure f : figures) if (f.type() != Figure.Type.YEAR && unknown.contains(f)) return f;
        for (Figure f : figures) if (f.type() != Figure.Type.YEAR) return f;
        return figures.isEmpty() ? null : figures.get(0);
    }

    private static final Pattern OR_BETWEEN = Pattern.compile("^\\s*,?\\s*or\\s+(?:(?:about|around|roughly|nearly|approximately|some)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Was the stake worth $135 billion or $228 billion?", "does it end in 2030 or 2032?": two figures of one kind offered
     * as alternatives, both of which the articles state (one they don't state is the claim in doubt).
     */
    static boolean offersAlternatives(String english, List<Figure> figures, List<Figure> unknown) {
        return offersFigures(english, figures, unknown);
    }

    /**
     * The figure offered with {@code asked} as the other choice, on the side {@code direction} says (-1 before it, 1 after):
     * "20% or 30%" gives 20% before 30%; null when there is none.
     */
    static Figure offeredWith(String english, List<Figure> figures, Figure asked, int direction) {
        for (Figure f : figures) {
            if (f.type() != asked.type() || f.start() == asked.start()) continue;
            Figure a = direction < 0 ? f : asked, b = direction < 0 ? asked : f;
            if (a.end() <= b.start() && OR_BETWEEN.matcher(english.substring(a.end(), b.start())).matches()) return f;
        }
        return null;
    }

    /** Two figures of one kind joined by "or" ("$7.5 billion or $75 billion?"), stated or not: the choice is between them. */
    static boolean offersFigures(String english, List<Figure> figures) {
        return offersFigures(english, figures, List.of());
    }

    private static boolean offersFigures(String english, List<Figure> figures, List<Figure> unknown) {
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure a = figures.get(i), b = figures.get(i + 1);
            if (a.type() == b.type() && a.end() <= b.start() && !unknown.contains(a) && !unknown.contains(b)
                    && OR_BETWEEN.matcher(english.substring(a.end(), b.start())).matches()) return true;
        }
        return false;
    }

    /**
     * The question without the claimed figure and, when it offers another stated figure as the alternative ("$850 billion
     * or $29 billion?"), without that one and its "or" too: what to ask the articles is the thing, not either figure.
     */
    static String withoutChoice(String english, Figure claimed) {
        List<Figure> figures = dev.dealbot.text.Figures.of(english);
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure a = figures.get(i), b = figures.get(i + 1);
            if (a.type() != b.type() || a.end() > b.start() || !OR_BETWEEN.matcher(english.substring(a.end(), b.start())).matches()) continue;
            if (a.start() == claimed.start()) return without(english.substring(0, a.end()) + english.substring(b.end()), claimed);
            if (b.start() == claimed.start() && english.substring(0, b.start()).toLowerCase(Locale.ROOT).lastIndexOf("from") < a.start()) {
                String rest = without(english, claimed);
                return (rest.substring(0, a.start()) + rest.substring(b.start())).replaceAll("\\s+", " ").strip();
            }
        }
        return without(english, claimed);
    }

    /** A year that ends a term ("until 2040", "through 2040", "expires in 2040"), not one that dates an event. */
    private static final Pattern TERM_END = Pattern.compile(
            "\\b(until|till|through|thru|to|ends?|ending|expires?|expiring|runs? out|lasts?)(\\s+in)?\\s*$");

    /** A year that starts a term ("since 2015", "starting in 2015"): as much a claim about the term as its end. */
    private static final Pattern TERM_START = Pattern.compile("\\b(since|(starting|beginning|started|began|begun)(\\s+(in|back in))?)\\s*$");

    /**
     * "How much has its stake fallen since 2023?": a change measured from a year, the point it is counted from, which
     * claims no term's start.
     */
    private static final Pattern CHANGED_SINCE = Pattern.compile("\\b(?:grown|grew|risen|rose|fallen|fell|dropped|shrunk|shrank|declined|increased|"
            + "decreased|changed|diluted|climbed|jumped|gone up|gone down|come down|moved)\\s+since\\s*$");

    /** "When in 2025 did ...", "what month of 2025 ...": a time asked within a year the question gives as known. */
    private static final Pattern WHEN_IN = Pattern.compile("^\\W*(?:when|what (?:month|day|date|week)|which (?:month|day|date|week))\\s+(?:in|of|during)(?:\\s+\\p{L}+)?\\s*$");

    /**
     * The figure a question that is not yes/no takes for granted although no article states it ("Why does the licence
     * run until 2040?", "Who gets the $100 billion?"): the first such figure that is not a year, else a year that ends or
     * starts a term. A year that only dates something ("in 2015") is not presupposed: the articles may simply not cover it.
     */
    static Figure presupposed(String english, List<Figure> unknownFigures) {
        return presupposed(english, unknownFigures, false);
    }

    /**
     * As above; {@code deadlines}: a year set as a deadline ("by 2030") counts too. Only in a clause taken as given
     * ("Given that it aims for this by 2030, ..."): in what a question asks ("how much will it have paid by 2031?") a
     * deadline is the time it asks about.
     */
    static Figure presupposed(String english, List<Figure> unknownFigures, boolean deadlines) {
        for (Figure f : unknownFigures) if (f.type() != Figure.Type.YEAR) return f;
        for (Figure f : unknownFigures) {
            String before = english.substring(0, f.start()).toLowerCase(Locale.ROOT).stripTrailing();
            if (CHANGED_SINCE.matcher(before).find()) continue;
            if (TERM_END.matcher(before).find() || TERM_START.matcher(before).find() || dev.dealbot.text.TimeBound.stopsIn(before + " ")
                    || WHEN_IN.matcher(before).find()) return f;
            if (deadlines && dev.dealbot.text.TimeBound.of(english, f) == dev.dealbot.text.TimeBound.DEADLINE) return f;
        }
        return null;
    }

    /**
     * The question without the claimed figure, what to ask the articles instead; the figure's unit stays ("30%" becomes
     * "percent", "$10 billion" becomes "dollars billion"), so the question still asks for that kind of figure.
     */
    static String without(String english, Figure claimed) {
        String unit = switch (claimed.type()) {
            case PERCENT -> " percent ";
            case MONEY -> claimed.text().toLowerCase(Locale.ROOT).matches(".*\\b(billion|bn)\\b.*") ? " dollars billion "
                    : claimed.text().toLowerCase(Locale.ROOT).contains("million") ? " dollars million " : " dollars ";
            case NUMBER -> claimed.day() ? " " + claimed.text().substring(0, claimed.text().indexOf(' ')) + " " : " "; // the month stays
            case YEAR, DATE -> " ";
        };
        // of a change to the claimed figure, where it started goes too: the thing's figure now is what is asked
        int cut = dev.dealbot.text.Figures.of(english).stream().filter(f -> dev.dealbot.text.Change.fromTo(english, f, claimed))
                .mapToInt(f -> english.toLowerCase(Locale.ROOT).lastIndexOf("from", f.start())).filter(i -> i >= 0).findFirst().orElse(claimed.start());
        return (english.substring(0, cut) + unit + english.substring(claimed.end())).replaceAll("\\s+", " ").strip();
    }

    /** The question with no trace of {@code claimed}, unit and all: what it asks besides the figure. */
    static String omitting(String english, Figure claimed) {
        return (english.substring(0, claimed.start()) + " " + english.substring(claimed.end())).replaceAll("\\s+", " ").replaceAll(" ([,;?.])", "$1").strip();
    }

    /**
     * What ends a clause: a comma (not the one between a day and its year, "April 28, 2026") or semicolon before a
     * space, the end of a sentence with more after it, a dash, or a question mark.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<!\\d),\\s|(?<=\\d),\\s(?!(?:19|20)\\d\\d\\b)|;\\s|[.!]\\s+(?=\\S)|\\s[—–-]\\s|\\?");

    /**
     * The clause of the question that states the claimed figure ("given Microsoft owns 49% of OpenAI, does it gain from
     * AWS sales?" claims only "given Microsoft owns 49% of OpenAI"): the claim is checked on what that clause says; the
     * rest of the question asks something else. The whole question when it is one clause.
     */
    static String claimClause(String english, Figure claimed) {
        int start = 0, end = english.length();
        Matcher m = CLAUSE_BREAK.matcher(english);
        while (m.find()) {
            if (m.end() <= claimed.start()) start = m.end();
            else if (m.start() >= claimed.end()) {
                end = m.start();
                break;
            }
        }
        if (start == 0 && english.substring(end).matches("[?!.\\s]*")) return english;
        String clause = english.substring(start, end).strip();
        return clause.split("\\s+").length >= MIN_CLAUSE_WORDS ? clause : english;
    }

    /** A shorter piece ("in 2019,") qualifies the claim rather than stating it. */
    static final int MIN_CLAUSE_WORDS = 4;
}
