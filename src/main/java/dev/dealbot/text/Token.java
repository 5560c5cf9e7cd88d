package dev.dealbot.text;

/**
 * A word of a text and where it is.
 *
 * @param surface the word as written, e.g. {@code OpenAI's}
 * @param lower lower case without a possessive 's, e.g. {@code openai}
 * @param stem the Porter stem of {@code lower}, as the index stores it
 * @param possessive written with a possessive 's
 * @param hyphenated joined to the next word by a hyphen ("in" of "in-house"): part of one compound word
 */
public record Token(String surface, String lower, String stem, int start, int end, boolean possessive, boolean hyphenated) {
    public boolean capitalised() {
        return Character.isUpperCase(surface.codePointAt(0));
    }

    /** All letters upper case and at least two of them: an acronym such as AWS or AGI. */
    public boolean acronym() {
        String word = possessive ? surface.substring(0, surface.length() - 2) : surface;
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && word.chars().anyMatch(Character::isLetter);
    }
}
