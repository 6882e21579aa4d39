package dev.baton.tasks;

import java.time.Instant;
import java.util.UUID;

/**
 * A short message for a user or for everyone wearing a role, about a person or a deal, and
 * whether the reader has read it ({@code readAt}). {@code source} says what sent it, such as a
 * process step.
 */
public record Notification(UUID id, UUID user, String role, String message, UUID person, UUID deal, String source, Instant at,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
