package dev.dealbot.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose thing a word names: "Amazon CEO" and "Amazon's CEO" are Amazon's, "CEO of Microsoft AI" is Microsoft's,
 * "its stake" belongs to the clause's first name, "Microsoft has invested" is Microsoft's investing. Asked for
 * X's Y, evidence that only states Y of someone else does not answer.
 */
public final class Owners {
    /** Possessive owners may stand this many words before the thing ("OpenAI's recent total revenue"). */
    static final int POSSESSIVE_REACH = 4;
    private static final Set<String> PRONOUNS = Set.of("its", "their", "his", "her");

    private Owners() {}

    /**
     * The owners (lower-case names) of every occurrence in {@code tokens} of a word whose stem is in
     * {@code stems}; empty when no occurrence has an owner that can be told.
     */
    public static Set<String> of(List<Token> tokens, List<Token> names, Set<String> stems) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!stems.contains(tokens.get(i).stem())) continue;
            String owner = ownerAt(tokens, names, i);
            if (owner != null) out.add(owner);
        }
        return out;
    }

    static String ownerAt(List<Token> tokens, List<Token> names, int i) {
        int j = i + 1; // "CEO of (the) Microsoft AI"
        if (j < tokens.size() && tokens.get(j).lower().equals("of")) {
            j++;
            if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
            if (j < tokens.size() && names.contains(tokens.get(j))) return tokens.get(j).lower();
        }
        if (i > 0 && names.contains(tokens.get(i - 1))) return tokens.get(i - 1).lower(); // "Amazon CEO"
        for (int k = i - 1; k >= Math.max(0, i - POSSESSIVE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.possessive() && names.contains(t)) return t.lower(); // "OpenAI's total revenue"
            if (PRONOUNS.contains(t.lower())) return names.isEmpty() || names.get(0).start() > t.start() ? null : names.get(0).lower();
        }
        for (int k = i - 1; k >= 0; k--) if (names.contains(tokens.get(k))) return tokens.get(k).lower(); // the subject
        return null;
    }
}
