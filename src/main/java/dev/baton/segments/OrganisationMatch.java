package dev.baton.segments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation a query selects, with what a list of matches shows of it. */
public record OrganisationMatch(UUID id, String name, String type, String domain, String city, String country, UUID owner,
        List<String> tags, long people, Instant createdAt) {
}
