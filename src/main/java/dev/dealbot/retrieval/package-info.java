/** Hybrid retrieval: BM25 and k-NN over the passage index, fused by reciprocal rank; user text never reaches a query parser. */
package dev.dealbot.retrieval;
