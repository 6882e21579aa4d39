package dev.baton.segments;

import java.time.Instant;
import java.util.UUID;

/** A saved search: a name for a query over people. */
public record Segment(UUID id, String name, String query, String description, String createdBy, long version,
        Instant createdAt, Instant updatedAt) {
}
