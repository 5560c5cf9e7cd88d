package dev.dealbot.answer;

import java.util.List;

/**
 * A point the answer touches on which the articles disagree.
 *
 * @param summary what each side says, with how many articles say it
 * @param citations the answer's citation numbers of both sides
 */
public record Conflict(String summary, List<Integer> citations) {
    public Conflict {
        citations = List.copyOf(citations);
    }
}
