/** Reuse of work for repeated questions: first-turn answers keyed by the normalised question, and query embeddings. */
package dev.dealbot.cache;
