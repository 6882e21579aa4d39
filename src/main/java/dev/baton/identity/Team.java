package dev.baton.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A group of users working together, e.g. "Direct Sales". */
public record Team(UUID id, String name, String description, List<UUID> members, long version, Instant createdAt) {
}
