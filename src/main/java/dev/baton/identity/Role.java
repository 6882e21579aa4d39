package dev.baton.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A role ("hat") in the org chart, the permissions it grants and the role it reports to. */
public record Role(UUID id, String key, String name, String description, RoleKind kind, List<String> permissions,
        String reportsTo, long version, Instant createdAt) {
}
