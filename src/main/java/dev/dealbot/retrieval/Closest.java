package dev.dealbot.retrieval;

import dev.dealbot.helper.EditDistance;
import java.util.Map;

/** The nearest word of a vocabulary within an edit budget, preferring frequent words on ties. */
final class Closest {
    private Closest() {}

    /** {@code null} when no word of {@code frequency} is within {@code budget} edits of {@code word}. */
    static String word(String word, Map<String, Integer> frequency, int budget) {
        String best = null;
        int bestDistance = budget + 1, bestFrequency = -1;
        for (var e : frequency.entrySet()) {
            String candidate = e.getKey();
            if (Math.abs(candidate.length() - word.length()) > budget) continue;
            int d = EditDistance.distance(word, candidate, budget);
            if (d < bestDistance || d == bestDistance && e.getValue() > bestFrequency) {
                best = candidate;
                bestDistance = d;
                bestFrequency = e.getValue();
            }
        }
        return bestDistance <= budget ? best : null;
    }
}
