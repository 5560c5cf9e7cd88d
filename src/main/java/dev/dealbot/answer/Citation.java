package dev.dealbot.answer;

/**
 * One numbered source of an answer.
 *
 * @param n the number used as {@code [n]} in the answer text
 * @param source the attribution the article requires (e.g. "Wedoany")
 * @param quote the exact sentence(s) of the article that support the claim
 * @param corroboratedBy how many articles state this fact (this one included)
 */
public record Citation(int n, String docId, String title, String source, String url, String date, String quote,
        int corroboratedBy) {}
