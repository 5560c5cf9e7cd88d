/**
 * The Lucene index: sentence-aware passages with BM25 text and k-NN vectors, one verified directory per build, rebuilt
 * when the corpus changes or the files are damaged.
 */
package dev.dealbot.index;
