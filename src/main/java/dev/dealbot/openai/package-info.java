/** The OpenAI-compatible chat API ({@code /v1/chat/completions}, {@code /v1/models}) over the same answering pipeline as {@code /api/ask}. */
package dev.dealbot.openai;
