package dev.dealbot.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The kinds of content a sentence gives: a date, a figure, a percentage, a sum, a list, a reason, a consequence. */
public final class Kinds {
    private static final Pattern DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
                    + "|Wednesday|Thursday|Friday|Saturday|Sunday|quarter|yesterday|today|tomorrow)\\b");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    /** A day of a month ("April 27", "27 April", "Apr. 28th"), an ISO date, or a weekday. */
    private static final Pattern DAY = Pattern.compile("\\b(?:" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b"
            + "|\\d{4}-\\d{2}-\\d{2}\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)");
    /** A date's year told relative to the article's own ("late February of this year"); "the past year" is a span, not a date. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last|next) year\\b", Pattern.CASE_INSENSITIVE);
    /** "A, B, and C" or "including ..." / "such as ...". */
    private static final Pattern ENUMERATION = Pattern.compile("[^,.;]+,[^,.;]+,\\s*(and|or)\\s|\\b(including|such as)\\b");
    /**
     * Discourse markers of a cause or a purpose (general English, not this corpus's wording): "because", "due to",
     * "in light of", "reflecting", "intended to", "to address", "concerns", "A ensures B", "made ... problematic".
     */
    private static final Pattern REASON = Pattern.compile("\\b(because|due to|owing to|as a result of|in light of|given that|"
            + "reflect(s|ing)?|intended to|aim(s|ed)? (to|at)|in order to|so that|to address|to avoid|address(es|ing)? "
            + "|driven by|amid|motivat\\w*|reasons?|concerns?|risks?|tensions?|pressures?|stemm(ing|ed) from|ensur(e|es|ing)|"
            + "stands? to|made .{1,40} problematic|limited (its|our|their) ability|imperative|crucial|critical)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Discourse markers of a consequence: "allowing", "enabling", "means", "results in", "benefits", "implications",
     * "signals", "alleviates".
     */
    private static final Pattern CONSEQUENCE = Pattern.compile("\\b(allow(s|ing)?|enabl(e|es|ing)|mean(s|ing)?|result(s|ing)? in|"
            + "lead(s|ing)? to|therefore|thus|hence|benefit\\w*|beneficiar\\w*|implications?|signal(s|ing)?|underscor\\w*|"
            + "alleviat\\w*|gain(s|ing)?|grant(s|ing)?|solidif\\w*|mitigat\\w*|freedom|flexibility|autonomy|ensur(e|es|ing))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Kinds of recent texts (article sentences and their context, asked about again by every answer); bounded by characters. */
    private static final Cache<String, Set<Kind>> RECENT = Caffeine.newBuilder().maximumWeight(1_000_000)
            .weigher((String text, Set<Kind> kinds) -> text.length()).executor(Runnable::run).build();

    private Kinds() {}

    /** {@code of(text, Figures.of(text))}, remembered for recent texts; the caller gets its own set. */
    /** Where {@code text} names a date within a year ("mid-April", "on Monday", "April 27"): start and end of each. */
    public static List<int[]> calendarDates(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        var m = CALENDAR_DATE.matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static final Pattern CALENDAR_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
                    + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    public static Set<Kind> of(String text) {
        Set<Kind> kinds = RECENT.getIfPresent(text);
        if (kinds == null) {
            kinds = of(text, Figures.of(text));
            RECENT.put(text, EnumSet.copyOf(kinds));
        }
        return EnumSet.copyOf(kinds);
    }

    public static Set<Kind> of(String text, List<Figure> figures) {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (Figure f : figures) {
            if (f.type() != Figure.Type.YEAR && f.type() != Figure.Type.DATE) out.add(Kind.NUMBER); // a date does not count or measure
            switch (f.type()) {
                case YEAR, DATE -> out.addAll(Set.of(Kind.TIME, Kind.YEAR));
                case PERCENT -> out.add(Kind.PERCENT);
                case MONEY -> out.add(Kind.MONEY);
                case NUMBER -> { }
            }
        }
        if (DATE.matcher(text).find()) out.add(Kind.TIME);
        if (DAY.matcher(text).find()) out.addAll(Set.of(Kind.TIME, Kind.DAY));
        if (out.contains(Kind.TIME) && RELATIVE_YEAR.matcher(text).find()) out.add(Kind.YEAR);
        if (out.contains(Kind.MONEY) || out.contains(Kind.PERCENT)) out.add(Kind.AMOUNT);
        if (ENUMERATION.matcher(text).find()) out.add(Kind.LIST);
        if (REASON.matcher(text).find()) out.add(Kind.REASON);
        if (CONSEQUENCE.matcher(text).find()) out.add(Kind.CONSEQUENCE);
        return out;
    }
}
