package dev.dealbot.question;

import dev.dealbot.text.Figure;
import java.util.List;

/**
 * The figure a yes/no question claims ("Does the licence run until 2040?", "Microsoft owns 49%, right?"): the first
 * figure that is not a year, else the first year. Other figures of the question qualify the claim ("since 2019")
 * and stay in the question.
 */
final class Claims {
    private Claims() {}

    /** The claimed figure, or null when the question states none. */
    static Figure claimed(List<Figure> figures) {
        for (Figure f : figures) if (f.type() != Figure.Type.YEAR) return f;
        return figures.isEmpty() ? null : figures.get(0);
    }

    /**
     * The question without the claimed figure, what to ask the articles instead; the figure's unit stays ("30%" becomes
     * "percent", "$10 billion" becomes "dollars billion"), so the question still asks for that kind of figure.
     */
    static String without(String english, Figure claimed) {
        String unit = switch (claimed.type()) {
            case PERCENT -> " percent ";
            case MONEY -> claimed.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(billion|bn)\\b.*") ? " dollars billion "
                    : claimed.text().toLowerCase(java.util.Locale.ROOT).contains("million") ? " dollars million " : " dollars ";
            case YEAR, NUMBER -> " ";
        };
        return (english.substring(0, claimed.start()) + unit + english.substring(claimed.end())).replaceAll("\\s+", " ").strip();
    }
}
