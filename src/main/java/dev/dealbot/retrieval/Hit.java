package dev.dealbot.retrieval;

import dev.dealbot.index.Passage;

/**
 * A retrieved passage.
 *
 * @param score reciprocal-rank-fusion score
 * @param lexicalRank 1-based BM25 rank, 0 when BM25 did not find it
 * @param semanticRank 1-based k-NN rank, 0 when k-NN did not find it
 */
public record Hit(Passage passage, double score, int lexicalRank, int semanticRank) {}
