/** State shared by replicas: conversations, event ids and rate-limit buckets in Redis, with local fallbacks while it is down. */
package dev.dealbot.state;
