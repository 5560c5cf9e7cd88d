package dev.dealbot.state;

import java.util.Optional;

/** Values by id that every replica can read, each kept for a fixed time; best effort while Redis is down. */
public interface SharedValues {
    /** Stores {@code value} under {@code id} for this kind's time to live; does nothing while Redis is down. */
    void put(String id, String value);

    /** The value under {@code id}; empty when there is none, it expired, or Redis is down. */
    Optional<String> get(String id);
}
