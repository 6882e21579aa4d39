package dev.baton.contacts;

import java.time.Instant;
import java.util.UUID;

/** A person was added, from the given source. */
public record PersonCreated(UUID person, String source, Instant at) {
}
