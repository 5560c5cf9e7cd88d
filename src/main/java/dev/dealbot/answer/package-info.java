/** Answering, shared by every answerer: the answer and its citations and conflicts, drafts, and the one-way pipeline (analysis → plan → evidence → answerer → grounding) in {@link dev.dealbot.answer.Asker}. */
package dev.dealbot.answer;
