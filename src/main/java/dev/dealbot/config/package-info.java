/** Typed settings: {@code config/dealbot.yaml} read with Jackson, overridden by env vars, validated on start. */
package dev.dealbot.config;
