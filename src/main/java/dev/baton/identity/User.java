package dev.baton.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person who signs in to Baton, with the keys of the roles they wear. */
public record User(UUID id, String email, String displayName, boolean enabled, List<String> roles, long version,
        Instant createdAt) {
}
