/** Conversation state: server-issued ids, each channel's namespace, turns kept per conversation with idle expiry and per-client bounds. */
package dev.dealbot.conversation;
