/** The embeddable web chat widget: {@code /widget.js}, the demo page, CORS allowlist and per-client rate limits. */
package dev.dealbot.widget;
