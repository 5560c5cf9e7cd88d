package dev.dealbot.text;

/**
 * A figure stated in a text.
 *
 * @param value years as the year, percentages in percent, money in dollars, counts as themselves
 * @param digits the number as written, without thousands separators ("13", "7.5", "2032")
 */
public record Figure(Type type, double value, String digits, String text, int start, int end) {
    /** DATE: a date within a year, valued as the year with the month's fraction (see {@link CalendarDates}). */
    public enum Type { YEAR, PERCENT, MONEY, NUMBER, DATE }

    /** Same kind of figure and the same value (within rounding). */
    public boolean sameAs(Figure other) {
        return type == other.type && Math.abs(value - other.value) <= 1e-6 * Math.max(1, Math.abs(value));
    }

    /** The figure as the bot writes it in a sentence of its own: "2032", "20%", "$13 billion". */
    public String display() {
        return switch (type) {
            case YEAR, NUMBER -> digits;
            case PERCENT -> digits + "%";
            case MONEY -> Figures.money(value);
            case DATE -> text;
        };
    }
}
