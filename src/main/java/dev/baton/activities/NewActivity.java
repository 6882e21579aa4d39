package dev.baton.activities;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An entry to write: about a person, an organisation or both, at a time (now when null). */
public record NewActivity(ActivityType type, UUID person, UUID organisation, Instant occurredAt, String summary, String body,
        Map<String, Object> data, String actor) {
}
