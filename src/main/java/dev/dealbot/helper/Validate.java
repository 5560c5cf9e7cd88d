package dev.dealbot.helper;

/** Boundary checks in the style of jsoup's {@code Validate}: each failure names the field. */
public final class Validate {
    private Validate() {}

    public static <T> T notNull(T value, String field) {
        if (value == null) throw new ValidationException(field, field + " is required");
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) throw new ValidationException(field, field + " must not be blank");
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max)
            throw new ValidationException(field, field + " must be between " + min + " and " + max + ", got " + value);
        return value;
    }

    public static double inRange(double value, double min, double max, String field) {
        if (!(value >= min && value <= max))
            throw new ValidationException(field, field + " must be between " + min + " and " + max + ", got " + value);
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max)
            throw new ValidationException(field, field + " must be at most " + max + " characters, got " + value.length());
        return value;
    }


    public static void isTrue(boolean condition, String field, String message) {
        if (!condition) throw new ValidationException(field, field + " " + message);
    }

    /** Rejects lone surrogates and control characters other than tab and newlines. */
    public static String wellFormedText(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new ValidationException(field, field + " contains invalid Unicode (an unpaired surrogate)");
            }
            if (Character.isLowSurrogate(c))
                throw new ValidationException(field, field + " contains invalid Unicode (an unpaired surrogate)");
            if (c == '\uFFFD')
                throw new ValidationException(field, field + " contains invalid Unicode (bytes that are not UTF-8)");
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                throw new ValidationException(field, field + " contains a control character at position " + i);
        }
        return value;
    }
}
