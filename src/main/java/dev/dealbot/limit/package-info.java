/** Bounds on work: per-client request budgets (rate limiters) and the bounded pool that answers questions. */
package dev.dealbot.limit;
