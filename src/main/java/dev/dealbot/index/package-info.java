/** The Lucene index: sentence-aware passages with BM25 text and k-NN vectors, persisted and rebuilt when the corpus changes. */
package dev.dealbot.index;
