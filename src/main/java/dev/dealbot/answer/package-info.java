/** Answering: the extractive answerer, the LangChain4j LLM answerer, citation checks and conversation memory. */
package dev.dealbot.answer;
