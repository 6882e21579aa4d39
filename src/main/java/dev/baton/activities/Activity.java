package dev.baton.activities;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One entry on the timeline of a person and/or an organisation. */
public record Activity(UUID id, Instant occurredAt, UUID person, UUID organisation, String type, String summary,
        String body, Map<String, Object> data, String actor, Instant createdAt) {
}
