package dev.dealbot.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures of a text: sums of money, percentages, years and other numbers (digits or small number words). */
public final class Figures {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
    private static final String SCALE = "(trillion|billion|million|thousand|bn|mn)";
    /** "$850B", "$10M", "13B": a one-letter scale written right after the number. */
    private static final String LETTER_SCALE = "(?:(?<=\\d)(b|m|k|t)(?![\\p{L}\\d]))";
    private static final Pattern MONEY = Pattern.compile(
            "(?:US)?\\$\\s?" + NUM + "(?:\\s*" + SCALE + "\\b|" + LETTER_SCALE + ")?|\\b" + NUM + "[\\s-]*" + SCALE + "[\\s-]+(?:dollars?|usd)\\b"
                    + "|\\b" + NUM + "\\s*(?:dollars|usd)\\b|\\b" + NUM + "(?:\\s*(bn|billion|trillion)\\b|(?<=\\d)(b)(?![\\p{L}\\d]))", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\b" + NUM + "\\s*(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b(?![.,]\\d)");
    /** A month right before a number, in any case but "may", which is a verb unless capitalised. */
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b((?i:january|february|march|april|june|july|august|september"
            + "|october|november|december)|May)\\s+$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])" + NUM + "(?![\\p{L}\\d])");
    /** A fraction in words ("one-third", "a half", "two thirds", "half of"): a share, as a percentage. */
    private static final Pattern FRACTION = Pattern.compile(
            "\\b(?:(one|a|two|three)[\\s-])?(half|third|thirds|quarter|quarters|fifth|fifths)\\b(?=['’\"”]?\\s+of\\s+(?!\\d|the year|this year|last year))", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> PARTS = Map.of("half", 2.0, "third", 3.0, "thirds", 3.0, "quarter", 4.0,
            "quarters", 4.0, "fifth", 5.0, "fifths", 5.0);
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "one day" or "one time" going on into the clause ("if one day OpenAI ..."): some day, not a count; "one day after",
     * "one day later", "it lasted one day." count.
     */
    private static final Pattern SOME_DAY = Pattern.compile("\\s+(?:day|time)(?:\\s*,|\\s+(?!(?:after|later|before|earlier|ago|apart|of|ahead|early|late|"
            + "longer|more|less|from|to|in|per|each)\\b)\\p{L})", Pattern.CASE_INSENSITIVE);
    /** A unit a number word counts: "one year", "one billion", "one percent". */
    private static final Pattern UNIT_AFTER = Pattern.compile("[\\s-]+(?:years?|months?|weeks?|days?|quarters?|decades?|percent|per cent|"
            + "hundred|thousand|million|billion|trillion|times?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final Map<String, Double> SCALES = Map.of("trillion", 1e12, "billion", 1e9, "bn", 1e9,
            "million", 1e6, "mn", 1e6, "thousand", 1e3, "t", 1e12, "b", 1e9, "m", 1e6, "k", 1e3);

    /**
     * Figures of recent texts: every answer reads the figures of the same article sentences and quotes again (five
     * regular expressions each). Bounded by characters kept; the lists are immutable, so callers share them.
     */
    private static final Cache<String, List<Figure>> RECENT = Caffeine.newBuilder().maximumWeight(2_000_000)
            .weigher((String text, List<Figure> figures) -> text.length() + 16 * figures.size()).executor(Runnable::run).build();

    private Figures() {}

    /** Every figure of {@code text}, in order; a span belongs to one figure only (money before percent before year). */
    public static List<Figure> of(String text) {
        List<Figure> figures = RECENT.getIfPresent(text);
        if (figures == null) {
            figures = parse(text);
            RECENT.put(text, figures);
        }
        return figures;
    }

    private static List<Figure> parse(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            // groups: $ NUM (1, 2) SCALE (3) or letter (4) | NUM (5, 6) SCALE (7) dollar(s) | NUM (8, 9) dollars | NUM (10, 11) bn,
            // billion, trillion (12) or b (13): a bare "50 billion" in a question about deals is a sum
            int g = m.group(1) != null ? 1 : m.group(5) != null ? 5 : m.group(8) != null ? 8 : 10;
            String scale = switch (g) {
                case 1 -> m.group(3) != null ? m.group(3) : m.group(4);
                case 5 -> m.group(7);
                case 10 -> m.group(12) != null ? m.group(12) : m.group(13);
                default -> null;
            };
            double value = number(m.group(g), m.group(g + 1)) * (scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT)));
            out.add(new Figure(Figure.Type.MONEY, value, digits(m.group(g), m.group(g + 1)), m.group(), m.start(), m.end()));
        }
        add(out, PERCENT.matcher(text), Figure.Type.PERCENT);
        Matcher y = YEAR.matcher(text);
        while (y.find()) if (free(out, y.start(), y.end()))
            out.add(new Figure(Figure.Type.YEAR, Integer.parseInt(y.group(1)), y.group(1), y.group(), y.start(), y.end()));
        Matcher n = NUMBER.matcher(text);
        while (n.find()) if (free(out, n.start(), n.end())) {
            // a day of a month is written with its month ("April 28"), so a correction names the day, not a bare number
            Matcher month = MONTH_BEFORE.matcher(text.substring(Math.max(0, n.start() - 12), n.start()));
            int start = month.find() && number(n.group(1), n.group(2)) <= 31 && n.group(2) == null ? n.start() - month.group().length() : n.start();
            out.add(new Figure(Figure.Type.NUMBER, number(n.group(1), n.group(2)), digits(n.group(1), n.group(2)),
                    text.substring(start, n.end()), start, n.end()));
        }
        Matcher f = FRACTION.matcher(text);
        while (f.find()) if (free(out, f.start(), f.end())) {
            if (f.group(1) == null && !f.group(2).equalsIgnoreCase("half")) continue; // "third of" alone is an order ("the third of ...")
            String count = f.group(1) == null ? "one" : f.group(1).toLowerCase(Locale.ROOT);
            double share = 100 * (count.equals("a") || count.equals("one") ? 1 : WORDS.get(count)) / PARTS.get(f.group(2).toLowerCase(Locale.ROOT));
            double rounded = Math.round(share * 10) / 10.0;
            out.add(new Figure(Figure.Type.PERCENT, rounded, trim(rounded), f.group(), f.start(), f.end()));
        }
        Matcher w = WORD_NUMBER.matcher(text);
        while (w.find()) if (free(out, w.start(), w.end())) {
            // "one" counts only before a unit ("one year"); else it is a determiner or pronoun ("One notable aspect", "one of")
            if (w.group(1).equalsIgnoreCase("one") && !UNIT_AFTER.matcher(text.substring(w.end())).lookingAt()) continue;
            // "if one day it reaches AGI": "one day" as "some day", no count of days
            if (w.group(1).equalsIgnoreCase("one") && SOME_DAY.matcher(text.substring(w.end())).lookingAt()) continue;
            int v = WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            out.add(new Figure(Figure.Type.NUMBER, v, Integer.toString(v), w.group(), w.start(), w.end()));
        }
        out.sort(Comparator.comparingInt(Figure::start));
        return List.copyOf(out);
    }

    /** The numbers of {@code text} as written in digits, without thousands separators: what a claim must match. */
    public static Set<String> digits(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Figure f : of(text)) out.add(f.digits());
        return out;
    }

    private static void add(List<Figure> out, Matcher m, Figure.Type type) {
        while (m.find()) if (free(out, m.start(), m.end()))
            out.add(new Figure(type, number(m.group(1), m.group(2)), digits(m.group(1), m.group(2)), m.group(), m.start(), m.end()));
    }

    private static boolean free(List<Figure> taken, int start, int end) {
        for (Figure f : taken) if (start < f.end() && end > f.start()) return false;
        return true;
    }

    private static double number(String whole, String fraction) {
        return Double.parseDouble(whole.replace(",", "") + (fraction == null ? "" : "." + fraction));
    }

    private static String digits(String whole, String fraction) {
        return whole.replace(",", "") + (fraction == null ? "" : "." + fraction);
    }

    /** "$13 billion", "$7.5 billion", "$15 million", "$900". */
    public static String money(double dollars) {
        for (var scale : List.of(Map.entry("trillion", 1e12), Map.entry("billion", 1e9), Map.entry("million", 1e6))) {
            if (Math.abs(dollars) >= scale.getValue())
                return "$" + trim(dollars / scale.getValue()) + " " + scale.getKey();
        }
        return "$" + trim(dollars);
    }

    public static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("\\.?0+$", "");
    }
}
