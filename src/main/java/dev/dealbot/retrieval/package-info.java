/** Retrieval: a plan of searches per question (sub-queries for comparisons, sub-questions and premises), hybrid BM25 + k-NN search fused by reciprocal rank, and the candidate sentences each search returns as evidence; user text never reaches a query parser. */
package dev.dealbot.retrieval;
