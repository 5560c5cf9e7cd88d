/** dealbot: cited answers about the April 2026 Microsoft–OpenAI partnership revision. {@link dev.dealbot.Dealbot} wires the stages. */
package dev.dealbot;
