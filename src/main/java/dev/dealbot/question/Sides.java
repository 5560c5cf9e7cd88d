package dev.dealbot.question;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Locale;

/** The two sides of a comparison as questions of their own: a side that only names a party takes the other side's words. */
final class Sides {
    private Sides() {}

    static List<String> complete(List<String> sides, Names names) {
        String a = trim(sides.get(0)), b = trim(sides.get(1));
        List<String> out = new java.util.ArrayList<>(List.of(onlyNames(a, names) ? a + " " + withoutNames(b, names) : a,
                onlyNames(b, names) ? b + " " + withoutNames(a, names) : b));
        for (String more : sides.subList(2, sides.size())) out.add(trim(more)); // a figure checked against, as written
        return List.copyOf(out);
    }

    private static String trim(String side) {
        return side.strip().replaceAll("^[,;:—–-]+|[,;:—–-]+$", "").strip();
    }

    private static boolean onlyNames(String side, Names names) {
        for (String w : side.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty() && !names.known(w) && !w.matches("the|a|an|did|does|do|of|in|to|for|with|s")) return false;
        return true;
    }

    private static String withoutNames(String side, Names names) {
        StringBuilder out = new StringBuilder();
        for (String w : side.split("\\s+"))
            if (!names.known(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("\\W+$", ""))) out.append(w).append(' ');
        return out.toString().strip();
    }
}
