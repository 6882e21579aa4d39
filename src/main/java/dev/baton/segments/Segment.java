package dev.baton.segments;

import java.time.Instant;
import java.util.UUID;

/** A saved search: a name for a query over people, organisations or deals (its object). */
public record Segment(UUID id, String name, String object, String query, String description, String createdBy, long version,
        Instant createdAt, Instant updatedAt) {
}
