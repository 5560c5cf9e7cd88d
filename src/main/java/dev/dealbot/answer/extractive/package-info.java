/** The offline answerer: the smallest set of verbatim article sentences that covers what the question asks, with comparisons, remainders and corrected premises in one sentence of its own. */
package dev.dealbot.answer.extractive;
