package dev.dealbot.feedback;

import java.util.Locale;

/** A reader's verdict on one answer. */
public enum Rating {
    UP, DOWN;

    /** {@code up} or {@code down}, as stored and sent. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rating named {@code id} ({@code up} or {@code down}), or null. */
    public static Rating parse(String id) {
        return "up".equals(id) ? UP : "down".equals(id) ? DOWN : null;
    }
}
