package dev.dealbot.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates within a year as news writes them ("late February of this year", "mid-April", "April 27, 2026", "January
 * 2023"), as figures of type {@link Figure.Type#DATE} whose value is the year with the month's fraction, so events can
 * be put in order and the months between them counted. A month written without a year is the latest such month up to
 * the reference (the time the articles were written): "in October", written in April 2026, is October 2025.
 */
public final class CalendarDates {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern DATE = Pattern.compile("\\b(?:(early|mid|late)[-\\s]+)?(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d\\d)\\b)?");

    private CalendarDates() {}

    /** The month names, lower case, as a regular-expression alternation. */
    public static final String MONTH_NAMES = String.join("|", MONTHS);

    /** The dates of {@code text}; months without a year are placed by {@code reference}. */
    /** A month, maybe with its day, ending the text ("April 27, ", "April 27th ", "October "): what dates a year after it. */
    private static final Pattern MONTH_ENDING = Pattern.compile("(?i)\\b(?:" + MONTH_NAMES + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s*$");

    /** The text ends with a month, maybe with its day: a year right after it dates an event. */
    public static boolean endsWithMonth(String textBefore) {
        return MONTH_ENDING.matcher(textBefore).find();
    }

    public static List<Figure> of(String text, YearMonth reference) {
        List<Figure> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : month <= reference.getMonthValue() ? reference.getYear()
                    : reference.getYear() - 1;
            double inMonth = m.group(3) != null ? (Integer.parseInt(m.group(3)) - 0.5) / 31
                    : m.group(1) == null ? 0.5 : switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "early" -> 0.15;
                        case "late" -> 0.85;
                        default -> 0.5;
                    };
            double value = year + (month - 1 + inMonth) / 12;
            out.add(new Figure(Figure.Type.DATE, value, Integer.toString(year), m.group().strip(), m.start(), m.end()));
        }
        return out;
    }

    /** The latest date the texts give with its year ("April 27, 2026"): when they were written, at the earliest. */
    public static YearMonth latest(List<String> texts, YearMonth fallback) {
        YearMonth latest = null;
        for (String t : texts) {
            Matcher m = DATE.matcher(t);
            while (m.find()) {
                if (m.group(4) == null) continue;
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(4)), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
                if (latest == null || ym.isAfter(latest)) latest = ym;
            }
        }
        return latest == null ? fallback : latest;
    }

    /** Whole weeks between two dates, at least one. */
    public static long weeksBetween(Figure a, Figure b) {
        return Math.max(1, Math.round(Math.abs(a.value() - b.value()) * 365.25 / 7));
    }

    /** Months between two dates, to the nearest whole month. */
    public static long wholeMonthsBetween(Figure a, Figure b) {
        return Math.round(Math.abs(a.value() - b.value()) * 12);
    }

    /** Months between two dates, to the nearest half month. */
    public static double monthsBetween(Figure a, Figure b) {
        return Math.round(Math.abs(a.value() - b.value()) * 12 * 2) / 2.0;
    }
}
