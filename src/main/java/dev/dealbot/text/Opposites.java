package dev.dealbot.text;

import java.util.List;
import java.util.Map;

/**
 * General English opposites of measures, ranks and states, by stem, each way ("secondary" against "primary", "loss"
 * against "gain", "survived" against "removed"): a word of a pair the articles never use still says something they
 * answer, by the other.
 */
public final class Opposites {
    private static final List<String> GONE = List.of("remov", "elimin", "abolish", "scrap", "discontinu");
    private static final List<String> KEPT = List.of("surviv", "intact");
    private static final Map<String, List<String>> OPPOSITE = Map.ofEntries(
            Map.entry("gain", List.of("loss")), Map.entry("loss", List.of("gain")), Map.entry("profit", List.of("loss")),
            Map.entry("primari", List.of("secondari")), Map.entry("secondari", List.of("primari")),
            Map.entry("increas", List.of("decreas")), Map.entry("decreas", List.of("increas")),
            Map.entry("higher", List.of("lower")), Map.entry("lower", List.of("higher")),
            Map.entry("major", List.of("minor")), Map.entry("minor", List.of("major")),
            Map.entry("expand", List.of("shrink")), Map.entry("shrink", List.of("expand")),
            // a thing that outlasted a change against one taken away by it
            Map.entry("surviv", GONE), Map.entry("intact", GONE),
            Map.entry("remov", KEPT), Map.entry("elimin", KEPT), Map.entry("abolish", KEPT), Map.entry("scrap", KEPT),
            Map.entry("discontinu", KEPT));

    private Opposites() {}

    /** The stems opposite to {@code stem}; empty when it has none listed. */
    public static List<String> of(String stem) {
        return OPPOSITE.getOrDefault(stem, List.of());
    }
}
