package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.Set;

/** One of the things a question asks, with the kind of content it wants. */
public record Facet(String text, Set<Kind> kinds) {
    public Facet {
        kinds = Set.copyOf(kinds);
    }
}
