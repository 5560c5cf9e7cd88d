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
        if (type != other.type || Math.abs(value - other.value) > 1e-6 * Math.max(1, Math.abs(value))) return false;
        // a day is the same only in the same month ("May 27" is not "April 27")
        return day() == other.day() && (!day() || month().equals(other.month()));
    }

    /** The month of a day ("may" of "May 27"), lower case; only for {@link #day()}. */
    public String month() {
        return text.substring(0, text.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
    }

    /** Written in words ("nearly half", "a third"): a round share, not an exact figure. */
    public boolean inWords() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0)) && !day();
    }

    /** How far, as a fraction of itself, a share written in words may be from a stated percentage it rounds ("about a quarter" of 27%, not of 20%). */
    public static final double ROUNDING = 0.1;

    /**
     * The same figure, the same written shorter ("$228 billion" of "$228.3 billion"), or for a share written in words,
     * a percentage it rounds to within {@link #ROUNDING}.
     */
    public boolean roughly(Figure other) {
        if (sameAs(other) || rounds(other) || other.rounds(this)) return true;
        return (inWords() || other.inWords()) && type == Type.PERCENT && other.type == Type.PERCENT
                && Math.abs(value - other.value) <= ROUNDING * Math.max(value, other.value);
    }

    /** This sum or percentage, a whole number, is {@code other} (written with decimals, at the same scale) rounded. */
    public boolean rounds(Figure other) {
        if (type != other.type || (type != Type.MONEY && type != Type.PERCENT) || digits.contains(".") || !other.digits.contains(".")) return false;
        double written;
        long whole;
        try {
            written = Double.parseDouble(other.digits);
            whole = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return false;
        }
        if (whole == 0 || written == 0 || Math.round(written) != whole) return false;
        double scale = value / whole;
        return Math.abs(other.value / written - scale) <= 1e-6 * scale;
    }

    /** Written in digits ("27%", "$13B", "April 27"), not in words ("one-third", "two"). */
    public boolean inDigits() {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.startsWith("$") || day());
    }

    /** A day of a month, written with its month ("April 27"). */
    public boolean day() {
        return type == Type.NUMBER && !text.isEmpty() && Character.isLetter(text.charAt(0)) && Character.isDigit(text.charAt(text.length() - 1));
    }

    /** The figure as the bot writes it in a sentence of its own: "2032", "20%", "$13 billion", "April 27". */
    public String display() {
        return switch (type) {
            case YEAR -> digits;
            case NUMBER -> day() ? text : digits;
            case PERCENT -> digits + "%";
            case MONEY -> Figures.money(value);
            case DATE -> text;
        };
    }
}
