/** The HTTP API on Javalin 7: {@code POST /api/ask} (JSON and SSE), sources, health, metrics, JSON errors. */
package dev.dealbot.http;
