package dev.baton.identity;

import java.time.Instant;
import java.util.UUID;

/** A user account was created. */
public record UserCreated(UUID user, String email, Instant at) {
}
