package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.retrieval.Candidate;

/** A candidate sentence with its combined relevance to the question. */
record Scored(Candidate candidate, double score) {
    SentenceInfo sentence() {
        return candidate.sentence();
    }
}
