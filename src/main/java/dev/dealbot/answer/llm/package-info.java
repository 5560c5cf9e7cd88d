/** Answering with a language model through LangChain4j (OpenAI-compatible, Ollama, Anthropic, Gemini): fenced prompts, streaming under a deadline, English rewrites of other languages. */
package dev.dealbot.answer.llm;
