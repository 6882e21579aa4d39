package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A custom field of people, organisations or deals, with its type and rules. */
public record CustomField(UUID id, String object, String key, String label, String type, boolean required,
        String pattern, List<String> options, int position, long version, Instant createdAt) {
}
