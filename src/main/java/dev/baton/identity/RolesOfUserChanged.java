package dev.baton.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The set of roles a user wears changed. */
public record RolesOfUserChanged(UUID user, List<String> roles, Instant at) {
}
